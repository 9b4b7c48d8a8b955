/**
 * Checks the access rules of a real sync server as a hostile member would
 * (issue #14; README, "Checking the access rules on your server"):
 *
 *   npm run verify-access -- --server https://sync.example.lv --admin-user admin
 *
 * Sets up two throw-away communities and six throw-away users (random
 * passwords, never printed), tries every attack of
 * shared/provision/accessAttacks.ts over plain HTTP, removes everything it
 * made, and exits with 1 when any attack was accepted or any write the app
 * makes was refused. The server's real communities and settings are not
 * touched. The admin's password comes from KOPSPEKS_ADMIN_PASSWORD or is
 * asked for without echo.
 */
import { ProvisionError } from '../shared/provision/index';
import { summarize, verifyAccess } from '../shared/provision/verifyAccess';
import { adminPassword, fail, parseCommandLine, print } from './cliSupport';

const usage = `Usage: npm run verify-access -- --server <url> --admin-user <name>

  --server <url>       the CouchDB server, e.g. https://sync.example.lv
  --admin-user <name>  a server admin (default admin; password: $KOPSPEKS_ADMIN_PASSWORD, or asked)
  --help               this text

Exit code 0: every attack was refused and every write the app makes allowed.
Exit code 1: at least one was not (marked ACCEPTED! or REFUSED!).`;

async function main(): Promise<void> {
  const values = parseCommandLine(
    {
      server: { type: 'string' },
      'admin-user': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (values.help) return print(usage);
  if (!values.server) fail(`--server is required.\n\n${usage}`, 2);
  const username = values['admin-user'] ?? 'admin';
  const admin = { username, password: await adminPassword(username) };

  const result = await verifyAccess({ serverUrl: values.server, admin, onLine: print });
  print('');
  for (const line of summarize(result)) print(line);
  if (result.failures.length > 0 || result.leftOver.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof ProvisionError) fail(`Error: ${error.message}`);
  fail(`Error: ${error instanceof Error ? error.message : String(error)}`);
});
