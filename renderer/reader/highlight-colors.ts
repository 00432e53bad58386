/**
 * The highlight colours as CSS custom properties, generated from the one
 * table in shared/highlights.ts, so that no stylesheet repeats a colour value:
 *   --hl-<color>         the background, light or dark with the page (light-dark())
 *   --hl-<color>-light   the light background (also what print uses)
 *   --hl-<color>-dark    the dark background
 *   --hl-<color>-accent  the stronger tone for swatches, chips and markers
 * Set them on the element that holds highlights (the reader; later the print view).
 */
import type { CSSProperties } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';

export type HighlightLabels = Partial<Record<HighlightColor, string>>;

/** The custom properties for every colour, as a name → value record. */
export function highlightColorProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const color of HIGHLIGHT_COLORS) {
    const style = HIGHLIGHT_STYLES[color];
    properties[`--hl-${color}`] = `light-dark(${style.light}, ${style.dark})`;
    properties[`--hl-${color}-light`] = style.light;
    properties[`--hl-${color}-dark`] = style.dark;
    properties[`--hl-${color}-accent`] = style.accent;
  }
  return properties;
}

/** The same properties as a React `style` value (React sets custom properties through the CSSOM: CSP allows it). */
export const HIGHLIGHT_COLOR_STYLE = highlightColorProperties() as CSSProperties;

/** The first colour: what "Note" on a plain selection uses. */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = HIGHLIGHT_COLORS[0];

/** The colour a number key (1–5) stands for, or null. */
export function colorForKey(key: string): HighlightColor | null {
  const index = Number.parseInt(key, 10);
  if (!/^[1-9]$/.test(key) || index > HIGHLIGHT_COLORS.length) return null;
  return HIGHLIGHT_COLORS[index - 1] ?? null;
}

/** Every colour with its label (renamed or default) and its number key. */
export function labelledColors(labels: HighlightLabels): Array<{ color: HighlightColor; label: string; key: string }> {
  return HIGHLIGHT_COLORS.map((color, index) => ({ color, label: highlightLabel(color, labels), key: String(index + 1) }));
}
