/**
 * Copying text: the async Clipboard API first; where the page is refused it
 * (no permission, no focus), the old way: a hidden text field, selected and
 * copied with execCommand('copy'). The person's selection and focus are put
 * back afterwards.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextField(text);
  }
}

function copyWithTextField(text: string): boolean {
  const selection = document.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'clipboard-helper';
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  document.body.appendChild(field);
  let copied: boolean;
  try {
    field.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    focused?.focus({ preventScroll: true });
    if (selection) {
      selection.removeAllRanges();
      for (const range of ranges) selection.addRange(range);
    }
  }
  return copied;
}
