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
import {
  applyProvisioning,
  listAccess,
  loadConfig,
  ProvisionError,
  type ProvisionConfig,
} from '../shared/provision/index';
import {
  adminPassword,
  askHidden,
  fail,
  keepSecret,
  note,
  parseCommandLine,
  print,
} from './cliSupport';

const usage = `Usage: npm run provision -- --server <url> --admin-user <name> --config <file> [--dry-run] [--list-access]

  --server <url>       the CouchDB server (or server.url in the config)
  --admin-user <name>  a server admin (default admin; password: $KOPSPEKS_ADMIN_PASSWORD, or asked)
  --config <file>      the YAML or JSON config (see scripts/provision.example.yml)
  --dry-run            print the plan, change nothing
  --list-access        print who can see what (after applying the config, if one is given)
  --help               this text`;

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

/** Users' passwords from the environment variables the config names. */
function passwordsFromEnvironment(config: ProvisionConfig): Record<string, string> {
  const passwords: Record<string, string> = {};
  for (const user of config.users) {
    if (!user.passwordEnv) continue;
    const value = process.env[user.passwordEnv];
    if (value) {
      passwords[user.name] = value;
      keepSecret(value);
    } else {
      note(`Note: $${user.passwordEnv} (password of ${user.name}) is not set.`);
    }
  }
  return passwords;
}

async function main(): Promise<void> {
  const values = parseCommandLine(
    {
      server: { type: 'string' },
      'admin-user': { type: 'string' },
      config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'list-access': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (values.help) return print(usage);
  if (!values.config && !values['list-access']) fail(`--config is required.\n\n${usage}`, 2);

  const config = values.config ? await readConfig(values.config) : null;
  const serverUrl = values.server ?? config?.server.url;
  if (!serverUrl) fail(`--server is required (or server.url in the config).\n\n${usage}`, 2);
  const username = values['admin-user'] ?? 'admin';

  const admin = { username, password: await adminPassword(username) };

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
        keepSecret(first);
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
