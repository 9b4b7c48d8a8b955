// electron-builder's afterPack hook (electron-builder.yml): flips Electron's
// fuses in the packaged binary before it is signed, so the shipped app cannot
// be turned into a Node.js runtime or debugged through its command line.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The marker Electron puts before its fuse wire (@electron/fuses' SENTINEL). */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** electron-builder's `Arch` numbers: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * The fuses of every Kopspēks build. macOS arm64 refuses to start a binary
 * whose ad-hoc signature no longer matches, so flipping resets it there.
 */
export function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Fuses this Electron has but we did not name would silently keep their default.
    strictlyRequireAllFuses: false,
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/**
 * Where the Electron binary that carries the fuses lies in a packaged app:
 * the .app bundle on macOS (@electron/fuses finds the framework inside),
 * `<productFilename>.exe` on Windows, the executable name on Linux.
 */
export function electronBinaryPath({ platform, appOutDir, productFilename, executableName }) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      return join(appOutDir, executableName);
    default:
      throw new Error(`afterPack: no Electron binary known for platform ${platform}`);
  }
}

/** Whether `file` holds Electron's fuse wire; a stand-in binary (tests) does not. */
export async function hasFuseWire(file) {
  const handle = await open(file, 'r');
  try {
    const marker = Buffer.from(fuseSentinel);
    const chunk = Buffer.alloc(4 * 1024 * 1024 + marker.length);
    for (let position = 0; ; position += chunk.length - marker.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (chunk.subarray(0, bytesRead).includes(marker)) return true;
      if (bytesRead < chunk.length) return false;
    }
  } finally {
    await handle.close();
  }
}

/** The fuse file inside a macOS bundle, the binary itself elsewhere. */
function fuseFile(binary) {
  return binary.endsWith('.app')
    ? join(binary, 'Contents/Frameworks/Electron Framework.framework/Electron Framework')
    : binary;
}

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = archNames[context.arch] ?? String(context.arch);
  const binary = electronBinaryPath({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });
  if (!(await hasFuseWire(fuseFile(binary)))) {
    // Only a stand-in Electron (the packaging test) has no fuse wire; a real
    // build without fuses must never ship, so CI builds set this to fail.
    if (process.env.KOPSPEKS_REQUIRE_FUSES === '1') {
      throw new Error(`afterPack: no Electron fuse wire in ${binary}`);
    }
    console.info(`afterPack: no fuse wire in ${binary} (a stand-in Electron?); fuses not set`);
    return;
  }
  const flipped = await flipFuses(binary, fuseConfig(platform, arch));
  console.info(`afterPack: fuses set in ${binary} (${flipped} wire${flipped === 1 ? '' : 's'})`);
}
