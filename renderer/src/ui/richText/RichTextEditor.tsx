import type { Editor } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextDoc } from '../../../../shared/domain/richText';
import { richTextExtensions } from './extensions';
import { openLinkFromClick } from './RichTextView';
import { RichTextToolbar } from './RichTextToolbar';
import { useSafeContent } from './useSafeContent';
import styles from './RichText.module.css';

type RichTextEditorProps = {
  value: unknown;
  onChange: (doc: RichTextDoc) => void;
  /** The accessible name of the editing area. */
  label: string;
  id?: string;
  placeholder?: string;
  describedBy?: string;
};

/**
 * A rich-text field: headings, lists, checklists and safe links. The value
 * is TipTap JSON; `onChange` gets every edit.
 */
export function RichTextEditor({
  value,
  onChange,
  label,
  id,
  placeholder,
  describedBy,
}: RichTextEditorProps) {
  const content = useSafeContent(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const lastEmitted = useRef<string>(JSON.stringify(content));

  const editor = useEditor({
    extensions: [
      ...richTextExtensions(),
      Placeholder.configure({ placeholder: placeholder ?? '' }),
    ],
    content,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(id ? { id } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: current }) => {
      const doc = current.getJSON() as RichTextDoc;
      lastEmitted.current = JSON.stringify(doc);
      onChangeRef.current(doc);
    },
  });

  // A value changed from outside (a draft restored, a synced edit) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const incoming = JSON.stringify(content);
    if (incoming === lastEmitted.current) return;
    lastEmitted.current = incoming;
    editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, content]);

  return (
    <div className={styles.editor}>
      <EditorToolbar editor={editor} />
      <EditorContent className={styles.content} editor={editor} onClick={openLinkFromClick} />
    </div>
  );
}

function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      link: e.isActive('link'),
    }),
  });
  return <RichTextToolbar editor={editor} active={active} label={t('richText.toolbar')} />;
}
