import type { FuseV1Config } from '@electron/fuses';

export const fuseSentinel: string;

/** The fuses of every Kopspēks build for `platform` (Node's names) and `arch`. */
export function fuseConfig(platform: string, arch: string): FuseV1Config;

/** Where the Electron binary that carries the fuses lies in a packaged app. */
export function electronBinaryPath(options: {
  platform: string;
  appOutDir: string;
  productFilename: string;
  executableName: string;
}): string;

/** Whether `file` holds Electron's fuse wire; a stand-in binary does not. */
export function hasFuseWire(file: string): Promise<boolean>;

/** electron-builder's afterPack hook. */
export default function afterPack(context: {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): Promise<void>;
