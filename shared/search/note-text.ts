/**
 * Notes are Markdown, and the search index holds them as written. A snippet
 * of a note is shown as the note reads (the renderer's Markdown options):
 * emphasis, links and code as their words, never their asterisks, brackets
 * or backticks.
 */
import MarkdownIt, { type Token } from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Where the snippet's passage begins and ends while the whole note is read (private-use characters, like the match markers). */
const PASSAGE_START = '\uE002';
const PASSAGE_END = '\uE003';

/** What opens a heading, a list item or a quote at the start of a line: "## ", "- ", "1. ", "> ". */
const BLOCK_MARKERS = /^(?:[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?))+/u;

function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'image') return token.content;
      return token.type === 'softbreak' || token.type === 'hardbreak' ? '\n' : '';
    })
    .join('');
}

/** A note's Markdown as its reader sees it, as plain text: each block on a line of its own. */
export function markdownAsRead(source: string): string {
  return markdown
    .parse(source, {})
    .flatMap((token) => {
      if (token.type === 'inline') return [inlineText(token.children ?? [])];
      return token.type === 'fence' || token.type === 'code_block' ? [token.content] : [];
    })
    .join('\n');
}

/**
 * A passage cut from a note's Markdown (`snippet`, with its match markers, in place of
 * `source`'s characters `start` to `end`) as the note reads. The whole note is read, so
 * that emphasis or a link the cut runs through still reads as its words; "…" stands
 * for the note's text before and after the passage.
 */
export function notePassageAsRead(source: string, passage: { snippet: string; start: number; end: number }): string {
  // The start bound goes after a line's heading, list or quote marker: in front of it, the line would no longer be one.
  const atLineStart = passage.start === 0 || source[passage.start - 1] === '\n';
  const prefix = atLineStart ? (BLOCK_MARKERS.exec(passage.snippet)?.[0] ?? '') : '';
  const marked = `${prefix}${PASSAGE_START}${passage.snippet.slice(prefix.length)}${PASSAGE_END}`;
  const read = markdownAsRead(`${source.slice(0, passage.start)}${marked}${source.slice(passage.end)}`);
  // A bound inside a link's address is read away with it: the passage then runs from the note's start or to its end.
  const from = read.indexOf(PASSAGE_START);
  const to = read.indexOf(PASSAGE_END);
  const before = from < 0 ? '' : read.slice(0, from);
  const after = to < 0 ? '' : read.slice(to + 1);
  const text = read.slice(from < 0 ? 0 : from + 1, to < 0 ? read.length : to);
  return `${before.trim() === '' ? '' : '…'}${text}${after.trim() === '' ? '' : '…'}`;
}
