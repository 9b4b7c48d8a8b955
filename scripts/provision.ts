/**
 * The coordinator's provisioning tool (README, "Setting up the sync server"):
 *
 *   npm run provision -- --server https://sync.example.lv --admin-user admin \
 *     --config kopspeks.yml [--dry-run] [--list-access]
 *
 * The admin's password comes from KOPSPEKS_ADMIN_PASSWORD or is asked for
 * without echo; users' passwords from the environment variables the config
 * names, or are asked for when a user is new. No password is ever printed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyProvisioning,
  listAccess,
  loadConfig,
  ProvisionError,
  type ProvisionConfig,
} from '../shared/provision/index';

const usage = `Usage: npm run provision -- --server <url> --admin-user <name> --config <file> [--dry-run] [--list-access]

  --server <url>       the CouchDB server (or server.url in the config)
  --admin-user <name>  a server admin (default admin; password: $KOPSPEKS_ADMIN_PASSWORD, or asked)
  --config <file>      the YAML or JSON config (see scripts/provision.example.yml)
  --dry-run            print the plan, change nothing
  --list-access        print who can see what (after applying the config, if one is given)
  --help               this text`;

/** Every password this run knows, so that nothing printed can contain one. */
const secrets = new Set<string>();

function redact(text: string): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}

function print(line: string): void {
  process.stdout.write(`${redact(line)}\n`);
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${redact(message)}\n`);
  process.exit(code);
}

/** Reads a line from the terminal without showing what is typed; undefined without a terminal. */
async function askHidden(question: string): Promise<string | undefined> {
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

async function readConfig(path: string): Promise<ProvisionConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return fail(`${path}: cannot read the file`, 2);
  }
  const loaded = loadConfig(text, basename(path));
  if (!loaded.ok) return fail(loaded.errors.map((error) => error.text).join('\n'), 2);
  return loaded.config;
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        server: { type: 'string' },
        'admin-user': { type: 'string' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'list-access': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}

/** Users' passwords from the environment variables the config names. */
function passwordsFromEnvironment(config: ProvisionConfig): Record<string, string> {
  const passwords: Record<string, string> = {};
  for (const user of config.users) {
    if (!user.passwordEnv) continue;
    const value = process.env[user.passwordEnv];
    if (value) {
      passwords[user.name] = value;
      secrets.add(value);
    } else {
      process.stderr.write(`Note: $${user.passwordEnv} (password of ${user.name}) is not set.\n`);
    }
  }
  return passwords;
}

async function main(): Promise<void> {
  const values = parseCommandLine();
  if (values.help) return print(usage);
  if (!values.config && !values['list-access']) fail(`--config is required.\n\n${usage}`, 2);

  const config = values.config ? await readConfig(values.config) : null;
  const serverUrl = values.server ?? config?.server.url;
  if (!serverUrl) fail(`--server is required (or server.url in the config).\n\n${usage}`, 2);
  const username = values['admin-user'] ?? 'admin';

  const adminPassword =
    process.env.KOPSPEKS_ADMIN_PASSWORD ||
    (await askHidden(`Password of server admin ${username}: `));
  if (!adminPassword) {
    fail('No admin password: set KOPSPEKS_ADMIN_PASSWORD or run in a terminal to be asked.', 2);
  }
  secrets.add(adminPassword);
  const admin = { username, password: adminPassword };

  if (config) {
    let printed = 0;
    const result = await applyProvisioning({
      serverUrl,
      admin,
      config,
      dryRun: values['dry-run'],
      passwords: passwordsFromEnvironment(config),
      askPassword: async (user) => {
        const first = await askHidden(`Password for new user ${user.name} (${user.displayName}): `);
        if (!first) return undefined;
        const again = await askHidden('The same password again: ');
        if (again !== first)
          fail(`The two passwords for ${user.name} differ; nothing was changed.`);
        secrets.add(first);
        return first;
      },
      onPlan: (lines) => {
        for (const line of lines) print(line);
        printed = lines.length;
      },
      onChange: (line) => print(`  done: ${line}`),
    });
    for (const line of result.lines.slice(printed)) print(line);
  }
  if (values['list-access']) {
    if (config) print('');
    for (const line of await listAccess({ serverUrl, admin })) print(line);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ProvisionError) fail(`Error: ${error.message}`);
  fail(`Error: ${error instanceof Error ? error.message : String(error)}`);
});
