import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, type MouseEvent } from 'react';
import { isAllowedExternalLink } from '../../../../shared/security/links';
import { desktop } from '../../platform';
import { richTextExtensions } from './extensions';
import { useSafeContent } from './useSafeContent';
import styles from './RichText.module.css';

/** Opens an allowed link in the system browser; every other click on a link does nothing. */
export function openLinkFromClick(event: MouseEvent): void {
  const anchor = (event.target as HTMLElement).closest('a');
  if (!anchor) return;
  event.preventDefault();
  const href = anchor.getAttribute('href') ?? '';
  if (isAllowedExternalLink(href)) void desktop['shell:openExternal']({ url: href });
}

/**
 * Shows rich text read-only, through the editor's schema: whatever a document
 * from elsewhere contains, only known nodes, marks and safe links render.
 */
export function RichTextView({ value, label }: { value: unknown; label?: string }) {
  const content = useSafeContent(value);
  const editor = useEditor({
    extensions: richTextExtensions(),
    content,
    editable: false,
    immediatelyRender: true,
    editorProps: { attributes: label ? { 'aria-label': label } : {} },
  });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, content]);
  return <EditorContent className={styles.view} editor={editor} onClick={openLinkFromClick} />;
}
