import { generateHTML } from '@tiptap/core';
import { sanitizeRichText } from '../../../../shared/domain/richText';
import { richTextExtensions } from './extensions';

/**
 * Rich text as HTML for printing: sanitized, then serialized by the editor's
 * own schema, so only known elements and safe links come out.
 */
export function richTextToHtml(value: unknown): string {
  return generateHTML(sanitizeRichText(value), richTextExtensions());
}
