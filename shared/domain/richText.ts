import { isAllowedExternalLink } from '../security/links';

/**
 * Rich text is stored as ProseMirror/TipTap JSON, never as HTML. Whatever
 * arrives from elsewhere (sync, import) passes through `sanitizeRichText`
 * and is then rendered only through the editor's schema.
 */
export type RichTextMark = { type: string; attrs?: Record<string, unknown> };
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};
export type RichTextDoc = { type: 'doc'; content: RichTextNode[] };

export const richTextLimits = {
  depth: 24,
  nodes: 20_000,
  textChars: 200_000,
} as const;

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** Block nodes, with the attributes each may keep. */
const blockNodes: Record<
  string,
  (attrs: Record<string, unknown>) => Record<string, unknown> | undefined
> = {
  paragraph: () => undefined,
  heading: (a) => ({ level: [1, 2, 3].includes(Number(a.level)) ? Number(a.level) : 2 }),
  bulletList: () => undefined,
  orderedList: (a) => ({
    start: Number.isInteger(a.start) && Number(a.start) > 0 ? Number(a.start) : 1,
  }),
  listItem: () => undefined,
  taskList: () => undefined,
  taskItem: (a) => ({ checked: a.checked === true }),
  blockquote: () => undefined,
  horizontalRule: () => undefined,
  codeBlock: () => undefined,
};
const inlineNodes = new Set(['text', 'hardBreak']);
const simpleMarks = new Set(['bold', 'italic', 'underline', 'strike', 'code']);

type Budget = { nodes: number; chars: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sanitizeMarks(marks: unknown): RichTextMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const out: RichTextMark[] = [];
  for (const mark of marks.slice(0, 8)) {
    if (!isRecord(mark) || typeof mark.type !== 'string') continue;
    if (simpleMarks.has(mark.type)) out.push({ type: mark.type });
    if (mark.type === 'link' && isRecord(mark.attrs) && typeof mark.attrs.href === 'string') {
      const href = mark.attrs.href.trim();
      if (isAllowedExternalLink(href)) out.push({ type: 'link', attrs: { href } });
    }
  }
  return out.length > 0 ? out : undefined;
}

function sanitizeInline(node: Record<string, unknown>, budget: Budget): RichTextNode | null {
  if (node.type === 'hardBreak') return { type: 'hardBreak' };
  if (typeof node.text !== 'string' || node.text.length === 0) return null;
  const text = node.text.slice(0, Math.max(0, budget.chars));
  if (text.length === 0) return null;
  budget.chars -= text.length;
  const marks = sanitizeMarks(node.marks);
  return marks ? { type: 'text', text, marks } : { type: 'text', text };
}

function sanitizeNode(raw: unknown, depth: number, budget: Budget): RichTextNode[] {
  if (!isRecord(raw) || typeof raw.type !== 'string' || budget.nodes <= 0) return [];
  budget.nodes -= 1;
  if (inlineNodes.has(raw.type)) {
    const inline = sanitizeInline(raw, budget);
    return inline ? [inline] : [];
  }
  const children =
    depth < richTextLimits.depth && Array.isArray(raw.content)
      ? raw.content.flatMap((child) => sanitizeNode(child, depth + 1, budget))
      : [];
  const keepAttrs = blockNodes[raw.type];
  // An unknown block (iframe, script, image, …) keeps only its text.
  if (!keepAttrs) return children;
  const attrs = keepAttrs(isRecord(raw.attrs) ? raw.attrs : {});
  const node: RichTextNode = { type: raw.type };
  if (attrs) node.attrs = attrs;
  if (children.length > 0) node.content = children;
  return [node];
}

/** Wraps stray inline nodes at the top level into paragraphs. */
function normaliseTopLevel(nodes: RichTextNode[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  let inline: RichTextNode[] = [];
  const flush = () => {
    if (inline.length > 0) out.push({ type: 'paragraph', content: inline });
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'hardBreak') inline.push(node);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out.length > 0 ? out : [{ type: 'paragraph' }];
}

/**
 * Keeps only the nodes, marks and attributes the editor knows, links only to
 * http, https and mailto, and bounded sizes. Never throws: anything that is
 * not a document becomes an empty one, plain strings become paragraphs.
 */
export function sanitizeRichText(input: unknown): RichTextDoc {
  const budget: Budget = { nodes: richTextLimits.nodes, chars: richTextLimits.textChars };
  if (typeof input === 'string')
    return plainTextToRichText(input.slice(0, richTextLimits.textChars));
  if (!isRecord(input) || input.type !== 'doc' || !Array.isArray(input.content))
    return emptyRichText();
  const content = input.content.flatMap((node) => sanitizeNode(node, 1, budget));
  return { type: 'doc', content: normaliseTopLevel(content) };
}

export function plainTextToRichText(text: string): RichTextDoc {
  const paragraphs = text
    .split(/\r?\n/)
    .map<RichTextNode>((line) =>
      line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
    );
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}

const blockSeparated = new Set(Object.keys(blockNodes));

/** The text of a document, blocks on separate lines: for search, CSV and previews. */
export function richTextToPlainText(doc: unknown): string {
  const lines: string[] = [];
  let current = '';
  const walk = (node: unknown, depth: number) => {
    if (!isRecord(node) || depth > richTextLimits.depth) return;
    if (node.type === 'text' && typeof node.text === 'string') current += node.text;
    else if (node.type === 'hardBreak') current += '\n';
    if (Array.isArray(node.content)) for (const child of node.content) walk(child, depth + 1);
    if (typeof node.type === 'string' && blockSeparated.has(node.type) && current) {
      lines.push(current);
      current = '';
    }
  };
  walk(doc, 0);
  if (current) lines.push(current);
  return lines.join('\n');
}

export function isRichTextEmpty(doc: unknown): boolean {
  return richTextToPlainText(doc).trim().length === 0;
}
