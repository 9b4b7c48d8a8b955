/** Rich text: an editor and a read-only view, both only through the editor's schema. */
export { RichTextEditor } from './RichTextEditor';
export { RichTextView } from './RichTextView';
export { richTextToHtml } from './richTextToHtml';
