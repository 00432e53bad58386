/** What a briefing can be exported as, and the choices each format offers. */
import { z } from 'zod';

export const EXPORT_FORMATS = ['pdf', 'markdown', 'html', 'annotations', 'bundle'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const pdfOptionsSchema = z
  .object({
    /** Whole articles, or a digest that quotes each highlight with its note and source. */
    content: z.enum(['full', 'digest']).default('full'),
    paper: z.enum(['a4', 'letter']).default('a4'),
    /** Notes as numbered callouts in the margin, or as endnotes after each article. */
    notes: z.enum(['margin', 'endnotes']).default('margin'),
    /** A timeline of the dated events the articles mention, before the sources. */
    timeline: z.boolean().default(false),
  })
  .strict();
export type PdfOptions = z.output<typeof pdfOptionsSchema>;

/** The file extension each format is saved with. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: '.pdf',
  markdown: '.md',
  html: '.html',
  annotations: '.json',
  bundle: '.briefing',
};

/** What each format is called in dialogs and messages. */
export const EXPORT_FORMAT_NAMES: Record<ExportFormat, string> = {
  pdf: 'PDF',
  markdown: 'Markdown',
  html: 'HTML',
  annotations: 'Web Annotations JSON',
  bundle: 'Briefing bundle',
};

export const markdownOptionsSchema = z
  .object({
    /** Each article's whole text after its highlights. */
    fullText: z.boolean().default(false),
  })
  .strict();
export type MarkdownOptions = z.output<typeof markdownOptionsSchema>;

/** What the export dialog last chose: it opens with the same choice, after a restart too. */
export const exportChoiceSchema = z
  .object({
    format: exportFormatSchema,
    pdf: pdfOptionsSchema.prefault({}),
    markdown: markdownOptionsSchema.prefault({}),
  })
  .strict();
export type ExportChoice = z.output<typeof exportChoiceSchema>;
export const DEFAULT_EXPORT_CHOICE: ExportChoice = exportChoiceSchema.parse({ format: 'pdf' });

/** What the renderer asks for: never a path. Main asks the person where to save. */
export const exportRequestSchema = z
  .object({
    /** Chosen by the renderer, so it can follow this export's progress events. */
    exportId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'An export id is 8 to 64 letters, digits, _ or -.'),
    briefingId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    format: exportFormatSchema,
    pdf: pdfOptionsSchema.optional(),
    markdown: markdownOptionsSchema.optional(),
  })
  .strict();
export type ExportRequest = z.output<typeof exportRequestSchema>;

export type ExportResult = { cancelled: true } | { cancelled: false; path: string; bytes: number };

export interface ExportProgress {
  exportId: string;
  /** What is happening now, for a person: "Packing images…". */
  stage: string;
  /** 0..1 */
  fraction: number;
}

/**
 * A file name for a briefing: its title without the characters file systems
 * refuse (or that would make it a path), shortened, and the format's extension.
 */
export function suggestedFileName(title: string, format: ExportFormat): string {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base === '' ? 'briefing' : base}${EXPORT_EXTENSIONS[format]}`;
}
