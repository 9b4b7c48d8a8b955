import { describe, expect, it } from 'vitest';
import { compareSessions, newSession, readSession, sessionSchema } from './session';

describe('sessions', () => {
  it('validates dates and lengths', () => {
    expect(sessionSchema.safeParse(newSession('2026-11-26')).success).toBe(true);
    expect(sessionSchema.safeParse(newSession('2026-13-01')).success).toBe(false);
    expect(
      sessionSchema.safeParse({ ...newSession('2026-11-26'), mentor: 'x'.repeat(121) }).success,
    ).toBe(false);
  });

  it('reads anything without throwing, notes always sanitized', () => {
    const read = readSession({
      date: 'soon',
      status: 'published',
      notes: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'link', attrs: { href: 'javascript:1' } }],
              },
            ],
          },
        ],
      },
    });
    expect(read.date).toBe('');
    expect(read.status).toBe('draft');
    expect(read.notes).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    });
    expect(readSession(42)).toMatchObject({ mentor: '', notes: { type: 'doc' } });
  });

  it('sorts newest first', () => {
    const list = [
      { date: '2026-01-01', createdAt: 'b' },
      { date: '2026-03-01', createdAt: 'a' },
      { date: '2026-01-01', createdAt: 'c' },
    ].sort(compareSessions);
    expect(list).toEqual([
      { date: '2026-03-01', createdAt: 'a' },
      { date: '2026-01-01', createdAt: 'c' },
      { date: '2026-01-01', createdAt: 'b' },
    ]);
  });
});
