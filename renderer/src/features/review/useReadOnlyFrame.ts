import { useEffect, type RefObject } from 'react';

/** Where a mentor may still type: the comment form (see MentorSessionView). */
export const writableAttribute = 'data-mentor-writable';

const fieldSelector = 'input, textarea';
const toggleTypes = new Set(['checkbox', 'radio']);
/** Keys that move around or copy, never change anything. */
const safeKeys = new Set([
  'Tab',
  'Escape',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Shift',
  'Control',
  'Alt',
  'Meta',
]);

const writable = (element: Element) => element.closest(`[${writableAttribute}]`) !== null;
/** Marks the fields this hook made read-only, so they are given back if the role changes. */
const lockedAttribute = 'data-mentor-locked';

function isLocked(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement) || writable(target)) return false;
  // `closest`, not `isContentEditable`: the same in every engine, jsdom included.
  return (
    target.matches(fieldSelector) ||
    target.closest('[contenteditable=""], [contenteditable="true"]') !== null
  );
}

function lockFields(root: HTMLElement): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    fieldSelector,
  )) {
    if (writable(field) || field.readOnly) continue;
    if (field instanceof HTMLInputElement && toggleTypes.has(field.type)) continue;
    field.readOnly = true;
    field.setAttribute(lockedAttribute, '');
  }
}

function unlockFields(root: HTMLElement): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    `[${lockedAttribute}]`,
  )) {
    field.readOnly = false;
    field.removeAttribute(lockedAttribute);
  }
}

/**
 * Turns the leader's editors inside `ref` into views for their mentor: text
 * fields become read-only, checkboxes and rich-text editors ignore input,
 * pasting and dropping do nothing. Links, tabs and buttons keep working; a
 * button that would write is refused by db/items.ts with a message. Fields
 * inside `[data-mentor-writable]` (the comment form) are left alone.
 */
export function useReadOnlyFrame(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || !active) return;
    lockFields(root);
    const observer = new MutationObserver(() => lockFields(root));
    observer.observe(root, { childList: true, subtree: true });
    const block = (event: Event) => {
      if (!isLocked(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const copying = (event.ctrlKey || event.metaKey) && ['c', 'a'].includes(event.key);
      if (safeKeys.has(event.key) || copying) return;
      block(event);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && toggleTypes.has(target.type)) block(event);
    };
    const listeners: [string, (event: never) => void][] = [
      ['keydown', onKeyDown],
      ['beforeinput', block],
      ['paste', block],
      ['cut', block],
      ['drop', block],
      ['click', onClick],
    ];
    for (const [type, listener] of listeners)
      root.addEventListener(type, listener as EventListener, true);
    return () => {
      observer.disconnect();
      unlockFields(root);
      for (const [type, listener] of listeners)
        root.removeEventListener(type, listener as EventListener, true);
    };
  }, [ref, active]);
}
