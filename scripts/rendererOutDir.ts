import { resolve, sep } from 'node:path';

/**
 * Where the renderer is built. `KOPSPEKS_RENDERER_OUT` lets several builds
 * run side by side (e.g. `.tmp/<name>-out`). The folder is emptied before
 * each build, so it must lie strictly inside `out/` or `.tmp/`: an empty or
 * mistyped value once resolved to the project folder and emptied it.
 */
export function rendererOutDir(value: string | undefined, root = process.cwd()): string {
  const dir = resolve(root, value || 'out/renderer');
  const allowed = [resolve(root, 'out'), resolve(root, '.tmp')];
  if (!allowed.some((parent) => dir.startsWith(`${parent}${sep}`))) {
    throw new Error(
      `KOPSPEKS_RENDERER_OUT must be a folder inside out/ or .tmp/ (it would empty ${dir})`,
    );
  }
  return dir;
}
