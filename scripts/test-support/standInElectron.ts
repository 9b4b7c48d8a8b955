import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseState } from '@electron/fuses';
import { fuseSentinel } from '../afterPack.mjs';

/** A file shaped like Electron's binary around its fuse wire (9 fuses, all at their default). */
export function fakeElectronBinary(): Buffer {
  const wire = Buffer.from([1, 9, ...Array<number>(9).fill(FuseState.INHERIT)]);
  return Buffer.concat([Buffer.alloc(1000, 7), Buffer.from(fuseSentinel), wire, Buffer.alloc(500)]);
}

/**
 * A stand-in for an unpacked Linux Electron release (what `electronDist`
 * points at), since the real download is not reachable here: the files
 * electron-builder copies and renames, with a binary that carries a fuse
 * wire so the afterPack hook has something real to flip.
 */
export async function createStandInElectron(dir: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await mkdir(join(dir, 'locales'), { recursive: true });
  await writeFile(join(dir, 'electron'), fakeElectronBinary());
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in Electron license\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<p>Stand-in</p>\n');
  await writeFile(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  await writeFile(join(dir, 'locales', 'lv.pak'), 'stand-in');
  await writeFile(join(dir, 'resources.pak'), 'stand-in');
  await writeFile(join(dir, 'icudtl.dat'), 'stand-in');
  await writeFile(join(dir, 'version'), '45.5.0');
  return dir;
}
