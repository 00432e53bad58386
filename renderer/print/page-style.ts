/**
 * The printed page: its size and margins (shared/print.ts) and, in those
 * margins, the running header (briefing title, TLP marking) and footer
 * (marking, "Page X of Y") as CSS margin boxes, which Chromium prints since
 * version 131 (Electron 45 carries 140). Margin boxes are laid out with the
 * page's own fonts (the shipped Source Sans 3), where Chromium's header and
 * footer templates would need the fonts as data: URLs that the page's CSP
 * (font-src 'self') refuses. The rules depend on the briefing, so the view
 * adds them as a constructed stylesheet: CSSOM, which the CSP allows.
 */
import type { PdfOptions } from '../../shared/export.ts';
import type { TlpMarking } from '../../shared/model.ts';
import { PAPER, TLP_COLORS } from '../../shared/print.ts';

/** A CSS string literal for any text. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

export function pageStyleSheet({ title, marking, paper }: { title: string; marking: TlpMarking; paper: PdfOptions['paper'] }): string {
  const { width, height, margin } = PAPER[paper];
  const text = "font-family: 'Source Sans 3', sans-serif; font-size: 8pt; color: #4a4c55;";
  const label = `TLP:${marking}`;
  // A margin box takes the free width unless given one: sized to its label, so the black stays a badge.
  const badge =
    `content: ${cssString(label)}; width: ${(label.length * 1.75 + 5).toFixed(1)}mm; height: 4.6mm; ` +
    "font-family: 'Source Sans 3', sans-serif; font-size: 8pt; font-weight: 700; letter-spacing: 0.06em; " +
    `background: #000000; color: ${TLP_COLORS[marking]}; text-align: center; vertical-align: middle; ` +
    'print-color-adjust: exact; -webkit-print-color-adjust: exact;';
  return `@page {
  size: ${width}mm ${height}mm;
  margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm;
  @top-left { content: ${cssString(title)}; ${text} vertical-align: middle; margin-top: 9mm; margin-bottom: 9mm; }
  @top-right { ${badge} margin-top: 9.7mm; margin-bottom: 9.7mm; }
  @bottom-left { ${badge} margin-top: 8.7mm; margin-bottom: 8.7mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${text} vertical-align: middle; margin-top: 8mm; margin-bottom: 8mm; }
}`;
}
