/**
 * What import accepts and what it answers, shared by the UI, the CLI and the
 * main process.
 */
import { z } from 'zod';
import { idSchema } from './model.ts';

/** Largest page or file we import: larger ones are refused before they are read. */
export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
export const MAX_BATCH_ITEMS = 500;
export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_BYTES_PER_ARTICLE = 40 * 1024 * 1024;

export const importItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.string().min(1).max(8192) }).strict(),
  z
    .object({
      kind: z.literal('file'),
      name: z.string().min(1).max(1024),
      /** The file's bytes, base64: the same on IPC and on the HTTP bridge. */
      data: z.base64().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, 'The file is larger than 15 MB.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('text'),
      text: z.string().max(MAX_IMPORT_BYTES, 'The text is longer than 15 MB.'),
      /** The copy's text/html, when a browser copied a page: its structure finds the story. */
      html: z.string().max(MAX_IMPORT_BYTES, 'The copied page structure (its HTML) is longer than 15 MB: paste the text alone.').optional(),
      name: z.string().max(1024).optional(),
    })
    .strict(),
]);
export type ImportItem = z.infer<typeof importItemSchema>;

export const importBatchSchema = z
  .object({
    /** Chosen by the caller, so it can cancel the batch while it runs. */
    batchId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A batch id is 8 to 64 letters, digits, _ or -.'),
    items: z.array(importItemSchema).min(1).max(MAX_BATCH_ITEMS, `At most ${MAX_BATCH_ITEMS} items at once.`),
    briefingId: idSchema.optional(),
  })
  .strict();

export const IMPORT_STATUSES = ['saved', 'duplicate', 'error', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One line per input, as the CLI's --json prints it. */
export interface ImportOutcome {
  input: string;
  status: ImportStatus;
  id: number | null;
  title: string | null;
  byline: string | null;
  site: string | null;
  words: number | null;
  error: string | null;
  /** Images of the saved article that could not be saved with it (each left a placeholder); 0 unless saved. */
  imagesNotSaved: number;
}

/** “2 images could not be saved” for an outcome that lost any, else null. */
export function imagesNotSavedText(outcome: Pick<ImportOutcome, 'imagesNotSaved'>): string | null {
  const count = outcome.imagesNotSaved;
  if (count === 0) return null;
  return `${count === 1 ? '1 image' : `${count} images`} could not be saved`;
}

export interface ImportProgress {
  batchId: string;
  /** How many items are finished, of `total`. */
  done: number;
  total: number;
  /** The item that just finished: its place in the batch's items, and its outcome. */
  index: number;
  outcome: ImportOutcome;
}

export type SourceKind = 'html' | 'text' | 'markdown';

/** What a file name says about its content; the bytes are still checked. */
export function sourceKindOfFileName(name: string): SourceKind | { unsupported: string } {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'txt':
    case 'text':
      return 'text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'pdf':
      return { unsupported: 'PDF import is not supported yet.' };
    default:
      return {
        unsupported: `Files ending in ${extension ? `.${extension}` : 'no extension'} cannot be imported: use .html, .htm, .txt or .md.`,
      };
  }
}

/** The label an input gets in progress lists and CLI output. */
export function describeItem(item: ImportItem): string {
  if (item.kind === 'url') return item.url;
  if (item.kind === 'file') return item.name;
  return item.name ?? 'pasted text';
}
