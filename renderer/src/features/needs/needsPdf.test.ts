import { describe, expect, it } from 'vitest';
import { readAssessment } from '../../../../shared/domain/assessment';
import { readNeed } from '../../../../shared/domain/need';
import { defaultNeedWeights, rankNeeds } from '../../../../shared/domain/needScore';
import { initI18n } from '../../app/i18n';
import { needsPdfHtml } from './needsPdf';

describe('needsPdfHtml', () => {
  it('prints the formula, the ranked needs and the notes, with every text escaped', async () => {
    const i18n = await initI18n('lv');
    const needs = rankNeeds(
      [
        {
          id: 'c|need-1',
          docId: 'need-1',
          createdAt: '',
          need: {
            ...readNeed({ title: '<script>alert(1)</script> Ķekavas ceļš', status: 'solved' }),
            ratings: [
              {
                assessmentId: 'a1',
                urgency: 5,
                impact: 4,
                feasibility: 3,
                residentsAffected: 10,
                votes: 2,
              },
            ],
          },
        },
      ],
      defaultNeedWeights,
      new Map([['a1', 0]]),
    );
    const assessment = readAssessment({
      title: 'Sapulce & pastaiga',
      date: '2026-04-18',
      method: 'walk',
      participants: 12,
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Runājām par ceļu', marks: [{ type: 'bold' }] }],
          },
        ],
      },
    });
    const html = needsPdfHtml({
      needs,
      assessments: [{ id: 'c|a1', docId: 'a1', createdAt: '', archivedAt: null, assessment }],
      weights: defaultNeedWeights,
      workbookName: 'Baloži <b>',
      t: i18n.t,
      locale: 'lv',
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ķekavas ceļš');
    expect(html).toContain('<title>Vajadzības — Baloži &lt;b&gt;</title>');
    expect(html).toContain('Prioritāte = (3 × Steidzamība + 3 × Ietekme');
    expect(html).toContain('Atrisināta');
    expect(html).toContain('Sapulce &amp; pastaiga');
    expect(html).toContain('<strong>Runājām par ceļu</strong>');
  });
});
