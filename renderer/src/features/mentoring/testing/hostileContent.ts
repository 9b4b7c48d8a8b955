/**
 * Hostile content for the rich-text safety tests (issue 5): documents and
 * HTML that a synced or imported item, or a paste, might carry. Used by the
 * unit test beside RichTextView/RichTextEditor and by the Chromium test
 * renderer/e2e/richTextSafety.spec.ts. Every payload that could run sets
 * `window.__pwned`, so a test can also check that nothing ran.
 */

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const link = (href: string, extra: Record<string, unknown> = {}) => [
  { type: 'link', attrs: { href, ...extra } },
];
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const pwn = 'window.__pwned=1';

function nested(depth: number): unknown {
  let node: unknown = p(text('deep'));
  for (let i = 0; i < depth; i += 1) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

/** TipTap/ProseMirror JSON as it might arrive by sync or import. */
export const hostileDocuments: { name: string; value: unknown }[] = [
  { name: 'javascript: link', value: doc(p(text('a', link(`javascript:${pwn}`)))) },
  {
    name: 'javascript: link with case, spaces, tabs and newlines',
    value: doc(
      p(
        text('b', link(` JaVaScRiPt:${pwn}`)),
        text('c', link(`java\tscript:${pwn}`)),
        text('d', link(`\njavascript:${pwn}`)),
        text('e', link(`javascript&colon;${pwn}`)),
      ),
    ),
  },
  {
    name: 'data: and vbscript: links',
    value: doc(
      p(
        text('f', link('data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+')),
        text('g', link(`data:text/html,<script>${pwn}</script>`)),
        text('h', link('vbscript:msgbox(1)')),
        text('i', link('file:///etc/passwd')),
        text('j', link('//evil.example/x')),
        text('k', link('https://user:secret@evil.example/')),
      ),
    ),
  },
  {
    name: 'event and style attributes on a link mark',
    value: doc(
      p(
        text(
          'l',
          link('https://example.org', {
            onclick: pwn,
            onmouseover: pwn,
            style: 'background:url(javascript:1)',
            target: '_top',
            class: 'x" onfocus="' + pwn,
          }),
        ),
      ),
    ),
  },
  {
    name: 'event attributes on blocks',
    value: doc(
      {
        type: 'paragraph',
        attrs: { onerror: pwn, onclick: pwn, style: 'x' },
        content: [text('m')],
      },
      { type: 'heading', attrs: { level: '1 onload=alert(1)', onload: pwn }, content: [text('n')] },
      {
        type: 'orderedList',
        attrs: { start: 'javascript:1', type: '" onclick="' + pwn },
        content: [],
      },
      {
        type: 'taskList',
        content: [
          {
            type: 'taskItem',
            attrs: { checked: `"><img src=x onerror=${pwn}>` },
            content: [p(text('o'))],
          },
        ],
      },
      { type: 'codeBlock', attrs: { language: `x" onmouseover="${pwn}` }, content: [text('p')] },
    ),
  },
  {
    name: 'raw script, iframe, object, embed, image and SVG nodes',
    value: doc(
      { type: 'script', content: [text(pwn)] },
      { type: 'iframe', attrs: { src: `javascript:${pwn}`, srcdoc: `<script>${pwn}</script>` } },
      { type: 'object', attrs: { data: `javascript:${pwn}` } },
      { type: 'embed', attrs: { src: `javascript:${pwn}` } },
      { type: 'image', attrs: { src: 'x', onerror: pwn } },
      { type: 'svg', attrs: { onload: pwn }, content: [{ type: 'script', content: [text(pwn)] }] },
      { type: 'html', content: [text(`<img src=x onerror=${pwn}>`)] },
    ),
  },
  {
    name: 'markup inside text',
    value: doc(
      p(text(`<script>${pwn}</script><img src=x onerror=${pwn}><iframe src="javascript:1">`)),
    ),
  },
  {
    name: 'unknown marks with attributes',
    value: doc(
      p(
        text('q', [
          { type: 'textStyle', attrs: { style: 'x', onclick: pwn } },
          { type: 'highlight', attrs: { color: `red" onclick="${pwn}` } },
          { type: 'link' },
          { type: 'link', attrs: { href: 42 } },
        ]),
      ),
    ),
  },
  {
    name: 'prototype pollution keys',
    value: JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"content":[{"type":"text","text":"r"}]}]}',
    ) as unknown,
  },
  { name: 'deeply nested (10 000 levels)', value: nested(10_000) },
  {
    name: 'oversized text (1 000 000 characters)',
    value: doc(p(text('x'.repeat(1_000_000)))),
  },
  {
    name: 'too many nodes (60 000 text nodes)',
    value: doc(p(...Array.from({ length: 60_000 }, () => text('y')))),
  },
  {
    name: 'malformed documents',
    value: doc(
      null,
      42,
      'text',
      [p(text('array'))],
      { type: 7 },
      { type: 'paragraph', content: 'not an array' },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 5 }, { type: 'text' }, { type: 'text', text: '' }],
      },
      { type: 'text', text: 'stray inline at top', marks: 'bold' },
      { type: 'bulletList', content: [{ type: 'listItem' }] },
    ),
  },
  { name: 'not a document: null', value: null },
  {
    name: 'not a document: HTML string',
    value: `<img src=x onerror=${pwn}><script>${pwn}</script>`,
  },
  { name: 'not a document: number', value: 12 },
  { name: 'not a document: wrong root', value: { type: 'iframe', content: [] } },
];

/** HTML as it might be pasted or imported. */
export const hostileHtml: { name: string; html: string }[] = [
  { name: 'script element', html: `<p>s1</p><script>${pwn}</script>` },
  { name: 'img onerror', html: `<p>s2<img src="x" onerror="${pwn}"></p>` },
  {
    name: 'iframe and srcdoc',
    html: `<iframe src="javascript:${pwn}" srcdoc="<script>${pwn}</script>"></iframe><p>s3</p>`,
  },
  {
    name: 'svg onload and script',
    html: `<svg onload="${pwn}"><script>${pwn}</script><a href="javascript:${pwn}"><text>s4</text></a></svg>`,
  },
  {
    name: 'javascript: and data: links',
    html: `<p><a href="javascript:${pwn}">s5</a> <a href="data:text/html,<script>${pwn}</script>">s6</a> <a href=" jav&#x09;ascript:${pwn}">s7</a></p>`,
  },
  {
    name: 'event and style attributes',
    html: `<p onclick="${pwn}" style="background:url(javascript:1)" onmouseover="${pwn}">s8</p><h2 onfocus="${pwn}" tabindex="0">s9</h2>`,
  },
  {
    name: 'object, embed, base, meta, link, form',
    html: `<object data="javascript:${pwn}"></object><embed src="javascript:${pwn}"><base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:${pwn}"><link rel="stylesheet" href="data:text/css,*{}"><form action="javascript:${pwn}"><input autofocus onfocus="${pwn}"></form><p>s10</p>`,
  },
  {
    name: 'mutation XSS',
    html: `<math><mtext><table><mglyph><style><img src=x onerror=${pwn}>s11</style></mglyph></table></mtext></math><details open ontoggle="${pwn}"><summary>s12</summary></details>`,
  },
  { name: 'allowed link (control)', html: '<p><a href="https://marupe.lv">s13</a></p>' },
];

/**
 * What in `root` (rendered rich text or comments, not the app's own icons and
 * controls) could run, load or navigate somewhere unsafe. Self-contained, so
 * Playwright can run it inside the page as it is.
 */
export function findActiveContent(root?: ParentNode): string[] {
  const scope: ParentNode = root ?? document;
  const found: string[] = [];
  const banned =
    'script,iframe,frame,object,embed,svg,math,img,image,style,link,meta,base,form,input:not([type="checkbox"]),button[formaction],details,video,audio,source';
  for (const el of Array.from(scope.querySelectorAll(banned))) {
    found.push(`<${el.tagName.toLowerCase()}>`);
  }
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
      const value = Array.from(attr.value)
        .filter((ch) => ch.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (name.startsWith('on')) found.push(`${name} on <${el.tagName.toLowerCase()}>`);
      if (name === 'srcdoc' || name === 'formaction') found.push(name);
      if (name === 'href') {
        if (!/^(https?:\/\/|mailto:)/.test(value)) found.push(`href=${attr.value}`);
      } else if (/^(javascript|data|vbscript|file):/.test(value)) {
        found.push(`${name}=${attr.value}`);
      }
    }
  }
  return found;
}
