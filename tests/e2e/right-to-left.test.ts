/**
 * Right-to-left text where the app lists it: a Hebrew or Arabic name in the
 * entity index reads in its own direction and lines up with its own start
 * (the right), while the row keeps its checkbox, count and export box in place;
 * an Arabic line among English key judgments reads right to left; an Arabic
 * article's quotes in a PDF digest have their colour bar where their lines start.
 */
import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../shared/tradecraft/model.ts';
import { printViewUrl } from '../../electron/export/pdf/headless.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const start = useApp();

const STRIKE = `Dock strike paused in Vellmar

The freight workers' union at the port of Vellmar agreed on Tuesday to pause its strike for three weeks while negotiators meet the harbour authority.

Union secretary Tomas Bergen said the pause was a gesture, not a surrender. The authority's director, Ana Quell, welcomed the decision and said talks would begin on Thursday in Ostbrück.`;

async function call<T>(session: PreviewSession, name: string, args: unknown): Promise<T> {
  const result = await session.preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('right-to-left names in the entity index', () => {
  it.each([
    ['Hebrew', 'דנה לוי'],
    ['Arabic', 'ليلى منصور'],
  ])('a %s name is right-to-left and aligned to the right of its column, the row unchanged', async (_script, name) => {
    const session = await start();
    const { page } = session;
    await call(session, 'importBatch', { batchId: 'rtl-names', items: [{ kind: 'text', text: STRIKE }] });
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Entities' }).click();
    const pane = page.locator('.list-pane');
    await pane.locator('.entity-row').first().waitFor();
    const [person] = await call<EntitySummary[]>(session, 'listEntities', { kind: 'person' });
    await call(session, 'renameEntity', { id: person!.id, name });

    const row = pane.locator('.entity-row', { has: page.getByText(name, { exact: true }) });
    await row.waitFor();
    const layout = await row.evaluate((element) => {
      const nameElement = element.querySelector('.entity-name')!;
      const text = document.createRange();
      text.selectNodeContents(nameElement);
      const box = (selector: string) => element.querySelector(selector)!.getBoundingClientRect();
      return {
        direction: getComputedStyle(nameElement).direction,
        textLeft: text.getBoundingClientRect().left,
        textRight: text.getBoundingClientRect().right,
        column: box('.entity-name'),
        checkRight: box('.entity-check').right,
        countLeft: box('.entity-count').left,
      };
    });
    expect(layout.direction).toBe('rtl');
    // Aligned to its start: the text ends at the column's right edge, with the room left over on its left.
    expect(Math.abs(layout.textRight - layout.column.right)).toBeLessThan(1);
    expect(layout.textLeft - layout.column.left).toBeGreaterThan(50);
    expect(layout.checkRight).toBeLessThanOrEqual(layout.column.left);
    expect(layout.column.right).toBeLessThanOrEqual(layout.countLeft);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('right-to-left tag and briefing names in the sidebar', () => {
  it('an Arabic tag and a Hebrew briefing read right to left and line up with the right of their column', async () => {
    const session = await start();
    const { page } = session;
    await call(session, 'importBatch', { batchId: 'rtl-tags', items: [{ kind: 'text', text: STRIKE }] });
    const reader = page.getByRole('article', { name: 'Reader' });
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: 'Dock strike paused in Vellmar' }).click();
    const field = reader.getByRole('combobox', { name: 'Add a tag to this article' });
    await field.fill('موانئ');
    await field.press('Enter');
    await call(session, 'createBriefing', { title: 'תדריך נמלים' });

    const sidebar = page.getByRole('navigation', { name: 'Library' });
    const alignment = async (label: string) => {
      const item = sidebar.locator('.nav-label', { hasText: label });
      await item.waitFor();
      return item.evaluate((element) => {
        const text = document.createRange();
        text.selectNodeContents(element);
        const column = element.getBoundingClientRect();
        // A briefing's title keeps room on its right for the row's "More actions" button: its column ends before the padding.
        const style = getComputedStyle(element);
        const contentRight = column.right - parseFloat(style.paddingRight);
        return { direction: style.direction, gapRight: contentRight - text.getBoundingClientRect().right, gapLeft: text.getBoundingClientRect().left - column.left };
      });
    };
    for (const label of ['موانئ', 'תדריך נמלים']) {
      const { direction, gapRight, gapLeft } = await alignment(label);
      expect(direction, label).toBe('rtl');
      expect(Math.abs(gapRight), label).toBeLessThan(1);
      expect(gapLeft, label).toBeGreaterThan(10);
    }
    // The chips on the article, in the reader and on its row in the list, read in their own direction too.
    const chipDirections = () => page.locator('.tag-chip-name').evaluateAll((names) => names.map((name) => `${name.textContent} ${getComputedStyle(name).direction}`));
    await expect.poll(chipDirections).toEqual(['موانئ rtl', 'موانئ rtl']);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('an Arabic line in an English briefing’s key judgments', () => {
  it('reads right to left: its closing full stop stands at its left end, after its last word', async () => {
    const session = await start();
    const { page } = session;
    const arabic = 'الصادرات عبر البحر الأحمر ترتفع أيضا.';
    const briefing = await call<{ id: number }>(session, 'createBriefing', { title: 'Grain routes' });
    await call(session, 'updateBriefing', { id: briefing.id, summary: `- Baltic exports stay high until the ice season.\n- ${arabic}` });
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Grain routes, TLP/ }).click();
    const line = page.locator('.judgments-body li', { hasText: 'الصادرات' });
    await line.waitFor();

    const layout = await line.evaluate((element) => {
      const text = element.firstChild as Text;
      const box = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect();
      };
      const firstWord = text.data.indexOf(' ');
      return { firstWordLeft: box(0, firstWord).left, stopRight: box(text.data.length - 1, text.data.length).right };
    });
    expect(layout.stopRight).toBeLessThanOrEqual(layout.firstWordLeft);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('an Arabic article in a PDF digest', () => {
  it('draws each quote’s colour bar on the right, where its lines start', async () => {
    const session = await start();
    const { page, preview } = session;
    const arabic = `ارتفاع صادرات الحبوب

ارتفعت صادرات الحبوب عبر موانئ البحر الأحمر للشهر الثالث على التوالي في أكتوبر، بعد أن عادت شركات التأمين إلى السوق وانخفضت أسعار الشحن.

وقال التجار إن التعافي لا يزال هشاً، وأضاف أحد الوسطاء أن شركات التأمين عادت لأن الحوادث توقفت وليس لأن الخطر زال.`;
    await call(session, 'importBatch', { batchId: 'rtl-digest', items: [{ kind: 'text', text: arabic }] });
    const { items } = await call<{ items: Array<{ id: number; title: string }> }>(session, 'listArticles', {});
    const article = items.find((item) => item.title === 'ارتفاع صادرات الحبوب');
    const { text } = await call<{ text: string }>(session, 'getArticle', { id: article!.id });
    const quote = 'عادت شركات التأمين إلى السوق';
    await call(session, 'createHighlight', { articleId: article!.id, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: 'green' });
    const briefing = await call<{ id: number }>(session, 'createBriefing', { title: 'Red Sea grain' });
    await call(session, 'addArticlesToBriefing', { briefingId: briefing.id, articleIds: [article!.id] });

    await page.goto(printViewUrl(preview.bridge, { briefingId: briefing.id, options: { content: 'digest', paper: 'a4', notes: 'margin', timeline: false } }));
    const card = page.locator('.digest-quotes .quote').first();
    await card.waitFor();
    const bar = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      return { left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
    });
    expect(bar.right).toBeGreaterThan(0);
    expect(bar.left).toBe(0);
  });
});
