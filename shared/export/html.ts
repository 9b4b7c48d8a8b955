/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const printStyles = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: 'Inter Variable', 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; color: #1b2523;
    font-size: 11pt; line-height: 1.45; }
  h1 { font-size: 20pt; margin: 0 0 4pt; }
  h2 { font-size: 14pt; margin: 16pt 0 6pt; border-bottom: 1px solid #d8ded9; padding-bottom: 3pt; }
  h3 { font-size: 12pt; margin: 12pt 0 4pt; }
  .meta { color: #56625f; margin: 0 0 12pt; }
  table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
  th, td { text-align: left; vertical-align: top; padding: 4pt 6pt; border-bottom: 1px solid #e3e7e4; }
  th { font-size: 9.5pt; color: #56625f; text-transform: uppercase; letter-spacing: 0.03em; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  ul[data-type="taskList"] { list-style: none; padding-left: 0; }
  blockquote { margin-left: 0; padding-left: 8pt; border-left: 3px solid #b9c3bd; color: #56625f; }
  a { color: #1a6b62; }
  footer { margin-top: 24pt; font-size: 9pt; color: #56625f; }
`;

/**
 * A complete, script-free HTML document for printing to PDF. `bodyHtml`
 * must be built from escaped text (`escapeHtml`) and schema-rendered rich
 * text only; the main process renders it with JavaScript disabled.
 */
export function printableDocument(options: {
  title: string;
  lang: string;
  bodyHtml: string;
}): string {
  return `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(options.title)}</title><style>${printStyles}</style></head>
<body>${options.bodyHtml}</body></html>`;
}
