import { FileDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { municipalities } from '../../../../shared/domain/community';
import { eventKinds } from '../../../../shared/domain/eventPlan';
import { figureKeys, type Period, type ProgrammeFigures } from '../../../../shared/domain/figures';
import { figuresToCsv, type FiguresCsvLabels } from '../../../../shared/domain/figuresCsv';
import { csvSeparators, type CsvSeparator } from '../../../../shared/export/csv';
import { errorMessage } from '../../../../shared/errors';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { desktop } from '../../platform';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useFiguresStore } from './figuresStore';
import styles from './Figures.module.css';

const table = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;

/** Saves the figures in view as CSV (UTF-8 with BOM): a row per community and the totals. */
export function FiguresExport({ figures, period }: { figures: ProgrammeFigures; period: Period }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const separator = useFiguresStore((s) => s.separator);
  const setSeparator = useFiguresStore((s) => s.setSeparator);
  // ISO days in the name sort well and read the same in both languages.
  const span =
    period.from || period.to
      ? `${period.from ?? ''}–${period.to ?? ''}`
      : t('figures.export.allTime');
  const fileName = `${t('figures.export.fileName')} ${span}`;

  const exportCsv = async () => {
    const labels: FiguresCsvLabels = {
      community: t('figures.table.community'),
      municipality: t('figures.table.municipality'),
      total: t('figures.table.total'),
      noName: t('workbooks.noName'),
      columns: table(figureKeys, (key) => t(`figures.columns.${key}`)),
      municipalities: table(municipalities, (key) => t(`municipality.${key}`)),
      kinds: table(eventKinds, (kind) => t(`figures.kinds.${kind}`)),
    };
    const content = figuresToCsv(figures, labels, separator);
    const result = await desktop['file:saveText']({
      suggestedName: fileName,
      content,
      format: 'csv',
    });
    if (!result.ok) notify('error', errorMessage(result.code, locale));
    else if (result.value.saved)
      notify('success', t('figures.export.done', { file: result.value.fileName ?? fileName }));
  };

  return (
    <div className={styles.exports}>
      <div className={styles.separator}>
        <label htmlFor="figures-csv-separator">{t('figures.export.separator')}</label>
        <Select<CsvSeparator>
          id="figures-csv-separator"
          value={separator}
          onChange={setSeparator}
          options={csvSeparators.map((s) => ({
            value: s,
            label: s === ';' ? t('figures.export.semicolon') : t('figures.export.comma'),
          }))}
        />
      </div>
      <Button onClick={() => void exportCsv()}>
        <FileDown size={16} aria-hidden="true" />
        {t('figures.export.csv')}
      </Button>
    </div>
  );
}
