/**
 * Highlight colours: one definition serves the reader, the notes panel and the
 * printed PDF. Each colour carries an analyst meaning the user can rename.
 */
import { z } from 'zod';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const highlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

export interface HighlightColorStyle {
  /** Default meaning, shown until the user renames it. */
  label: string;
  /** Background on light and sepia pages, and in print. */
  light: string;
  /** Background on dark pages. */
  dark: string;
  /** A stronger tone for swatches, margin markers and the PDF's note numbers. */
  accent: string;
}

export const HIGHLIGHT_STYLES: Record<HighlightColor, HighlightColorStyle> = {
  yellow: { label: 'Key fact', light: '#fff0a8', dark: '#6b5a12', accent: '#c9a400' },
  green: { label: 'Claim', light: '#c8f0c8', dark: '#24572c', accent: '#2e9e48' },
  blue: { label: 'Question', light: '#cfe3ff', dark: '#1f4573', accent: '#2f74d0' },
  pink: { label: 'Quote', light: '#ffd3e4', dark: '#6e2742', accent: '#d1477a' },
  purple: { label: 'Follow-up', light: '#e4d6ff', dark: '#4a3575', accent: '#7b52d6' },
};

/** The user's names for the colours, falling back to the defaults. */
export function highlightLabel(color: HighlightColor, renamed: Partial<Record<HighlightColor, string>> = {}): string {
  const name = renamed[color]?.trim();
  return name ? name : HIGHLIGHT_STYLES[color].label;
}
