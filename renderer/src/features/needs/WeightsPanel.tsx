import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultNeedWeights,
  needWeightsSchema,
  weightKeys,
  type NeedWeights,
  type WeightKey,
} from '../../../../shared/domain/needScore';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { saveNeedWeights } from './needActions';
import styles from './WeightsPanel.module.css';

/** The priority formula in plain words, with the weights the leader can change. */
export function WeightsPanel({
  communityId,
  weights,
}: {
  communityId: string;
  weights: NeedWeights;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const total = weightKeys.reduce((sum, key) => sum + weights[key], 0);
  const terms = weightKeys.map((key) => `${weights[key]} × ${t(`needs.parts.${key}`)}`).join(' + ');

  const save = async (next: NeedWeights, done?: string) => {
    try {
      await saveNeedWeights(db, communityId, next);
      if (done) notify('success', done);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="needs-weights-heading">
      <div className={styles.head}>
        <h2 id="needs-weights-heading" className={styles.heading}>
          {t('needs.weights.heading')}
        </h2>
        <Button
          size="small"
          variant="ghost"
          onClick={() => void save(defaultNeedWeights, t('needs.weights.resetDone'))}
        >
          <RotateCcw size={15} aria-hidden="true" />
          {t('needs.weights.reset')}
        </Button>
      </div>
      <p className={styles.formula} data-testid="needs-formula">
        {t('needs.weights.formula', { terms, total })}
      </p>
      <p className={styles.hint}>{t('needs.weights.explain')}</p>
      <div className={styles.inputs}>
        {weightKeys.map((key) => (
          <WeightInput
            key={`${key}:${weights[key]}`}
            name={key}
            value={weights[key]}
            onSave={(value) => void save({ ...weights, [key]: value })}
          />
        ))}
      </div>
      {total === 0 && <p className={styles.warning}>{t('needs.weights.allZero')}</p>}
      <p className={styles.hint}>{t('needs.weights.hint')}</p>
    </section>
  );
}

/** One weight; a value outside 0–10 is kept on screen with a message, never saved. */
function WeightInput(props: { name: WeightKey; value: number; onSave: (value: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(props.value));
  const id = `weight-${props.name}`;
  const parsed = needWeightsSchema.shape[props.name].safeParse(
    text.trim() === '' ? Number.NaN : Number(text),
  );
  return (
    <div className={styles.weight}>
      <label htmlFor={id} className={styles.label}>
        {t(`needs.parts.${props.name}`)}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={10}
        step={1}
        className={styles.input}
        value={text}
        aria-label={t('needs.weights.weightOf', { part: t(`needs.parts.${props.name}`) })}
        aria-invalid={!parsed.success}
        aria-describedby={parsed.success ? undefined : `${id}-error`}
        onChange={(event) => {
          setText(event.target.value);
          const next = needWeightsSchema.shape[props.name].safeParse(Number(event.target.value));
          if (event.target.value.trim() !== '' && next.success && next.data !== props.value)
            props.onSave(next.data);
        }}
      />
      {!parsed.success && (
        <span id={`${id}-error`} className={styles.error} role="alert">
          {t('needs.weights.invalid')}
        </span>
      )}
    </div>
  );
}
