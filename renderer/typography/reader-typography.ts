/**
 * Reader typography: the person's settings (font, size, line spacing, column
 * width) become custom properties and one attribute on the root element, and
 * the stylesheets read them:
 *
 *   --reader-font-size, --reader-line-height, --reader-column   (theme.css defaults, reader.css uses)
 *   data-reader-font="serif" | "sans"                            (typography.css picks --reader-font)
 *
 * This is the one place reader settings reach the page: anything drawn with
 * the reader's typography (the reader now, a print view later) reads the same
 * properties.
 */
import type { Settings } from '../../shared/settings.ts';

export type ReaderTypography = Settings['reader'];
export type ReaderFont = ReaderTypography['font'];

/** A setting's range and step, as the sliders offer it (inside the settings schema's limits). */
export interface Range {
  min: number;
  max: number;
  step: number;
}

export const FONT_SIZE: Range = { min: 12, max: 32, step: 1 };
export const LINE_HEIGHT: Range = { min: 1.1, max: 2.4, step: 0.05 };
export const COLUMN_WIDTH: Range = { min: 480, max: 1200, step: 20 };

export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];

/** A value moved onto the range's grid and inside its limits, free of floating-point dust. */
export function snap(value: number, range: Range): number {
  if (!Number.isFinite(value)) return range.min;
  const steps = Math.round((value - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  const clamped = Math.min(range.max, Math.max(range.min, snapped));
  return Number(clamped.toFixed(4));
}

/** The custom properties for a set of reader settings. */
export function readerProperties(reader: ReaderTypography): Record<string, string> {
  return {
    '--reader-font-size': `${reader.fontSize}px`,
    '--reader-line-height': String(reader.lineHeight),
    '--reader-column': `${reader.columnWidth}px`,
  };
}

const PROPERTY_NAMES = Object.keys(readerProperties({ font: 'serif', fontSize: 18, lineHeight: 1.6, columnWidth: 680 }));

/** Writes the settings onto `root` (normally <html>); null goes back to the stylesheet's defaults. */
export function applyReaderTypography(root: HTMLElement, reader: ReaderTypography | null | undefined): void {
  if (!reader) {
    for (const name of PROPERTY_NAMES) root.style.removeProperty(name);
    delete root.dataset.readerFont;
    return;
  }
  for (const [name, value] of Object.entries(readerProperties(reader))) root.style.setProperty(name, value);
  root.dataset.readerFont = reader.font;
}

interface SettingsStore {
  getState(): { settings: Settings | null };
  subscribe(listener: (state: { settings: Settings | null }, previous: { settings: Settings | null }) => void): () => void;
}

/** Keeps the root element in step with the stored reader settings; returns the function that stops. */
export function connectReaderTypography(store: SettingsStore, root: HTMLElement = document.documentElement): () => void {
  applyReaderTypography(root, store.getState().settings?.reader);
  return store.subscribe((state, previous) => {
    const reader = state.settings?.reader;
    if (reader !== previous.settings?.reader) applyReaderTypography(root, reader);
  });
}

/** How a value reads next to its slider and to a screen reader. */
export function describeFontSize(size: number): string {
  return `${size} px`;
}

export function describeLineHeight(lineHeight: number): string {
  return lineHeight.toFixed(2).replace(/0$/, '');
}

export function describeColumnWidth(width: number): string {
  return `${width} px`;
}
