import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../../../../shared/domain/review';
import { newSession } from '../../../../shared/domain/session';
import { initI18n } from '../../app/i18n';
import { sessionSummaryHtml, summaryFileName } from './sessionSummary';

const hostile = '<img src=x onerror=alert(1)>';

async function summary(locale: 'lv' | 'en', review?: ReviewState) {
  const i18n = await initI18n(locale);
  return sessionSummaryHtml({
    ...(review ? { review } : {}),
    communityName: `Baloži ${hostile}`,
    session: {
      ...newSession('2026-11-26', 'Anna Kalniņa'),
      topics: 'Talka',
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'Piezīme',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
          { type: 'iframe', attrs: { src: 'https://evil.example' } },
        ],
      },
    },
    actions: [
      {
        docId: 'action-1',
        createdAt: '2026-11-26T10:00:00Z',
        action: {
          sessionId: 'session-1',
          title: `Zvanīt ${hostile}`,
          assignee: 'Ilze',
          dueDate: '2026-11-25',
          status: 'open',
          carriedTo: [],
        },
      },
    ],
    comments: [
      {
        docId: 'comment-1',
        comment: {
          targetDocId: 'session-1',
          targetType: 'session',
          authorName: 'Anna',
          authorRole: 'mentor',
          body: `Labi!\n${hostile}`,
          createdAt: '2026-11-26T12:00:00Z',
        },
      },
    ],
    locale,
    t: i18n.t,
    now: new Date('2026-11-26T13:00:00Z'),
  });
}

describe('sessionSummaryHtml', () => {
  it('holds notes, actions and feedback, with every text escaped', async () => {
    const html = await summary('lv');
    expect(html).toContain('Mentora sesijas kopsavilkums');
    expect(html).toContain('Piezīme');
    expect(html).toContain('Zvanīt &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Anna (Mentors)');
    expect(html).toContain('<p>Labi!</p>');
    expect(html).toContain('Atvērts');
    expect(html).not.toMatch(/<img|<iframe|javascript:/i);
    expect(html).toContain("default-src 'none'");
  });

  it('says who reviewed the session, from the mentors’ reviews', async () => {
    const reviewers = [{ name: `Māris ${hostile}`, reviewedAt: '2026-11-27T10:00:00Z' }];
    const html = await summary('lv', { status: 'reviewed', reviewers });
    expect(html).toContain('Statuss: Mentors izskatījis (Māris &lt;img');
    expect(html).toContain('27.11.2026');
    expect(await summary('lv', { status: 'shared' })).toContain('Statuss: Nosūtīta mentoram');
  });

  it('speaks English too', async () => {
    const html = await summary('en');
    expect(html).toContain('Mentoring session summary');
    expect(html).toContain('Agreed actions');
    expect(html).toContain('lang="en"');
  });

  it('makes a safe file name', () => {
    expect(summaryFileName('Baloži: "Parks"/A', '2026-11-26')).toBe('Baloži   Parks  A 2026-11-26');
    expect(summaryFileName('', '2026-11-26')).toBe('Kopspeks 2026-11-26');
  });
});
