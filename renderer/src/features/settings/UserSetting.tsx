import { RadioGroup } from 'radix-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentUserSchema, userRoles, type CurrentUser } from '../../../../shared/domain/user';
import { errorMessage } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { currentUserKey, useCurrentUser } from '../../app/useCurrentUser';
import { useLocale } from '../../app/useLocale';
import { setLocal } from '../../db/local';
import { Field, controlClassName } from '../../ui/Field';
import styles from './Settings.module.css';

/** Who uses this device: the name and role that comments and actions show. */
export function UserSetting() {
  const user = useCurrentUser();
  // A change saved elsewhere starts the form afresh from the stored values.
  return <UserForm key={`${user.name}|${user.role}`} user={user} />;
}

function UserForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const headingId = useId();
  const [name, setName] = useState(user.name);
  const [error, setError] = useState<string | undefined>();

  const save = async (next: CurrentUser) => {
    const parsed = currentUserSchema.safeParse(next);
    if (!parsed.success) {
      setError(errorMessage('validation.tooLong', locale, { max: 120 }));
      return;
    }
    setError(undefined);
    try {
      await setLocal(db, currentUserKey, parsed.data);
    } catch {
      notify('error', errorMessage('db.saveFailed', locale));
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('settings.user')}
      </h2>
      <p className={styles.hint}>{t('settings.userHint')}</p>
      <Field label={t('settings.userName')} error={error}>
        {({ controlId, describedBy, invalid }) => (
          <input
            id={controlId}
            className={controlClassName}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => void save({ ...user, name })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="name"
          />
        )}
      </Field>
      <RadioGroup.Root
        className={styles.radioGroup}
        value={user.role}
        onValueChange={(role) => void save({ name, role: role as CurrentUser['role'] })}
        aria-label={t('settings.userRole')}
      >
        {userRoles.map((role) => (
          <RadioGroup.Item key={role} value={role} className={styles.radio}>
            <span className={styles.dot}>
              <RadioGroup.Indicator className={styles.indicator} />
            </span>
            {t(`roles.${role}`)}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </section>
  );
}
