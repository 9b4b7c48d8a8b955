import { describe, expect, it } from 'vitest';
import { isRichTextEmpty, richTextToPlainText, sanitizeRichText } from './richText';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

describe('sanitizeRichText', () => {
  it('keeps a well-formed document as it is', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Sapulce')] },
      p(
        text('Parks ', [{ type: 'bold' }]),
        text('ēnā', [{ type: 'link', attrs: { href: 'https://marupe.lv' } }]),
      ),
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(text('Zvanīt'))] }],
      },
    );
    expect(sanitizeRichText(input)).toEqual(input);
  });

  it('drops links that are not http, https or mailto', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      ' JaVaScRiPt:x',
      'vbscript:x',
    ]) {
      const out = sanitizeRichText(doc(p(text('klikšķis', [{ type: 'link', attrs: { href } }]))));
      expect(out).toEqual(doc(p(text('klikšķis'))));
    }
  });

  it('removes unknown nodes, keeping their text, and unknown attributes', () => {
    const out = sanitizeRichText(
      doc(
        { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [text('iekšā')] },
        { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'x' }, content: [text('a')] },
        { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
      ),
    );
    expect(out).toEqual(doc(p(text('iekšā')), p(text('a'))));
  });

  it('turns anything that is not a document into a safe one', () => {
    for (const bad of [
      null,
      42,
      [],
      { type: 'doc' },
      { type: 'doc', content: 'x' },
      { type: 'script' },
    ]) {
      expect(sanitizeRichText(bad)).toEqual(doc({ type: 'paragraph' }));
    }
    expect(sanitizeRichText('<script>alert(1)</script>')).toEqual(
      doc(p(text('<script>alert(1)</script>'))),
    );
  });

  it('bounds nesting depth and size', () => {
    let deep: unknown = p(text('dziļi'));
    for (let i = 0; i < 10_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    const out = JSON.stringify(sanitizeRichText(doc(deep)));
    expect(out.length).toBeLessThan(2_000);
    const huge = sanitizeRichText(doc(p(text('x'.repeat(1_000_000)))));
    expect(richTextToPlainText(huge).length).toBe(200_000);
  });
});

describe('richTextToPlainText', () => {
  it('puts blocks on separate lines', () => {
    const input = doc(p(text('Viens')), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(text('Divi'))] }],
    });
    expect(richTextToPlainText(input)).toBe('Viens\nDivi');
    expect(isRichTextEmpty(doc({ type: 'paragraph' }))).toBe(true);
  });
});
