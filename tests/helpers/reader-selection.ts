/** Selecting text in the reader from a test. */
import type { Page } from 'playwright-core';

/** Selects `phrase` the way a script can: a DOM Range, no mouse. */
export async function selectWithRange(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('.reader-body')!;
    const at = body.textContent.indexOf(wanted);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let position = 0;
    let started = false;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!started && at < position + node.data.length) {
        range.setStart(node, at - position);
        started = true;
      }
      if (started && at + wanted.length <= position + node.data.length) {
        range.setEnd(node, at + wanted.length - position);
        break;
      }
      position += node.data.length;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}
