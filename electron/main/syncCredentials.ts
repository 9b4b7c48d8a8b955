import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { serverUrlSchema, type SyncAccount } from '../../shared/ipc/contract';
import {
  backupCorruptFile,
  createSerialQueue,
  nodeFileSystem,
  readJsonFile,
  writeJsonAtomic,
  type JsonFileSystem,
} from './jsonFile';
import { describeError, type Logger } from './logger';

/** The parts of Electron's `safeStorage` the credentials need. */
export interface SecretStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The kept account without its password; `refused` once the server refused the password. */
export type StoredSyncAccount = SyncAccount & { refused: boolean };

export interface SyncCredentials {
  /** The kept account, or null. */
  account(): StoredSyncAccount | null;
  /** Throws `sync.noSecureStorage` unless the OS can keep a secret safely. */
  requireSecureStorage(): void;
  /**
   * Encrypts the password and keeps it with the account, replacing any
   * other. When the file cannot be written the account still holds until
   * the app closes (logged).
   */
  save(account: SyncAccount, password: string): Promise<void>;
  /** The kept password: `sync.notSignedIn` without one or when it cannot be decrypted. */
  password(): string;
  /** Remembers that the server refused the password, across restarts. */
  markRefused(): Promise<void>;
  /** Forgets the account and deletes the file; throws when the file stays. */
  clear(): Promise<void>;
}

const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

// Unknown keys are dropped rather than refused, so an older app still reads
// a file a newer one wrote.
const storedFileSchema = z.object({
  version: z.literal(1),
  serverUrl: serverUrlSchema,
  username: z.string().min(1).max(200),
  /** The password as `safeStorage` encrypted it, base64. */
  password: z.string().min(1).max(20_000).regex(base64Pattern),
  refused: z.boolean(),
});
type StoredFile = z.infer<typeof storedFileSchema>;

/**
 * Opens the sync account kept in `file` (JSON in userData), its password
 * encrypted with the OS's secure storage. A corrupt file is backed up and
 * the user is signed out. The password is never logged and never leaves
 * this module except to build the Authorization header.
 */
export async function openSyncCredentials(options: {
  file: string;
  secrets: SecretStorage;
  /** Linux: the keyring Electron picked; `basic_text` is obfuscation, not encryption. */
  storageBackend?: (() => string) | undefined;
  fs?: JsonFileSystem | undefined;
  now?: (() => Date) | undefined;
  log?: Logger | undefined;
}): Promise<SyncCredentials> {
  const {
    file,
    secrets,
    storageBackend,
    fs = nodeFileSystem,
    now = () => new Date(),
    log,
  } = options;
  const enqueue = createSerialQueue();
  let stored: StoredFile | null = null;
  let decrypted: string | null = null;

  try {
    const result = await readJsonFile(fs, file, (raw) => storedFileSchema.safeParse(raw));
    if (result.status === 'ok') stored = result.value;
    if (result.status === 'corrupt') {
      const backup = await backupCorruptFile(fs, file, now());
      log?.warn('sync: corrupt account file backed up, signed out', {
        backup,
        reason: result.reason,
      });
    }
  } catch (error) {
    log?.error('sync: could not read the account file, signed out', {
      error: describeError(error),
    });
  }

  // Writes what holds when the write runs, so the last change always wins.
  const persist = () =>
    enqueue(async () => {
      const current = stored;
      if (current) await writeJsonAtomic(fs, file, current);
      else await fs.rm(file, { force: true });
    });

  const secureStorageAvailable = (): boolean => {
    try {
      return secrets.isEncryptionAvailable() && storageBackend?.() !== 'basic_text';
    } catch {
      return false;
    }
  };

  const requireSecureStorage = (): void => {
    if (!secureStorageAvailable()) throw new AppError('sync.noSecureStorage');
  };

  return {
    account: () =>
      stored
        ? { serverUrl: stored.serverUrl, username: stored.username, refused: stored.refused }
        : null,

    requireSecureStorage,

    async save(account, password) {
      requireSecureStorage();
      let encrypted: string;
      try {
        encrypted = secrets.encryptString(password).toString('base64');
      } catch (error) {
        log?.error('sync: could not encrypt the password', { error: describeError(error) });
        throw new AppError('sync.noSecureStorage', { cause: error });
      }
      stored = {
        version: 1,
        serverUrl: account.serverUrl,
        username: account.username,
        password: encrypted,
        refused: false,
      };
      decrypted = password;
      try {
        await persist();
      } catch (error) {
        log?.error('sync: could not save the account, kept until the app closes', {
          error: describeError(error),
        });
      }
    },

    password() {
      if (!stored) throw new AppError('sync.notSignedIn');
      if (decrypted !== null) return decrypted;
      requireSecureStorage();
      try {
        decrypted = secrets.decryptString(Buffer.from(stored.password, 'base64'));
        return decrypted;
      } catch (error) {
        // Another user's or machine's key: unusable, but the file stays until
        // the user signs in or out, in case the keyring comes back.
        log?.warn('sync: the kept password could not be decrypted, signed out', {
          error: describeError(error),
        });
        stored = null;
        throw new AppError('sync.notSignedIn', { cause: error });
      }
    },

    async markRefused() {
      if (!stored || stored.refused) return;
      stored = { ...stored, refused: true };
      try {
        await persist();
      } catch (error) {
        log?.error('sync: could not save the refusal', { error: describeError(error) });
      }
    },

    async clear() {
      stored = null;
      decrypted = null;
      await persist();
    },
  };
}
