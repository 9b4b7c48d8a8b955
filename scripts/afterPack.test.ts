import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import afterPack, { electronBinaryPath, fuseConfig, hasFuseWire } from './afterPack.mjs';
import { fakeElectronBinary } from './test-support/standInElectron';

describe('the Electron fuses of a packaged build', () => {
  it('turns off Node in every form and locks the app to its asar', () => {
    const config = fuseConfig('linux', 'x64');
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('re-signs ad hoc only on macOS arm64', () => {
    expect(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', 'x64').resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the binary that carries the fuses on each platform', () => {
    const names = { appOutDir: '/out', productFilename: 'Kopspēks', executableName: 'kopspeks' };
    expect(electronBinaryPath({ platform: 'linux', ...names })).toBe(join('/out', 'kopspeks'));
    expect(electronBinaryPath({ platform: 'win32', ...names })).toBe(join('/out', 'Kopspēks.exe'));
    expect(electronBinaryPath({ platform: 'darwin', ...names })).toBe(join('/out', 'Kopspēks.app'));
    expect(electronBinaryPath({ platform: 'mas', ...names })).toBe(join('/out', 'Kopspēks.app'));
    expect(() => electronBinaryPath({ platform: 'aix', ...names })).toThrow(/aix/);
  });
});

describe('the afterPack hook', () => {
  let dir: string;
  const context = () => ({
    electronPlatformName: 'linux',
    arch: 1,
    appOutDir: dir,
    packager: { appInfo: { productFilename: 'Kopspēks' }, executableName: 'kopspeks' },
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopspeks-fuses-'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('flips the fuses of a binary that has a fuse wire', async () => {
    await writeFile(join(dir, 'kopspeks'), fakeElectronBinary());
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await afterPack(context());
    const wire = await getCurrentFuseWire(join(dir, 'kopspeks'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    // Not ours to decide: left as Electron ships them.
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.INHERIT);
  });

  it('skips a stand-in binary with a log line, and refuses it when fuses are required', async () => {
    await writeFile(join(dir, 'kopspeks'), '#!/bin/sh\necho stand-in\n');
    expect(await hasFuseWire(join(dir, 'kopspeks'))).toBe(false);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await afterPack(context());
    expect(info).toHaveBeenCalledWith(expect.stringContaining('fuses not set'));

    vi.stubEnv('KOPSPEKS_REQUIRE_FUSES', '1');
    await expect(afterPack(context())).rejects.toThrow(/no Electron fuse wire/);
  });

  it('fails the build when the binary is missing', async () => {
    await expect(afterPack(context())).rejects.toThrow(/ENOENT/);
  });
});
