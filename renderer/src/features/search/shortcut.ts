/** Whether this is a Mac, where the shortcut is ⌘K instead of Ctrl+K. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function shortcutLabel(): string {
  return isMac() ? '⌘K' : 'Ctrl+K';
}

/** Ctrl+K, or ⌘K on a Mac; by key or, on other layouts, by the key's place. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const modifier = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return (
    modifier &&
    !event.altKey &&
    !event.shiftKey &&
    (event.key.toLowerCase() === 'k' || event.code === 'KeyK')
  );
}
