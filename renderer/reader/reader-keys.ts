/**
 * The reader's one-key shortcuts listen on the whole document; a key press is
 * theirs only when it lands in the reader (or on the page itself), outside any
 * text field and any dialog, and no one took it first.
 */
export function isReaderKey(event: KeyboardEvent, reader: HTMLElement | null): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (!reader || !target) return false;
  if (target !== document.body && !reader.contains(target)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog') === null;
}
