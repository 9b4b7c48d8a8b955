import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isoDateSchema,
  leaderSessionStatuses,
  sessionLimits,
  type Session,
  type SessionStatus,
} from '../../../../shared/domain/session';
import { errorMessage } from '../../../../shared/errors';
import { useLocale } from '../../app/useLocale';
import { Field, controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import styles from './Mentoring.module.css';

type Fields = Pick<Session, 'date' | 'mentor' | 'participants' | 'topics'>;

/**
 * Date, mentor, participants, topics (saved as typed) and the status, which
 * always shows the stored value. The leader chooses draft or shared; the
 * mentor's review is the mentor's own document, shown beside it
 * (SessionReviewNote), and a `reviewed` an older app stored reads as shared.
 */
export function SessionDetails({
  initial,
  onChange,
  status,
  onStatus,
}: {
  initial: Fields;
  onChange: (patch: Partial<Session>) => void;
  status: SessionStatus;
  onStatus: (status: SessionStatus) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState<Fields>(initial);
  const [dateError, setDateError] = useState<string | undefined>();

  const change = (patch: Partial<Fields>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    if (patch.date !== undefined) {
      // An unfinished date stays on screen but is not saved until it is a real day.
      const valid = isoDateSchema.safeParse(patch.date).success;
      setDateError(
        valid
          ? undefined
          : errorMessage(patch.date ? 'validation.invalid' : 'validation.required', locale),
      );
      if (!valid) return;
    }
    onChange(patch);
  };

  const text = (field: 'mentor' | 'participants' | 'topics', max: number, hint?: string) => (
    <Field label={t(`mentoring.${field}`)} hint={hint} optionalLabel={t('common.optional')}>
      {({ controlId, describedBy }) => (
        <input
          id={controlId}
          className={controlClassName}
          value={values[field]}
          maxLength={max}
          onChange={(event) => change({ [field]: event.target.value })}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );

  return (
    <div className={styles.details}>
      <div className={styles.detailsRow}>
        <Field label={t('mentoring.date')} error={dateError}>
          {({ controlId, describedBy, invalid }) => (
            <input
              id={controlId}
              type="date"
              className={controlClassName}
              value={values.date}
              onChange={(event) => change({ date: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required="true"
            />
          )}
        </Field>
        {text('mentor', sessionLimits.mentor)}
        <Field label={t('mentoring.statusLabel')}>
          {({ controlId }) => (
            <Select<SessionStatus>
              id={controlId}
              value={status === 'reviewed' ? 'shared' : status}
              onChange={onStatus}
              options={leaderSessionStatuses.map((s) => ({
                value: s,
                label: t(`mentoring.status.${s}`),
              }))}
            />
          )}
        </Field>
      </div>
      {text('participants', sessionLimits.participants, t('mentoring.participantsHint'))}
      {text('topics', sessionLimits.topics, t('mentoring.topicsHint'))}
    </div>
  );
}
