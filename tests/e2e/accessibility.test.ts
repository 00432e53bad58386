import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/chromium.ts';
import { seriousViolations } from '../helpers/axe.ts';

const start = useApp();

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('the library and reader views have no serious or critical violations in %s', async (colorScheme) => {
    const { page } = await start({ colorScheme });
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('option', { name: 'Northern corridor ports report shorter queues after new inspection rules' }).click();
    await page.getByRole('article', { name: 'Reader' }).getByText(/Average waiting time/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('every control can be reached with the keyboard and shows where focus is', async () => {
    const { page } = await start();
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    const seen: Array<{ name: string; outlined: boolean }> = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if ((await focused.count()) === 0) break; // past the last control, focus went back to the page
      // The accessibility tree's own line for the element, e.g. `- button "All articles"`.
      const name = /"(.*)"/.exec((await focused.ariaSnapshot()).split('\n')[0] ?? '')?.[1] ?? '';
      const outlined = await focused.evaluate((element) => {
        const style = getComputedStyle(element);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      });
      seen.push({ name, outlined });
    }
    const names = seen.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['All articles', 'New briefing', 'Import']));
    expect(seen.filter((s) => !s.outlined)).toEqual([]);
  });
});
