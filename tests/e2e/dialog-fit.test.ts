/**
 * A dialog fits the window whatever it lists: "Add to briefing…" with a
 * briefing of a long title cuts the title with an ellipsis (full title as its
 * tooltip) instead of growing past its own width, so its close button, the
 * article count and "Create and add" stay in view with no sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import { shoot, useApp } from '../helpers/chromium.ts';

const start = useApp();

const LONG_TITLE = 'Northern corridor ports, the Vellmar dock strike and the grain backlog: what the mediator must settle before the November deadline';
const ARTICLE = 'Northern corridor ports report shorter queues after new inspection rules';

describe('the Add to briefing dialog', () => {
  it('keeps a long briefing title inside the dialog and every control in view', async () => {
    const session = await start();
    const { page } = session;
    const created = await session.preview.backend.dispatch('createBriefing', { title: LONG_TITLE });
    expect(created.ok).toBe(true);
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ }).click();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: ARTICLE }).click();
    await page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: 'Add to briefing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to briefing' });
    const choice = dialog.getByRole('button', { name: new RegExp(`^${LONG_TITLE}`) });
    await choice.waitFor();
    await shoot(page, 'add-to-briefing-long-title');

    // Nothing in the dialog scrolls sideways.
    const scrollingSideways = await dialog.evaluate((element): string[] =>
      [element, ...element.querySelectorAll('*')]
        .filter((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth + 1)
        .map((node) => String(node.className)),
    );
    expect(scrollingSideways).toEqual([]);
    const dialogBox = (await dialog.boundingBox())!;
    for (const control of [dialog.getByRole('button', { name: 'Close' }), choice.locator('.add-briefing-choice-count'), dialog.getByRole('button', { name: 'Create and add' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
    }
    expect(await choice.locator('.add-briefing-choice-title').getAttribute('title')).toBe(LONG_TITLE);
    expect(session.pageErrors).toEqual([]);
  });
});
