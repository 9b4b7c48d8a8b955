import type { SecretStorage } from './syncCredentials';
import type { HttpFetch } from '../../shared/sync/syncServer';

/**
 * Test helpers for the sync account. A stand-in for the OS keyring:
 * reversible, but the file never holds the plain text.
 */
export function fakeSafeStorage(
  options: { available?: boolean } = {},
): SecretStorage & { available: boolean } {
  return {
    available: options.available ?? true,
    isEncryptionAvailable() {
      return this.available;
    },
    encryptString: (plainText) => Buffer.from(`enc1:${[...plainText].reverse().join('')}`, 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('enc1:')) throw new Error('Error while decrypting the ciphertext');
      return [...text.slice('enc1:'.length)].reverse().join('');
    },
  };
}

export type SeenRequest = { url: string; method: string; headers: Record<string, string> };

/** Node's fetch, remembering every request it was asked to make. */
export function recordingFetch(): HttpFetch & { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const wrapped: HttpFetch = (url, init) => {
    requests.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string> | undefined) },
    });
    return fetch(url, init);
  };
  return Object.assign(wrapped, { requests });
}
