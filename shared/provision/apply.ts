import { ProvisionError, describeFailure, type CouchAdmin } from './couchAdmin';
import { describeChange, userDocId, type Change } from './plan';
import { configPath, type ConfigStyle } from './serverState';

const userPath = (name: string) => `_users/${userDocId(encodeURIComponent(name))}`;

async function put(admin: CouchAdmin, path: string, body: unknown, allowed: number[] = []) {
  const answer = await admin.request('PUT', path, body);
  if ((answer.status >= 200 && answer.status < 300) || allowed.includes(answer.status)) return;
  throw new ProvisionError(`PUT ${path}: ${describeFailure(answer)}`, answer.status);
}

/** Makes one change on the server. A new or changed password comes from `passwords` only. */
async function applyChange(
  admin: CouchAdmin,
  change: Change,
  configStyle: ConfigStyle,
  passwords: ReadonlyMap<string, string>,
): Promise<void> {
  const password = (name: string) => {
    const value = passwords.get(name);
    if (!value) throw new ProvisionError(`no password for ${name}`);
    return value;
  };
  switch (change.kind) {
    case 'createDatabase':
      // 412: created meanwhile, which is what we wanted.
      return put(admin, change.db, undefined, [412]);
    case 'putSecurity':
      return put(admin, `${change.db}/_security`, change.security);
    case 'putDesignDoc':
      return put(admin, `${change.db}/${change.doc._id}`, change.doc);
    case 'createProfile':
      // 409: a leader's app uploaded a profile meanwhile; theirs stays.
      return put(admin, `${change.db}/profile`, change.doc, [409]);
    case 'createUser':
      return put(admin, userPath(change.name), { ...change.doc, password: password(change.name) });
    case 'updateUser':
      return put(
        admin,
        userPath(change.name),
        change.newPassword ? { ...change.doc, password: password(change.name) } : change.doc,
      );
    case 'deleteUser': {
      const path = `${userPath(change.name)}?rev=${encodeURIComponent(change.rev)}`;
      const answer = await admin.request('DELETE', path);
      if (answer.status === 404 || (answer.status >= 200 && answer.status < 300)) return;
      throw new ProvisionError(`DELETE ${userPath(change.name)}: ${describeFailure(answer)}`);
    }
    case 'setting':
      return put(admin, configPath(configStyle, change.key), change.to);
  }
}

/**
 * Makes the changes in order, reporting each one done. Stops at the first
 * failure: what was done stays done, and running the tool again continues
 * from there (the plan is recomputed from the server).
 */
export async function applyChanges(
  admin: CouchAdmin,
  changes: readonly Change[],
  configStyle: ConfigStyle,
  passwords: ReadonlyMap<string, string>,
  onDone: (line: string) => void = () => {},
): Promise<void> {
  for (const change of changes) {
    await applyChange(admin, change, configStyle, passwords);
    onDone(describeChange(change));
  }
}
