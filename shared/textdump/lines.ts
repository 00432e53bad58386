/**
 * Line normalisation for pasted or saved page text: one kind of line break,
 * one kind of space, no invisible characters, no trailing spaces.
 */

/** Byte-order marks and zero-width or direction-control characters a browser copy carries along. */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;

/** Every space-like character (tabs, no-break and typographic spaces) becomes a plain space. */
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Control characters other than the line feed (run after SPACES has turned tabs into spaces). */
const CONTROLS = /[^\P{Cc}\n]/gu;

/**
 * Splits text into trimmed lines. CRLF, CR and Unicode line or paragraph
 * separators become line breaks; runs of spaces collapse to one.
 * The zero-width joiner and non-joiner are kept: Persian and emoji need them.
 */
export function normalizeLines(input: string): string[] {
  return input
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
}
