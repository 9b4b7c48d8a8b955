import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererOutDir } from './rendererOutDir';

const root = resolve('/project');

describe('the renderer build folder', () => {
  it('defaults to out/renderer, also for an empty value', () => {
    expect(rendererOutDir(undefined, root)).toBe(resolve(root, 'out/renderer'));
    expect(rendererOutDir('', root)).toBe(resolve(root, 'out/renderer'));
  });

  it('accepts a folder inside .tmp/ or out/', () => {
    expect(rendererOutDir('.tmp/search-out', root)).toBe(resolve(root, '.tmp/search-out'));
    expect(rendererOutDir('out/web', root)).toBe(resolve(root, 'out/web'));
  });

  it('refuses anything the build could not safely empty', () => {
    for (const value of [
      '.',
      './',
      '..',
      '/',
      '/tmp',
      'out',
      '.tmp',
      'renderer',
      'out/../src',
      '.tmpx/a',
    ]) {
      expect(() => rendererOutDir(value, root), value).toThrow(/inside out\/ or \.tmp\//);
    }
  });
});
