/**
 * "About Briefing Reader": reached from the sidebar with the keyboard, or
 * from the application menu (its event), it names the version and the
 * third-party data and fonts the app ships, with their licences and the
 * attribution their licences ask for, in both themes.
 */
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { seriousViolations } from '../helpers/axe.ts';
import { shoot, useApp } from '../helpers/chromium.ts';

const start = useApp();

describe('the About view', () => {
  it.each(['light', 'dark'] as const)('(%s) opens from the sidebar with the keyboard and gives the version and the data’s attributions', async (colorScheme) => {
    const session = await start({ colorScheme });
    const { page } = session;
    const button = page.getByRole('button', { name: 'About Briefing Reader' });
    // Tab reaches it from the control before it, the footer's Library menu.
    await page.getByRole('button', { name: 'Library', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'About Briefing Reader' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain(`Version ${packageJson.version}`);
    const text = (await dialog.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('iso3166-2-db');
    expect(text).toContain('© OpenStreetMap contributors, ODbL');
    expect(text).toContain('© GeoNames, geonames.org, CC BY 4.0');
    expect(text).toContain('Wikipedia');
    expect(text).toContain('SIL Open Font License 1.1');
    await shoot(page, `about-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('opens from the application menu’s Help › About Briefing Reader', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    // The menu item emits this event to the window (electron/shell/menu.ts); the bridge forwards it the same way.
    session.preview.backend.events.emit('showAbout', {});
    const dialog = page.getByRole('dialog', { name: 'About Briefing Reader' });
    await expect.poll(() => dialog.textContent()).toContain(`Version ${packageJson.version}`);
    expect(session.pageErrors).toEqual([]);
  });
});
