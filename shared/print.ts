/**
 * The print view's address and page geometry, shared by the view that draws
 * the pages (renderer/print/) and the printers that print them
 * (electron/export/pdf/): both must agree on what a page is.
 */
import { idSchema, type TlpMarking } from './model.ts';
import { pdfOptionsSchema, type PdfOptions } from './export.ts';

/** The print view's page in the built renderer. */
export const PRINT_PAGE = 'print/print.html';

/** Set on <html> when the pages are laid out and their fonts loaded: the printer may print. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** Set on <html> instead, with a message for a person, when the view cannot draw the briefing. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
/** On each table-of-contents entry: the id of the heading it points to; its text is the page number. */
export const TOC_TARGET_ATTRIBUTE = 'data-toc-target';

export interface PrintRequest {
  briefingId: number;
  options: PdfOptions;
}

/** The query string of the print view for a request: `?briefing=3&content=full&paper=a4&notes=margin&timeline=false`. */
export function printQuery({ briefingId, options }: PrintRequest): string {
  const params = new URLSearchParams({ briefing: String(briefingId), ...options, timeline: String(options.timeline) });
  return `?${params.toString()}`;
}

/** Reads a print view's query string back; null when it does not name a briefing and valid options. */
export function parsePrintQuery(search: string): PrintRequest | null {
  const params = new URLSearchParams(search);
  const briefingId = idSchema.safeParse(Number(params.get('briefing')));
  const options = pdfOptionsSchema.safeParse({
    ...(params.has('content') ? { content: params.get('content') } : {}),
    ...(params.has('paper') ? { paper: params.get('paper') } : {}),
    ...(params.has('notes') ? { notes: params.get('notes') } : {}),
    ...(params.has('timeline') ? { timeline: params.get('timeline') === 'true' } : {}),
  });
  return briefingId.success && options.success ? { briefingId: briefingId.data, options: options.data } : null;
}

export interface PageGeometry {
  /** The sheet, in millimetres. */
  width: number;
  height: number;
  /** Page margins in millimetres; the running header and footer are drawn inside top and bottom. */
  margin: { top: number; right: number; bottom: number; left: number };
}

const MARGINS = { top: 24, right: 20, bottom: 22, left: 22 };

export const PAPER: Record<PdfOptions['paper'], PageGeometry> = {
  a4: { width: 210, height: 297, margin: MARGINS },
  letter: { width: 215.9, height: 279.4, margin: MARGINS },
};

/** CSS pixels per millimetre (96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

/** The area text may fill on one page, in CSS pixels. */
export function contentBox(paper: PdfOptions['paper']): { width: number; height: number } {
  const { width, height, margin } = PAPER[paper];
  return {
    width: (width - margin.left - margin.right) * PX_PER_MM,
    height: (height - margin.top - margin.bottom) * PX_PER_MM,
  };
}

/** FIRST's TLP 2.0 text colours, on black (the values theme.css gives the app). */
export const TLP_COLORS: Record<TlpMarking, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};
