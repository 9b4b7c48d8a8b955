import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/**
 * What the coordinator's command-line tools share (provision.ts,
 * verify-access.ts): printing with every known secret blotted out, failing
 * with an exit code, and asking for a password without echo.
 */

/** Every password this run knows, so that nothing printed can contain one. */
const secrets = new Set<string>();

export function keepSecret(secret: string): void {
  if (secret) secrets.add(secret);
}

function redact(text: string): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}

export function print(line: string): void {
  process.stdout.write(`${redact(line)}\n`);
}

export function note(line: string): void {
  process.stderr.write(`${redact(line)}\n`);
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${redact(message)}\n`);
  process.exit(code);
}

/** Reads a line from the terminal without showing what is typed; undefined without a terminal. */
export async function askHidden(question: string): Promise<string | undefined> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return undefined;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let value = '';
    const done = (result: string | undefined) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003') {
          done(undefined);
          return fail('Cancelled.', 130);
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The server admin's password: $KOPSPEKS_ADMIN_PASSWORD, or asked for; the run stops without one. */
export async function adminPassword(username: string): Promise<string> {
  const password =
    process.env.KOPSPEKS_ADMIN_PASSWORD ||
    (await askHidden(`Password of server admin ${username}: `));
  if (!password) {
    fail('No admin password: set KOPSPEKS_ADMIN_PASSWORD or run in a terminal to be asked.', 2);
  }
  keepSecret(password);
  return password;
}

/** The command line's options, or the usage text and exit code 2 for a mistake in it. */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}
