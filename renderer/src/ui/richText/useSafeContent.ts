import { useMemo } from 'react';
import { sanitizeRichText, type RichTextDoc } from '../../../../shared/domain/richText';

/** Stored or synced rich text, cleaned before the editor sees it. */
export function useSafeContent(value: unknown): RichTextDoc {
  return useMemo(() => sanitizeRichText(value), [value]);
}
