import type { TFunction } from 'i18next';
import {
  budgetTotals,
  formatEuros,
  formatQuantity,
  plannedLineCents,
} from '../../../../shared/domain/budget';
import { planDateRange, type EventPlan } from '../../../../shared/domain/eventPlan';
import { errorMessage } from '../../../../shared/errors';
import { escapeHtml, printableDocument } from '../../../../shared/export/html';
import { intlLocale, type Locale } from '../../../../shared/i18n/locales';
import { notify } from '../../app/notifications/notificationsStore';
import { desktop } from '../../platform';
import { richTextToHtml } from '../../ui/richText';
import { formatDay, formatDayRange } from './format';
import type { NeedOption } from './useEventPlans';

type PdfInput = {
  plan: EventPlan;
  what: 'plan' | 'report';
  locale: Locale;
  t: TFunction;
  needs: readonly NeedOption[];
};

const e = escapeHtml;
const dash = '—';

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) =>
    `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${text}</${tag}>`;
  return `<table><thead><tr>${headers.map((h, i) => cell('th', e(h), i)).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c, i) => cell('td', c, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function header({ plan, what, locale, t }: PdfInput): string {
  const range = planDateRange(plan);
  const meta = [
    t(`events.kind.${plan.kind}`),
    formatDayRange(range?.first ?? null, range?.last ?? null, locale),
    plan.place,
  ].filter(Boolean);
  const heading = what === 'plan' ? t('events.pdf.planTitle') : t('events.pdf.reportTitle');
  return `<p class="meta">${e(heading)}</p><h1>${e(plan.title || t('events.untitled'))}</h1><p class="meta">${e(meta.join(' · '))}</p>`;
}

function linkedNeeds({ plan, t, needs }: PdfInput): string {
  if (plan.needIds.length === 0) return '';
  const items = plan.needIds.map((docId) => {
    const need = needs.find((n) => n.docId === docId);
    if (!need) return `<li>${e(t('events.needs.missing'))}</li>`;
    const status = need.status ? ` (${t(`events.needs.statuses.${need.status}`)})` : '';
    return `<li>${e((need.title || t('events.needs.untitled')) + status)}</li>`;
  });
  return `<h2>${e(t('events.needs.title'))}</h2><ul>${items.join('')}</ul>`;
}

function planBody(input: PdfInput): string {
  const { plan, locale, t } = input;
  const tag = intlLocale[locale];
  const parts = [header(input)];
  if (plan.goals) parts.push(`<h2>${e(t('events.overview.goals'))}</h2><p>${e(plan.goals)}</p>`);
  const facts: [string, string][] = [
    [t('events.overview.status'), t(`events.status.${plan.status}`)],
    [t('events.overview.audience'), plan.audience || dash],
    [t('events.overview.expected'), plan.expectedParticipants?.toString() ?? dash],
  ];
  parts.push(
    table(
      [t('events.overview.details'), ''],
      facts.map(([k, v]) => [e(k), e(v)]),
    ),
  );
  parts.push(linkedNeeds(input));
  if (plan.partners.length > 0) {
    parts.push(`<h2>${e(t('events.partners.title'))}</h2>`);
    parts.push(
      table(
        [t('events.partners.name'), t('events.partners.kind'), t('events.partners.status')],
        plan.partners.map((p) => [
          e(p.name || dash),
          e(t(`events.partners.kinds.${p.kind}`)),
          e(t(`events.partners.statuses.${p.status}`)),
        ]),
      ),
    );
  }
  parts.push(`<h2>${e(t('events.tabs.agenda'))}</h2>`);
  plan.days.forEach((day, index) => {
    parts.push(
      `<h3>${e(t('events.agenda.day', { number: index + 1, date: formatDay(day.date, locale, true) }))}</h3>`,
    );
    const items = plan.agenda.filter((item) => item.dayId === day.id);
    parts.push(
      table(
        [
          `${t('events.agenda.start')}–${t('events.agenda.end')}`,
          t('events.agenda.itemTitle'),
          t('events.agenda.who'),
        ],
        items.map((item) => [e(`${item.start}–${item.end}`), e(item.title), e(item.who)]),
      ),
    );
  });
  if (plan.tasks.length > 0) {
    parts.push(`<h2>${e(t('events.checklist.title'))}</h2>`);
    parts.push(
      table(
        [t('events.checklist.task'), t('events.checklist.who'), t('events.checklist.due'), ''],
        plan.tasks.map((task) => [
          e(task.title),
          e(task.who),
          e(task.due ? formatDay(task.due, locale) : ''),
          e(task.done ? t('events.pdf.done') : t('events.pdf.notDone')),
        ]),
      ),
    );
  }
  if (plan.budget.length > 0) {
    const totals = budgetTotals(plan.budget);
    const euros = (cents: number) => e(formatEuros(cents, tag));
    parts.push(`<h2>${e(t('events.budget.title'))}</h2>`);
    parts.push(
      table(
        [
          t('events.budget.item'),
          t('events.budget.quantity'),
          t('events.budget.unitCost'),
          t('events.budget.planned'),
          t('events.budget.actualShort'),
          t('events.budget.source'),
        ],
        [
          ...plan.budget.map((line) => [
            e(line.item),
            e(formatQuantity(line.quantityHundredths, tag)),
            euros(line.unitCostCents),
            euros(plannedLineCents(line)),
            line.actualCents === null ? '' : euros(line.actualCents),
            e(t(`events.budget.sources.${line.source}`)),
          ]),
          ...totals.bySource.map((row) => [
            e(t(`events.budget.sources.${row.source}`)),
            '',
            '',
            euros(row.planned),
            euros(row.actual),
            '',
          ]),
          [
            `<strong>${e(t('events.budget.totalOverall'))}</strong>`,
            '',
            '',
            euros(totals.planned),
            euros(totals.actual),
            '',
          ],
        ],
        [1, 2, 3, 4],
      ),
    );
  }
  if (plan.kind === 'trip' && plan.ideas.length > 0) {
    parts.push(
      `<h2>${e(t('events.ideas.title'))}</h2><ul>${plan.ideas
        .map((idea) => `<li>${e(idea.text)}${idea.from ? ` <em>(${e(idea.from)})</em>` : ''}</li>`)
        .join('')}</ul>`,
    );
  }
  return parts.join('');
}

function reportBody(input: PdfInput): string {
  const { plan, t } = input;
  const parts = [header(input)];
  parts.push(
    `<p><strong>${e(t('events.report.actualParticipants'))}:</strong> ${e(plan.report.actualParticipants?.toString() ?? dash)}` +
      (plan.expectedParticipants !== null
        ? ` (${e(t('events.overview.expected'))}: ${e(String(plan.expectedParticipants))})`
        : '') +
      '</p>',
  );
  for (const field of ['results', 'worked', 'change'] as const) {
    parts.push(`<h2>${e(t(`events.report.${field}`))}</h2>${richTextToHtml(plan.report[field])}`);
  }
  parts.push(linkedNeeds(input));
  return parts.join('');
}

/** A file name from the plan's title: letters, digits and dashes. */
function fileName(plan: EventPlan, what: string, fallback: string): string {
  const base = plan.title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || fallback}-${what}.pdf`;
}

/** The printable plan or report, and a file name for it. */
export function eventPdfDocument(input: PdfInput): { html: string; suggestedName: string } {
  const { plan, what, locale, t } = input;
  const today = new Date().toISOString().slice(0, 10);
  const generated = `<footer>${e(t('events.pdf.generated', { date: formatDay(today, locale) }))}</footer>`;
  const html = printableDocument({
    title: plan.title || t('events.untitled'),
    lang: locale,
    bodyHtml: (what === 'plan' ? planBody(input) : reportBody(input)) + generated,
  });
  return {
    html,
    suggestedName: fileName(
      plan,
      what === 'plan' ? t('events.pdf.planFile') : t('events.pdf.reportFile'),
      t('events.pdf.fallbackName'),
    ),
  };
}

/** Hands the printable plan or report to the desktop, which saves it as PDF. */
export async function exportPlanPdf(input: PdfInput): Promise<void> {
  const result = await desktop['file:savePdf'](eventPdfDocument(input));
  if (!result.ok) notify('error', errorMessage(result.code, input.locale));
  else if (result.value.saved && result.value.fileName)
    notify('success', input.t('events.pdf.saved'));
}
