import type { TFunction } from 'i18next';
import { weightKeys, type NeedWeights } from '../../../../shared/domain/needScore';
import { escapeHtml, printableDocument } from '../../../../shared/export/html';
import type { Locale } from '../../../../shared/i18n/locales';
import { formatDate, formatNumber } from '../../app/i18n';
import { richTextToHtml } from '../../ui/richText';
import type { AssessmentItem } from './useNeedsData';
import type { RankedNeedItem } from './useRankedNeeds';

/**
 * The needs in view as a printable, script-free document: the formula with
 * its weights, the ranked table, then each assessment with its notes.
 */
export function needsPdfHtml(input: {
  needs: RankedNeedItem[];
  assessments: AssessmentItem[];
  weights: NeedWeights;
  workbookName: string;
  t: TFunction;
  locale: Locale;
}): string {
  const { t, locale, weights } = input;
  const e = (text: string) => escapeHtml(text);
  const num = (n: number) => formatNumber(n, locale);
  const title = t('needs.export.pdfTitle', { name: input.workbookName });
  const terms = weightKeys.map((k) => `${weights[k]} × ${t(`needs.parts.${k}`)}`).join(' + ');
  const total = weightKeys.reduce((sum, k) => sum + weights[k], 0);
  const rows = input.needs
    .map((n) => {
      const r = n.rating;
      const cell = (v: number | undefined) =>
        `<td class="num">${v === undefined ? '' : num(v)}</td>`;
      const quotes = n.need.quotes.map((q) => `<blockquote>${e(q.text)}</blockquote>`).join('');
      return `<tr><td class="num">${n.rank}</td><td><strong>${e(n.need.title)}</strong>${
        n.need.description ? `<br>${e(n.need.description)}` : ''
      }${quotes}</td><td>${e(t(`needs.category.${n.need.category}`))}</td><td>${e(
        t(`needs.status.${n.need.status}`),
      )}</td>${cell(r?.urgency)}${cell(r?.impact)}${cell(r?.feasibility)}${cell(
        r?.residentsAffected,
      )}${cell(r?.votes)}<td class="num"><strong>${num(n.score)}</strong></td></tr>`;
    })
    .join('');
  const head = [
    '#',
    t('needs.need.titleLabel'),
    t('needs.need.categoryLabel'),
    t('needs.need.statusLabel'),
  ]
    .map((h) => `<th>${e(h)}</th>`)
    .join('');
  const numHead = [...weightKeys.map((k) => t(`needs.parts.${k}`)), t('needs.list.scoreShort')]
    .map((h) => `<th class="num">${e(h)}</th>`)
    .join('');
  const assessments = input.assessments
    .map(
      (a) =>
        `<h3>${e(a.assessment.title)}</h3><p class="meta">${e(
          t('needs.assessment.meta', {
            date: formatDate(a.assessment.date, locale),
            method: t(`needs.method.${a.assessment.method}`),
            participants: num(a.assessment.participants),
          }),
        )}${a.assessment.area ? ` · ${e(a.assessment.area)}` : ''}</p>${richTextToHtml(a.assessment.notes)}`,
    )
    .join('');
  const body = `<h1>${e(title)}</h1><p class="meta">${e(
    t('needs.export.pdfGenerated', { date: formatDate(new Date().toISOString(), locale) }),
  )}</p><p>${e(t('needs.weights.formula', { terms, total }))}</p><table><thead><tr>${head}${numHead}</tr></thead><tbody>${rows}</tbody></table>${
    assessments ? `<h2>${e(t('needs.export.pdfAssessments'))}</h2>${assessments}` : ''
  }`;
  return printableDocument({ title, lang: locale, bodyHtml: body });
}
