import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const jiti = join(root, 'node_modules/jiti/lib/jiti-cli.mjs');

export type ScriptRun = { code: number; stdout: string; stderr: string };

/**
 * Runs one of the coordinator's commands as `npm run <name> -- …` does
 * (`jiti scripts/<name>.ts …`), with a clean environment plus `env`.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ScriptRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [jiti, script, ...args],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          // Windows' sockets do not start without it.
          ...(process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
          ...env,
        },
        timeout: timeoutMs,
      },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
