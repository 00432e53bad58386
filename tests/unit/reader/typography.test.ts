// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings.ts';
import {
  COLUMN_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  applyReaderTypography,
  connectReaderTypography,
  describeLineHeight,
  readerProperties,
  snap,
} from '../../../renderer/typography/reader-typography.ts';

const settings = (reader: Partial<Settings['reader']> = {}, theme: Settings['theme'] = 'system'): Settings => ({
  ...DEFAULT_SETTINGS,
  theme,
  reader: { ...DEFAULT_SETTINGS.reader, ...reader },
});

describe('reader typography', () => {
  it('keeps slider values on their grid and inside the settings schema', () => {
    expect(snap(1.1 + 0.05 * 7, LINE_HEIGHT)).toBe(1.45);
    expect(snap(1.62, LINE_HEIGHT)).toBe(1.6);
    expect(snap(9, FONT_SIZE)).toBe(12);
    expect(snap(40, FONT_SIZE)).toBe(32);
    expect(snap(691, COLUMN_WIDTH)).toBe(700);
    expect(snap(Number.NaN, COLUMN_WIDTH)).toBe(480);
    for (const range of [FONT_SIZE, LINE_HEIGHT, COLUMN_WIDTH]) {
      for (let value = range.min; value <= range.max; value += range.step) {
        const snapped = snap(value, range);
        expect(snapped).toBeGreaterThanOrEqual(range.min);
        expect(snapped).toBeLessThanOrEqual(range.max);
        expect(String(snapped)).not.toMatch(/\d{5,}/);
      }
    }
    expect(Number.isInteger(snap(733.3, COLUMN_WIDTH))).toBe(true);
  });

  it('turns settings into the custom properties the stylesheets read', () => {
    expect(readerProperties({ font: 'sans', fontSize: 21, lineHeight: 1.8, columnWidth: 760 })).toEqual({
      '--reader-font-size': '21px',
      '--reader-line-height': '1.8',
      '--reader-column': '760px',
    });
    expect(describeLineHeight(1.6)).toBe('1.6');
    expect(describeLineHeight(1.45)).toBe('1.45');
    expect(describeLineHeight(2)).toBe('2.0');
  });

  it('writes them on the root, and takes them away again', () => {
    const root = document.createElement('html');
    applyReaderTypography(root, { font: 'sans', fontSize: 24, lineHeight: 1.9, columnWidth: 900 });
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('24px');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.9');
    expect(root.style.getPropertyValue('--reader-column')).toBe('900px');
    expect(root.dataset.readerFont).toBe('sans');
    applyReaderTypography(root, null);
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('');
    expect(root.dataset.readerFont).toBeUndefined();
  });

  it('follows the store: at once, on every reader change, and not on unrelated ones', () => {
    const store = createStore<{ settings: Settings | null }>()(() => ({ settings: null }));
    const root = document.createElement('html');
    const writes: string[] = [];
    const setProperty = root.style.setProperty.bind(root.style);
    root.style.setProperty = (name: string, value: string | null, priority?: string) => {
      writes.push(`${name}=${value}`);
      setProperty(name, value, priority);
    };
    const stop = connectReaderTypography(store, root);
    expect(root.dataset.readerFont).toBeUndefined();

    store.setState({ settings: settings({ fontSize: 20 }) });
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('20px');
    expect(root.dataset.readerFont).toBe('serif');

    const count = writes.length;
    const current = store.getState().settings!;
    store.setState({ settings: { ...current, theme: 'sepia' } });
    expect(writes.length).toBe(count);

    store.setState({ settings: { ...current, reader: { ...current.reader, font: 'sans' } } });
    expect(root.dataset.readerFont).toBe('sans');

    stop();
    store.setState({ settings: settings({ fontSize: 30 }) });
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('20px');
  });
});

describe('text settings while a slider moves', () => {
  it('never step back to an older value, whatever order the answers come in', async () => {
    const { useAppStore } = await import('../../../renderer/store/store.ts');
    const { applySettingsPatch } = await import('../../../shared/settings.ts');
    type Pending = { resolve: () => void };
    const pending: Pending[] = [];
    let stored = settings();
    const reply = <T>(value: () => T) =>
      new Promise<{ ok: true; value: T }>((resolve) => pending.push({ resolve: () => resolve({ ok: true, value: value() }) }));
    (window as unknown as { briefing: unknown }).briefing = {
      getSettings: () => {
        const snapshot = stored;
        return reply(() => snapshot);
      },
      updateSettings: (patch: Parameters<typeof applySettingsPatch>[1]) => {
        stored = applySettingsPatch(stored, patch);
        const snapshot = stored;
        return reply(() => snapshot);
      },
    };
    useAppStore.setState({ settings: settings() });
    const size = () => useAppStore.getState().settings?.reader.fontSize;

    const first = useAppStore.getState().updateSettings({ reader: { fontSize: 19 } });
    const reload = useAppStore.getState().loadSettings(); // "settings changed" from the first save
    const second = useAppStore.getState().updateSettings({ reader: { fontSize: 20 } });
    expect(size()).toBe(20);

    pending[0]!.resolve(); // the first save answers: 19
    await first;
    expect(size()).toBe(20);
    pending[1]!.resolve(); // the reload started before the second change
    await reload;
    expect(size()).toBe(20);
    pending[2]!.resolve();
    await second;
    expect(size()).toBe(20);

    // Once nothing is on its way, a reload shows what another window saved.
    stored = applySettingsPatch(stored, { reader: { fontSize: 26 } });
    const later = useAppStore.getState().loadSettings();
    pending[3]!.resolve();
    await later;
    expect(size()).toBe(26);
  });
});
