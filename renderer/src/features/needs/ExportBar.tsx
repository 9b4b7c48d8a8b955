import type { TFunction } from 'i18next';
import { FileDown, FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { needsToCsv, needCsvColumns, type NeedCsvLabels } from '../../../../shared/domain/needCsv';
import { needCategories, needSolvers, needStatuses } from '../../../../shared/domain/need';
import type { NeedWeights } from '../../../../shared/domain/needScore';
import { csvSeparators, type CsvSeparator } from '../../../../shared/export/csv';
import { errorMessage } from '../../../../shared/errors';
import { formatNumber } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { desktop } from '../../platform';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { needsPdfHtml } from './needsPdf';
import { useNeedsStore } from './needsStore';
import type { AssessmentItem } from './useNeedsData';
import type { RankedNeedItem } from './useRankedNeeds';
import styles from './NeedFilters.module.css';

/** Saves the needs in view as CSV (UTF-8 with BOM) or PDF. */
export function ExportBar(props: {
  needs: RankedNeedItem[];
  assessments: AssessmentItem[];
  weights: NeedWeights;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workbook = useOpenWorkbook();
  const separator = useNeedsStore((s) => s.separator);
  const setSeparator = useNeedsStore((s) => s.setSeparator);
  const fileName = `${t('needs.export.fileName')} ${workbook.profile.name}`.slice(0, 100);

  const report = (result: Awaited<ReturnType<(typeof desktop)['file:saveText']>>) => {
    if (!result.ok) notify('error', errorMessage(result.code, locale));
    else if (result.value.saved)
      notify('success', t('needs.export.done', { file: result.value.fileName ?? fileName }));
  };

  const exportCsv = async () => {
    const labels: NeedCsvLabels = {
      columns: Object.fromEntries(
        needCsvColumns.map((c) => [c, csvHeader(c, t)]),
      ) as NeedCsvLabels['columns'],
      category: Object.fromEntries(
        needCategories.map((c) => [c, t(`needs.category.${c}`)]),
      ) as NeedCsvLabels['category'],
      status: Object.fromEntries(
        needStatuses.map((s) => [s, t(`needs.status.${s}`)]),
      ) as NeedCsvLabels['status'],
      solver: Object.fromEntries(
        needSolvers.map((s) => [s, t(`needs.solver.${s}`)]),
      ) as NeedCsvLabels['solver'],
      number: (value) => formatNumber(value, locale),
    };
    const content = needsToCsv(props.needs, labels, separator);
    report(await desktop['file:saveText']({ suggestedName: fileName, content, format: 'csv' }));
  };

  const exportPdf = async () => {
    const html = needsPdfHtml({ ...props, t, locale, workbookName: workbook.profile.name });
    report(await desktop['file:savePdf']({ suggestedName: fileName, html }));
  };

  return (
    <div className={styles.exports}>
      <div className={styles.separator}>
        <label htmlFor="needs-csv-separator">{t('needs.export.separator')}</label>
        <Select<CsvSeparator>
          id="needs-csv-separator"
          value={separator}
          onChange={setSeparator}
          options={csvSeparators.map((s) => ({
            value: s,
            label: s === ';' ? t('needs.export.semicolon') : t('needs.export.comma'),
          }))}
        />
      </div>
      <Button onClick={() => void exportCsv()}>
        <FileDown size={16} aria-hidden="true" />
        {t('needs.export.csv')}
      </Button>
      <Button onClick={() => void exportPdf()}>
        <FileText size={16} aria-hidden="true" />
        {t('needs.export.pdf')}
      </Button>
    </div>
  );
}

type T = TFunction;

/** Column titles of the export, in the user's language. */
export function csvHeader(column: (typeof needCsvColumns)[number], t: T): string {
  switch (column) {
    case 'rank':
      return '#';
    case 'title':
      return t('needs.need.titleLabel');
    case 'category':
      return t('needs.need.categoryLabel');
    case 'status':
      return t('needs.need.statusLabel');
    case 'score':
      return t('needs.list.scoreShort');
    case 'urgency':
    case 'impact':
    case 'feasibility':
    case 'residents':
    case 'votes':
      return t(`needs.parts.${column}`);
    case 'solver':
      return t('needs.need.solverLabel');
    case 'description':
      return t('needs.need.description');
    case 'proposedSolution':
      return t('needs.need.proposedSolution');
    case 'evidenceSource':
      return t('needs.need.evidenceSource');
    case 'quotes':
      return t('needs.need.quotes');
  }
}
