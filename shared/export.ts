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
  })
  .strict();
export type PdfOptions = z.output<typeof pdfOptionsSchema>;
