import { generateJSON } from '@tiptap/core';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../../../../shared/domain/richText';
import { richTextExtensions } from '../../ui/richText/extensions';
import { RichTextEditor, RichTextView, richTextToHtml } from '../../ui/richText';
import { findActiveContent, hostileDocuments, hostileHtml } from './testing/hostileContent';

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

afterEach(() => {
  expect(pwned()).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/**
 * Issue 5, rich-text safety: whatever a synced or imported document holds,
 * only the editor's schema renders it. Each corpus entry goes through the
 * read-only view, the editor and the PDF serializer.
 */
describe('hostile rich text renders inert', () => {
  it.each(hostileDocuments)(
    '$name',
    ({ value }) => {
      const view = render(<RichTextView value={value} label="view" />);
      expect(findActiveContent(view.container)).toEqual([]);
      view.unmount();

      const editor = render(
        <RichTextEditor value={value} onChange={() => undefined} label="edit" />,
      );
      const editable = editor.container.querySelector('.ProseMirror');
      expect(editable).not.toBeNull();
      expect(findActiveContent(editable!)).toEqual([]);
      editor.unmount();

      const html = richTextToHtml(value);
      const printed = document.createElement('div');
      printed.innerHTML = html; // inert: a detached div in jsdom runs nothing
      expect(findActiveContent(printed)).toEqual([]);
    },
    60_000,
  );

  it.each(hostileHtml)('pasted or imported HTML: $name', ({ html }) => {
    // What ProseMirror's clipboard parser makes of it, then sanitized and rendered.
    const parsed = generateJSON(html, richTextExtensions());
    const view = render(<RichTextView value={parsed} label="view" />);
    expect(findActiveContent(view.container)).toEqual([]);
    // HTML arriving as a stored string is text, never markup.
    const asString = render(<RichTextView value={html} label="string" />);
    expect(findActiveContent(asString.container)).toEqual([]);
    expect(asString.container.textContent).toContain(html.slice(0, 20));
  });

  it('keeps safe content and its text, so the check can fail', () => {
    const view = render(
      <RichTextView
        value={{
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'Mārupe',
                  marks: [{ type: 'link', attrs: { href: 'https://marupe.lv' } }],
                },
                {
                  type: 'text',
                  text: ' raksti',
                  marks: [{ type: 'link', attrs: { href: 'mailto:a@b.lv' } }],
                },
              ],
            },
          ],
        }}
      />,
    );
    const links = view.container.querySelectorAll('a');
    expect([...links].map((a) => a.getAttribute('href'))).toEqual([
      'https://marupe.lv',
      'mailto:a@b.lv',
    ]);
    expect(findActiveContent(view.container)).toEqual([]);
    // The checker itself notices what it must.
    const bad = document.createElement('div');
    bad.innerHTML =
      '<a href="javascript:1">x</a><p onclick="1">y</p><svg></svg><a href="data:x">z</a>';
    expect(findActiveContent(bad)).toEqual([
      '<svg>',
      'href=javascript:1',
      'onclick on <p>',
      'href=data:x',
    ]);
  });

  it('bounds oversized and deeply nested documents', () => {
    const huge = hostileDocuments.find((d) => d.name.startsWith('oversized'))!.value;
    expect(JSON.stringify(sanitizeRichText(huge)).length).toBeLessThan(210_000);
    const many = hostileDocuments.find((d) => d.name.startsWith('too many'))!.value;
    expect(sanitizeRichText(many).content[0]!.content!.length).toBeLessThan(20_000);
    const deep = hostileDocuments.find((d) => d.name.startsWith('deeply'))!.value;
    expect(JSON.stringify(sanitizeRichText(deep)).length).toBeLessThan(5_000);
  });
});
