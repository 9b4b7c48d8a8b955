import { describe, expect, it } from 'vitest';
import { plainTextToRichText } from '../domain/richText';
import type { SearchableItem } from './searchDocument';
import { WorkbookSearchIndex, type SearchGroup } from './searchIndex';

let counter = 0;
function item(type: SearchableItem['type'], data: unknown, docId?: string): SearchableItem {
  counter += 1;
  const id = docId ?? `${type}-${counter}`;
  return { id: `c1|${id}`, communityId: 'c1', docId: id, type, data, archivedAt: null };
}

const titles = (groups: SearchGroup[]) =>
  groups.flatMap((g) => g.hits.map((h) => h.title.text || h.excerpt?.text));
const marks = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

function workbook() {
  const index = new WorkbookSearchIndex();
  index.addAll([
    item(
      'need',
      { title: 'Kopiēnas dārzs', description: 'Vieta, kur audzēt dārzeņus' },
      'need-garden',
    ),
    item('need', { title: 'Apgaismojums pagalmā', description: 'Vakaros tumšs' }, 'need-light'),
    item(
      'session',
      { topics: 'Budžets', notes: plainTextToRichText('Runājām par kopienas dārzu un sētu') },
      'session-1',
    ),
    item('action', { title: 'Uzrakstīt vēstuli domei', sessionId: 'session-1' }, 'action-1'),
    item('eventPlan', { title: 'Rudens talka', goals: 'Sakopt kopiēnas dārzu' }, 'eventPlan-1'),
    item('comment', {
      body: 'Lielisks sākums!',
      authorName: 'Ilze',
      targetDocId: 'session-1',
      targetType: 'session',
    }),
    item('community', { name: 'Kopiēna' }, 'profile'),
  ]);
  return index;
}

describe('WorkbookSearchIndex', () => {
  it('finds words with diacritics when typed without them', () => {
    const groups = workbook().search('kopiena');
    expect(titles(groups)).toEqual(
      expect.arrayContaining(['Kopiēnas dārzs', 'Budžets', 'Rudens talka']),
    );
    expect(workbook().search('darzs')[0]?.hits[0]?.title.text).toBe('Kopiēnas dārzs');
  });

  it('finds words without diacritics when typed with them', () => {
    const groups = workbook().search('kopiēnas');
    const session = groups.find((g) => g.kind === 'session');
    expect(session?.hits[0]?.doc.docId).toBe('session-1');
    expect(workbook().search('vēstuli')[0]?.hits[0]?.doc.docId).toBe('action-1');
    expect(workbook().search('APGAISMOJUMS')[0]?.hits[0]?.doc.docId).toBe('need-light');
  });

  it('matches as the user types, and forgives a typo in a longer word', () => {
    const index = workbook();
    expect(titles(index.search('apga'))).toEqual(['Apgaismojums pagalmā']);
    expect(titles(index.search('apgaismjums'))).toEqual(['Apgaismojums pagalmā']);
    expect(index.search('xyz')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(titles(workbook().search('kopiena talka'))).toEqual(['Rudens talka']);
  });

  it('groups results by kind, with totals, best group first', () => {
    const groups = workbook().search('kopiena');
    expect(groups.map((g) => g.kind).sort()).toEqual(['eventPlan', 'need', 'session']);
    expect(groups[0]?.kind).toBe('need');
    for (const group of groups) {
      expect(group.hits.every((hit) => hit.doc.kind === group.kind)).toBe(true);
      expect(group.total).toBe(group.hits.length);
    }
    const many = new WorkbookSearchIndex();
    many.addAll(Array.from({ length: 12 }, (_, i) => item('need', { title: `Soliņš ${i}` })));
    const [needs] = many.search('solins', { perKind: 5 });
    expect(needs?.hits).toHaveLength(5);
    expect(needs?.total).toBe(12);
  });

  it('marks the matches on the original text', () => {
    const [need] = workbook().search('kopien darz');
    const hit = need!.hits[0]!;
    expect(marks(hit.title.text, hit.title.ranges)).toEqual(['Kopiēn', 'dārz']);
    const session = workbook()
      .search('kopiēnas')
      .find((g) => g.kind === 'session')!.hits[0]!;
    expect(marks(session.excerpt!.text, session.excerpt!.ranges)).toEqual(['kopienas']);
  });

  it('shows a comment by its text', () => {
    const comments = workbook()
      .search('lielisks')
      .find((g) => g.kind === 'comment')!;
    expect(comments.hits[0]?.excerpt?.text).toBe('Lielisks sākums!');
    expect(comments.hits[0]?.doc.extra).toBe('Ilze');
  });

  it('keeps up with edits: a changed title is found by the new words only', () => {
    const index = workbook();
    const changed = item('need', { title: 'Soliņi parkā', description: '' }, 'need-garden');
    expect(index.upsert(changed)).toBe(true);
    expect(
      index
        .search('darzs')
        .flatMap((g) => g.hits)
        .map((h) => h.doc.docId),
    ).not.toContain('need-garden');
    expect(index.search('solini')[0]?.hits[0]?.doc.docId).toBe('need-garden');
    expect(index.size).toBe(6);
  });

  it('reports an edit that search does not show as no change', () => {
    const index = workbook();
    const same = item(
      'need',
      { title: 'Apgaismojums pagalmā', description: 'Vakaros tumšs', status: 'solved' },
      'need-light',
    );
    expect(index.upsert(same)).toBe(false);
  });

  it('forgets deleted items, by event or by removal', () => {
    const index = workbook();
    expect(index.upsert({ ...item('need', {}, 'need-light'), _deleted: true })).toBe(true);
    expect(index.search('apgaismojums')).toEqual([]);
    expect(index.remove('c1|action-1')).toBe(true);
    expect(index.remove('c1|action-1')).toBe(false);
    expect(index.search('vestuli')).toEqual([]);
    expect(index.findByDocId('action-1')).toBeUndefined();
    expect(index.size).toBe(4);
    // Added again (restored elsewhere): found again.
    index.upsert(item('need', { title: 'Apgaismojums' }, 'need-light'));
    expect(index.search('apgaismojums')[0]?.hits[0]?.doc.docId).toBe('need-light');
  });

  it('keeps archived items findable, marked and after current ones', () => {
    const index = new WorkbookSearchIndex();
    const old = { ...item('need', { title: 'Sēta' }, 'need-old'), archivedAt: '2026-01-02' };
    index.addAll([old, item('need', { title: 'Sēta' }, 'need-new')]);
    const hits = index.search('seta')[0]!.hits;
    expect(hits.map((h) => [h.doc.docId, h.doc.archived])).toEqual([
      ['need-new', false],
      ['need-old', true],
    ]);
    expect(index.upsert({ ...old, archivedAt: null })).toBe(true);
    expect(index.findByDocId('need-old')?.archived).toBe(false);
  });

  it('keeps the index right through many random edits', () => {
    const index = new WorkbookSearchIndex();
    const words = ['kopiēna', 'sēta', 'dārzs', 'soliņš', 'ielas', 'laterna'];
    const truth = new Map<string, string>();
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let step = 0; step < 400; step += 1) {
      const docId = `need-${rand(30)}`;
      if (rand(4) === 0) {
        index.remove(`c1|${docId}`);
        truth.delete(docId);
      } else {
        const title = `${words[rand(words.length)]} ${words[rand(words.length)]}`;
        index.upsert(item('need', { title }, docId));
        truth.set(docId, title);
      }
    }
    expect(index.size).toBe(truth.size);
    for (const word of ['kopiena', 'seta', 'darzs', 'solins', 'ielas', 'laterna']) {
      const found = index
        .search(word, { perKind: 100 })
        .flatMap((g) => g.hits.map((h) => h.doc.docId))
        .sort();
      const expected = [...truth]
        .filter(([, title]) => title.normalize('NFD').replace(/\p{M}/gu, '').includes(word))
        .map(([docId]) => docId)
        .sort();
      expect(found).toEqual(expected);
    }
  });
});
