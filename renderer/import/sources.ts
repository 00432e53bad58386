/**
 * What a person hands the app to import — files, links, pasted text — and how
 * it becomes the contract's import items: which files are refused before they
 * are read (too large, a kind we cannot import), how links are recognised in
 * pasted or dropped text, and how file bytes are encoded for the call.
 */
import { MAX_IMPORT_BYTES, sourceKindOfFileName, type ImportItem } from '../../shared/import.ts';
import { checkImportUrl } from '../../shared/urls.ts';

/** Something to import, before it is read. Files stay `File`s until their batch is sent. */
export type ImportSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File }
  /** `html`: the copy's text/html, when a browser copied a page (its structure finds the story in main). */
  | { kind: 'text'; text: string; html?: string }
  /** Refused before reading (a folder, say): shown in the results with `reason`. */
  | { kind: 'refused'; label: string; reason: string };

/** The label a source gets in the results: the address, the file name, or "pasted text". */
export function sourceLabel(source: ImportSource): string {
  switch (source.kind) {
    case 'url':
      return source.url;
    case 'file':
      return source.file.name;
    case 'text':
      return 'pasted text';
    case 'refused':
      return source.label;
  }
}

const MB = 1024 * 1024;

/** "200 MB", "1.5 MB", "340 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  const format = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });
  if (bytes >= MB) return `${format(bytes / MB)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** Why a file is not read at all, or null when it may be imported. */
export function fileRefusal(file: Pick<File, 'name' | 'size'>): string | null {
  const kind = sourceKindOfFileName(file.name);
  if (typeof kind !== 'string') return kind.unsupported;
  if (file.size > MAX_IMPORT_BYTES) {
    const limit = formatBytes(MAX_IMPORT_BYTES);
    const size = formatBytes(file.size);
    return `${file.name} is ${size === limit ? `more than ${limit}` : size}; the largest file that can be imported is ${limit}.`;
  }
  return null;
}

/** Why pasted text is not sent at all, or null when it may be imported. */
export function textRefusal(text: string): string | null {
  if (text.trim() === '') return 'The pasted text is empty.';
  if (text.length > MAX_IMPORT_BYTES) {
    return `The pasted text is ${formatBytes(text.length)}; the most that can be imported at once is ${formatBytes(MAX_IMPORT_BYTES)}.`;
  }
  return null;
}

/** Why a source is not read or sent at all, or null when it goes to main. */
export function sourceRefusal(source: ImportSource): string | null {
  switch (source.kind) {
    case 'refused':
      return source.reason;
    case 'file':
      return fileRefusal(source.file);
    case 'text':
      return textRefusal(source.text);
    case 'url':
      return null;
  }
}

/** The words of `text` (split on white space; URLs hold none), without `#` comment lines of a uri-list. */
function tokens(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter((token) => token !== '');
}

/** The web addresses in `text` when it is nothing but http(s) addresses (at least one); otherwise null. */
export function urlsOnly(text: string): string[] | null {
  const words = tokens(text);
  if (words.length === 0) return null;
  const urls: string[] = [];
  for (const word of words) {
    const check = checkImportUrl(word);
    if (!check.ok) return null;
    urls.push(check.url.href);
  }
  return unique(urls);
}

/**
 * A "Web addresses" field, line by line: the addresses, and for each line that
 * is not one (or several, space-separated), why, with its line number.
 */
export function parseUrlField(text: string): { urls: string[]; problems: string[] } {
  const urls: string[] = [];
  const problems: string[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const words = line.split(/\s+/).filter((word) => word !== '');
    if (words.length === 0) continue;
    const checks = words.map((word) => checkImportUrl(word));
    const failed = checks.find((check): check is Extract<typeof check, { ok: false }> => !check.ok);
    if (!failed) {
      for (const check of checks) if (check.ok) urls.push(check.url.href);
    } else if (words.length === 1) {
      problems.push(`Line ${index + 1}: ${failed.reason}`);
    } else {
      problems.push(`Line ${index + 1}: "${line.trim().slice(0, 100)}" is not a web address.`);
    }
  }
  return { urls: unique(urls), problems };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Pasted text shorter than this (and not a link) is not offered for import. */
export const MIN_PASTED_TEXT = 80;

/** What a drop or a paste holds: sources to import now, or longer text to show in the dialog first. */
export interface HandedOver {
  sources: ImportSource[];
  /** Text that is not a list of links: a plain-text copy of a page, perhaps. */
  text: string | null;
  /** The copy's page structure (text/html) that came with `text`, when there is any to use. */
  html: string | null;
}

/**
 * The text/html flavour worth sending along with pasted text, or null: none,
 * or too large to send (the plain text is still imported).
 */
export function pastedPageHtml(html: string): string | null {
  return html.trim() === '' || html.length > MAX_IMPORT_BYTES ? null : html;
}

/**
 * Reads a drop's or a paste's data: files first (a folder is refused by name),
 * else links (text/uri-list, or text/plain that is only links), else text
 * with the page structure (text/html) a browser's copy carries beside it.
 * Call it inside the event handler: the data is gone once the event ends.
 */
export function readDataTransfer(data: DataTransfer): HandedOver {
  const files = [...data.files];
  if (files.length > 0) {
    const entries = [...data.items].filter((item) => item.kind === 'file');
    return {
      sources: files.map((file, index): ImportSource => {
        const entry = entries[index]?.webkitGetAsEntry?.();
        if (entry?.isDirectory) {
          return { kind: 'refused', label: file.name, reason: `${file.name} is a folder: drop the files inside it instead.` };
        }
        return { kind: 'file', file };
      }),
      text: null,
      html: null,
    };
  }
  const uriList = data.getData('text/uri-list');
  const fromList = uriList ? urlsOnly(uriList) : null;
  if (fromList) return { sources: fromList.map((url) => ({ kind: 'url', url })), text: null, html: null };
  const plain = data.getData('text/plain');
  const fromText = urlsOnly(plain);
  if (fromText) return { sources: fromText.map((url) => ({ kind: 'url', url })), text: null, html: null };
  if (plain.trim() === '') return { sources: [], text: null, html: null };
  return { sources: [], text: plain, html: pastedPageHtml(data.getData('text/html')) };
}

/** Whether a drag carries something we could import (files or links/text), judged from its types alone. */
export function dragCarriesImport(data: DataTransfer | null): boolean {
  if (!data) return false;
  const types = [...data.types];
  return types.includes('Files') || types.includes('text/uri-list') || types.includes('text/plain');
}

/** Bytes per piece when encoding: a multiple of 3, so the pieces' base64 joins without padding in between. */
const BASE64_PIECE = 3 * 8192;

/** Base64 of `bytes`, a piece at a time (no call gets more arguments than the engine allows). */
export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_PIECE) {
    pieces.push(btoa(String.fromCharCode(...bytes.subarray(start, start + BASE64_PIECE))));
  }
  return pieces.join('');
}

/** Roughly how many bytes a source adds to a call, to keep each call a size the bridge accepts. */
export function estimatedCallBytes(source: ImportSource): number {
  switch (source.kind) {
    case 'url':
      return source.url.length + 64;
    case 'file':
      return Math.ceil(source.file.size / 3) * 4 + source.file.name.length + 64;
    case 'text':
      // UTF-8 in JSON: up to three bytes a character, and escapes.
      return (source.text.length + (source.html?.length ?? 0)) * 3 + 64;
    case 'refused':
      return 0;
  }
}

/**
 * The contract's item for a source. Files are read here, and only here; a
 * file that cannot be read (moved, grown past the limit) throws with a reason.
 */
export async function toImportItem(source: ImportSource): Promise<ImportItem> {
  switch (source.kind) {
    case 'url':
      return { kind: 'url', url: source.url };
    case 'text':
      return { kind: 'text', text: source.text, ...(source.html ? { html: source.html } : {}) };
    case 'refused':
      throw new Error(source.reason);
    case 'file': {
      const { file } = source;
      let buffer: ArrayBuffer;
      try {
        buffer = await file.arrayBuffer();
      } catch (error) {
        const why = error instanceof Error && error.message ? ` (${error.message})` : '';
        throw new Error(`${file.name} could not be read${why}. Was it moved or deleted?`, { cause: error });
      }
      const refusal = fileRefusal({ name: file.name, size: buffer.byteLength });
      if (refusal) throw new Error(refusal);
      return { kind: 'file', name: file.name, data: bytesToBase64(new Uint8Array(buffer)) };
    }
  }
}

/** A batch id the contract accepts: 8–64 of [A-Za-z0-9_-]. */
export function newBatchId(): string {
  return `import-${crypto.randomUUID()}`;
}
