import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainTextToRichText } from '../../../../shared/domain/richText';
import { instantiateTemplate } from '../../../../shared/domain/eventTemplates';
import { resources } from '../../../../shared/i18n/resources';
import { eventPdfDocument } from './eventPdf';

let n = 0;
const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ resources, lng: 'lv', interpolation: { escapeValue: false } });
});

function plan() {
  const p = instantiateTemplate('closing', {
    title: 'Dižkūre <script>alert(1)</script>',
    startDate: '2030-05-14',
    locale: 'lv',
    newId: () => `id-${++n}`,
  });
  return {
    ...p,
    needIds: ['need-1'],
    budget: [
      {
        id: 'b1',
        item: 'Kafija & cepumi',
        quantityHundredths: 4000,
        unitCostCents: 335,
        actualCents: 13010,
        source: 'programme' as const,
      },
    ],
    report: { ...p.report, results: plainTextToRichText('Sešas kopienas <b>piedalījās</b>') },
  };
}

const needs = [
  {
    id: 'c|need-1',
    docId: 'need-1',
    archived: false,
    title: 'Apgaismojums',
    status: 'solved' as const,
  },
];

describe('eventPdfDocument', () => {
  it('prints the plan with both days, the budget in euros and the linked need, all escaped', () => {
    const { html, suggestedName } = eventPdfDocument({
      plan: plan(),
      what: 'plan',
      locale: 'lv',
      t: t.t,
      needs,
    });
    expect(suggestedName).toBe('Dižkūre-script-alert-1-script-plans.pdf');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Dižkūre &lt;script&gt;');
    expect(html).toContain('1. diena, otrdiena, 2030. gada 14. maijs');
    expect(html).toContain('2. diena, trešdiena, 2030. gada 15. maijs');
    expect(html).toContain('Kafija &amp; cepumi');
    expect(html).toMatch(/134,00\s€/);
    expect(html).toContain('Apgaismojums (Atrisināta)');
  });

  it('prints the report through the rich-text schema only', () => {
    const { html } = eventPdfDocument({
      plan: plan(),
      what: 'report',
      locale: 'lv',
      t: t.t,
      needs,
    });
    expect(html).toContain('<p>Sešas kopienas &lt;b&gt;piedalījās&lt;/b&gt;</p>');
    expect(html).toContain('Ko mainīt nākamreiz');
  });
});
