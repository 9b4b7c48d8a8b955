import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commentInputSchema,
  commentLimits,
  type CommentTargetType,
} from '../../../../shared/domain/comment';
import { userRoles, type UserRole } from '../../../../shared/domain/user';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { currentUserKey, useCurrentUser } from '../../app/useCurrentUser';
import { useLocale } from '../../app/useLocale';
import { setLocal } from '../../db/local';
import { useCommunityRole } from '../../db/sync/syncStore';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { Field, controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { postComment } from './commentCommands';
import styles from './Comments.module.css';

type Props = { communityId: string; targetDocId: string; targetType: CommentTargetType };

/**
 * Writes a comment. The text is kept as a draft while typed. A user who has
 * not given a name yet is asked for it here, once, and it is saved for Settings.
 */
export function CommentForm({ communityId, targetDocId, targetType }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const user = useCurrentUser();
  const draft = useDraft(`comment:${communityId}:${targetDocId}`, { body: '' });
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>(user.role);
  // In a community on the server, the server's role signs the comment (a mentor's feedback is 'mentor').
  const serverRole = useCommunityRole(communityId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [posting, setPosting] = useState(false);
  const needsName = user.name.trim() === '';

  const message = (field: string) => {
    const error = errors[field];
    return error ? errorMessage(error.code, locale, error.params) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const authorName = needsName ? name : user.name;
    const result = validate(commentInputSchema, { authorName, body: draft.values.body });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setPosting(true);
    try {
      const authorRole = serverRole ?? (needsName ? role : user.role);
      if (needsName)
        await setLocal(db, currentUserKey, {
          name: result.value.authorName,
          role: serverRole ?? role,
        });
      await postComment(db, communityId, {
        targetDocId,
        targetType,
        authorName: result.value.authorName,
        authorRole,
        body: result.value.body,
      });
      await draft.clear({ body: '' });
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setPosting(false);
    }
  };

  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {needsName ? (
        <div className={styles.who}>
          <p className={styles.hint}>{t('comments.nameNeeded')}</p>
          <div className={styles.whoRow}>
            <Field label={t('comments.name')} error={message('authorName')}>
              {({ controlId, describedBy, invalid }) => (
                <input
                  id={controlId}
                  className={controlClassName}
                  value={name}
                  maxLength={commentLimits.authorName}
                  onChange={(event) => setName(event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  autoComplete="name"
                />
              )}
            </Field>
            {!serverRole && (
              <Field label={t('comments.role')}>
                {({ controlId }) => (
                  <Select
                    id={controlId}
                    value={role}
                    onChange={setRole}
                    options={userRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                  />
                )}
              </Field>
            )}
          </div>
        </div>
      ) : (
        <p className={styles.hint}>
          {t('comments.postingAs', {
            name: user.name,
            role: t(`roles.${serverRole ?? user.role}`),
          })}
        </p>
      )}
      <Field label={t('comments.body')} error={message('body')}>
        {({ controlId, describedBy, invalid }) => (
          <textarea
            id={controlId}
            className={controlClassName}
            value={draft.values.body}
            maxLength={commentLimits.body}
            onChange={(event) => draft.update({ body: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            rows={3}
          />
        )}
      </Field>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={posting}>
          {posting ? t('comments.posting') : t('comments.post')}
        </Button>
      </div>
    </form>
  );
}
