import { describe, expect, it } from 'vitest';
import { richTextToHtml } from './richTextToHtml';

describe('richTextToHtml', () => {
  it('serializes through the schema and drops what is not in it', () => {
    const html = richTextToHtml({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'bad',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
            {
              type: 'text',
              text: 'good',
              marks: [{ type: 'link', attrs: { href: 'https://olaine.lv' } }],
            },
          ],
        },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
      ],
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://olaine.lv"');
    expect(html).not.toMatch(/javascript:|<iframe|<script/i);
  });
});
