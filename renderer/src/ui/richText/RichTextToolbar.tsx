import type { Editor } from '@tiptap/core';
import {
  Bold,
  Heading2,
  Italic,
  Link as LinkIcon,
  List,
  ListChecks,
  ListOrdered,
  Redo2,
  Undo2,
} from 'lucide-react';
import { Popover, Toolbar } from 'radix-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedExternalLink } from '../../../../shared/security/links';
import { Button } from '../Button';
import { controlClassName } from '../Field';
import styles from './RichText.module.css';

type Active = Record<
  'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList' | 'taskList' | 'link',
  boolean
>;

function Tool(props: {
  label: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Toolbar.Button
      className={styles.toolButton}
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      onClick={props.onClick}
    >
      {props.children}
    </Toolbar.Button>
  );
}

/** Formatting buttons; arrow keys move between them (Radix Toolbar). */
export function RichTextToolbar({
  editor,
  active,
  label,
}: {
  editor: Editor;
  active: Active;
  label: string;
}) {
  const { t } = useTranslation();
  const chain = () => editor.chain().focus();
  return (
    <Toolbar.Root className={styles.toolbar} aria-label={label}>
      <Tool
        label={t('richText.bold')}
        pressed={active.bold}
        onClick={() => chain().toggleBold().run()}
      >
        <Bold size={16} aria-hidden="true" />
      </Tool>
      <Tool
        label={t('richText.italic')}
        pressed={active.italic}
        onClick={() => chain().toggleItalic().run()}
      >
        <Italic size={16} aria-hidden="true" />
      </Tool>
      <Tool
        label={t('richText.heading')}
        pressed={active.heading}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      >
        <Heading2 size={16} aria-hidden="true" />
      </Tool>
      <Toolbar.Separator className={styles.separator} />
      <Tool
        label={t('richText.bulletList')}
        pressed={active.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        <List size={16} aria-hidden="true" />
      </Tool>
      <Tool
        label={t('richText.orderedList')}
        pressed={active.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        <ListOrdered size={16} aria-hidden="true" />
      </Tool>
      <Tool
        label={t('richText.taskList')}
        pressed={active.taskList}
        onClick={() => chain().toggleTaskList().run()}
      >
        <ListChecks size={16} aria-hidden="true" />
      </Tool>
      <LinkTool editor={editor} active={active.link} />
      <Toolbar.Separator className={styles.separator} />
      <Tool label={t('richText.undo')} onClick={() => chain().undo().run()}>
        <Undo2 size={16} aria-hidden="true" />
      </Tool>
      <Tool label={t('richText.redo')} onClick={() => chain().redo().run()}>
        <Redo2 size={16} aria-hidden="true" />
      </Tool>
    </Toolbar.Root>
  );
}

function LinkTool({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onOpenChange = (next: boolean) => {
    if (next) setUrl((editor.getAttributes('link').href as string | undefined) ?? '');
    setInvalid(false);
    setOpen(next);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (!trimmed) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      setOpen(false);
      return;
    }
    const href = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
    if (!isAllowedExternalLink(href)) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setOpen(false);
  };

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <Toolbar.Button
          className={styles.toolButton}
          aria-label={t('richText.link')}
          title={t('richText.link')}
          aria-pressed={active}
        >
          <LinkIcon size={16} aria-hidden="true" />
        </Toolbar.Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.linkPopover} sideOffset={6} align="start">
          <form onSubmit={apply} className={styles.linkForm}>
            <label htmlFor="rich-text-link">{t('richText.linkAddress')}</label>
            <input
              id="rich-text-link"
              className={controlClassName}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              placeholder="https://"
              aria-invalid={invalid}
              autoFocus
            />
            {invalid && (
              <p role="alert" className={styles.linkError}>
                {t('richText.linkInvalid')}
              </p>
            )}
            <Button type="submit" size="small" variant="primary">
              {t('richText.linkApply')}
            </Button>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
