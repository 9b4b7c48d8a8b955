import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type ErrorCode } from '../../../../shared/errors';
import type { ConnectionResult } from '../../../../shared/ipc/contract';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { useSyncController } from '../../db/sync/SyncProvider';
import { desktop } from '../../platform';
import { Button } from '../../ui/Button';
import { Field, controlClassName } from '../../ui/Field';
import styles from './SyncSettings.module.css';

/** Server address, user name and password; the password is never kept in the page or in drafts. */
export function SignInForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const controller = useSyncController();
  const draft = useDraft('sync:signIn', { serverUrl: '', username: '' });
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'test' | 'signIn' | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const fail = (code: ErrorCode) => setResult({ ok: false, text: errorMessage(code, locale) });

  const test = async () => {
    setBusy('test');
    setResult(null);
    const answer = await desktop['sync:testConnection']({
      serverUrl: draft.values.serverUrl,
      username: draft.values.username,
      ...(password ? { password } : {}),
    });
    setBusy(null);
    if (!answer.ok) return fail(answer.code);
    const outcome: ConnectionResult = answer.value.result;
    setResult({ ok: outcome === 'ready', text: t(`sync.result.${outcome}`) });
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('signIn');
    setResult(null);
    const code = await controller.signIn({ ...draft.values, password });
    setBusy(null);
    if (code) return fail(code);
    setPassword('');
    await draft.clear();
    notify('success', t('sync.signedInToast'));
  };

  if (!draft.ready) return null;
  return (
    <form className={styles.form} onSubmit={(event) => void signIn(event)}>
      <Field label={t('sync.serverUrl')} hint={t('sync.serverUrlHint')}>
        {({ controlId, describedBy }) => (
          <input
            id={controlId}
            className={controlClassName}
            value={draft.values.serverUrl}
            onChange={(event) => draft.update({ serverUrl: event.target.value })}
            aria-describedby={describedBy}
            placeholder="https://"
            inputMode="url"
            autoComplete="url"
            required
          />
        )}
      </Field>
      <div className={styles.row}>
        <Field label={t('sync.username')}>
          {({ controlId }) => (
            <input
              id={controlId}
              className={controlClassName}
              value={draft.values.username}
              onChange={(event) => draft.update({ username: event.target.value })}
              autoComplete="username"
              required
            />
          )}
        </Field>
        <Field label={t('sync.password')} hint={t('sync.passwordHint')}>
          {({ controlId, describedBy }) => (
            <input
              id={controlId}
              type="password"
              className={controlClassName}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby={describedBy}
              autoComplete="current-password"
              required
            />
          )}
        </Field>
      </div>
      {result && (
        <p role="alert" className={`${styles.result} ${result.ok ? styles.ok : styles.bad}`}>
          {result.text}
        </p>
      )}
      <div className={styles.buttons}>
        <Button onClick={() => void test()} disabled={busy !== null}>
          {busy === 'test' ? t('sync.testing') : t('sync.test')}
        </Button>
        <Button type="submit" variant="primary" disabled={busy !== null}>
          {busy === 'signIn' ? t('sync.signingIn') : t('sync.signIn')}
        </Button>
      </div>
    </form>
  );
}
