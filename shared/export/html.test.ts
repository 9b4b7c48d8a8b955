import { describe, expect, it } from 'vitest';
import { escapeHtml, printableDocument } from './html';

describe('printable HTML', () => {
  it('escapes everything that could become markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('forbids scripts in the printed document and escapes its title', () => {
    const html = printableDocument({ title: '<b>Pārskats</b>', lang: 'lv', bodyHtml: '<p>x</p>' });
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>&lt;b&gt;Pārskats&lt;/b&gt;</title>');
    expect(html).not.toMatch(/<script/i);
  });
});
