import type { Extensions } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedExternalLink } from '../../../../shared/security/links';

/**
 * The editor's schema: the only way rich text reaches the page. Links are
 * limited to http, https and mailto both when typed and when loaded.
 */
export function richTextExtensions(): Extensions {
  return [
    StarterKit.configure({ heading: { levels: [1, 2, 3] }, link: false }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      protocols: ['mailto'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedExternalLink(url),
      shouldAutoLink: (url) => isAllowedExternalLink(url.includes(':') ? url : `https://${url}`),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
  ];
}
