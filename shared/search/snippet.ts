/**
 * Search snippets: a short passage of plain text in which the matched words
 * are wrapped in two private-use characters. They are never HTML: the
 * renderer splits a snippet into parts and marks the matched ones itself.
 */

/** Opens a matched word in a snippet (a private-use character, never in article HTML). */
export const MATCH_START = '\uE000';
/** Closes a matched word in a snippet. */
export const MATCH_END = '\uE001';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The snippet as plain text and matched parts, in order; empty parts are left out. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, match });
    text = '';
  };
  for (const character of snippet) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}

/** The snippet's text without its markers, and where its matches are in that text. */
export function snippetRanges(snippet: string): { text: string; matches: Array<[start: number, end: number]> } {
  let text = '';
  const matches: Array<[number, number]> = [];
  for (const part of splitSnippet(snippet)) {
    if (part.match) matches.push([text.length, text.length + part.text.length]);
    text += part.text;
  }
  return { text, matches };
}
