import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldConflict, ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { plainTextToRichText, type RichTextDoc } from '../../../../shared/domain/richText';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { RichTextEditor } from '../../ui/richText';
import { chooseConflictValue, settleDeletion } from './conflictActions';
import { ConflictValue, isRichText } from './ConflictValue';
import styles from './Conflicts.module.css';

function itemTitle(doc: ItemDoc): string {
  const data = doc.data;
  const title = data.title ?? data.name ?? data.what;
  return typeof title === 'string' && title ? title : doc.docId;
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function combined(field: FieldConflict): unknown {
  if (isRichText(field.ours) || isRichText(field.theirs)) {
    const ours = isRichText(field.ours)
      ? (field.ours as RichTextDoc)
      : plainTextToRichText(asText(field.ours));
    const theirs = isRichText(field.theirs)
      ? (field.theirs as RichTextDoc)
      : plainTextToRichText(asText(field.theirs));
    return { type: 'doc', content: [...ours.content, ...theirs.content] };
  }
  return [field.ours, field.theirs]
    .filter((v) => v !== undefined && v !== null && v !== '')
    .join('\n');
}

/** One conflicted item: both versions side by side, and the user's choice. */
export function ConflictCard({ doc, workbookName }: { doc: ItemDoc; workbookName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      notify('success', t('sync.conflicts.resolved'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  const conflict = doc.conflict;
  if (!conflict) return null;
  return (
    <article className={styles.card} aria-label={itemTitle(doc)}>
      <div>
        <h2 className={styles.cardTitle}>{itemTitle(doc)}</h2>
        <p className={styles.meta}>{workbookName}</p>
      </div>
      {(conflict.deletedElsewhere || conflict.deletedHere) && (
        <div className={styles.field}>
          <p className={styles.notice}>
            {conflict.deletedElsewhere
              ? t('sync.conflicts.deletedElsewhere')
              : t('sync.conflicts.deletedHere')}
          </p>
          <div className={styles.buttons}>
            <Button
              variant="primary"
              onClick={() => void run(() => settleDeletion(db, doc.id, true))}
            >
              {t('sync.conflicts.keepItem')}
            </Button>
            <Button onClick={() => void run(() => settleDeletion(db, doc.id, false))}>
              {t('sync.conflicts.deleteItem')}
            </Button>
          </div>
        </div>
      )}
      {/* A field edited in three places can hold two entries; each is settled in turn. */}
      {conflict.fields.map((field, index) => (
        <FieldChoice
          key={`${field.path}#${index}`}
          field={field}
          onChoose={(choice) => run(() => chooseConflictValue(db, doc.id, field.path, choice))}
        />
      ))}
    </article>
  );
}

function FieldChoice({
  field,
  onChoose,
}: {
  field: FieldConflict;
  onChoose: (choice: { keep: 'ours' | 'theirs' } | { value: unknown }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [combining, setCombining] = useState<unknown>(undefined);
  const canCombine =
    isRichText(field.ours) ||
    isRichText(field.theirs) ||
    typeof field.ours === 'string' ||
    typeof field.theirs === 'string';
  const key = field.path.replace(/^data\./, '').replace(/#.*/, '');
  const known = t('sync.fieldNames', { returnObjects: true }) as Record<string, string>;
  const name = known[key] ?? key;
  return (
    <div className={styles.field}>
      <span className={styles.fieldName}>{t('sync.conflicts.field', { field: name })}</span>
      <div className={styles.sides}>
        <div className={styles.side} data-side="a">
          <span className={styles.sideLabel}>{t('sync.conflicts.ours')}</span>
          <ConflictValue value={field.ours} />
          <Button size="small" onClick={() => void onChoose({ keep: 'ours' })}>
            {t('sync.conflicts.keepOurs')}
          </Button>
        </div>
        <div className={styles.side} data-side="b">
          <span className={styles.sideLabel}>{t('sync.conflicts.theirs')}</span>
          <ConflictValue value={field.theirs} />
          <Button size="small" onClick={() => void onChoose({ keep: 'theirs' })}>
            {t('sync.conflicts.keepTheirs')}
          </Button>
        </div>
      </div>
      {canCombine && combining === undefined && (
        <div className={styles.buttons}>
          <Button size="small" variant="ghost" onClick={() => setCombining(combined(field))}>
            {t('sync.conflicts.combine')}
          </Button>
        </div>
      )}
      {combining !== undefined && (
        <>
          {isRichText(combining) ? (
            <RichTextEditor
              value={combining}
              onChange={setCombining}
              label={t('sync.conflicts.combine')}
            />
          ) : (
            <textarea
              className={controlClassName}
              aria-label={t('sync.conflicts.combine')}
              value={asText(combining)}
              onChange={(event) => setCombining(event.target.value)}
              rows={4}
            />
          )}
          <div className={styles.buttons}>
            <Button
              size="small"
              variant="primary"
              onClick={() => void onChoose({ value: combining })}
            >
              {t('sync.conflicts.combineSave')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
