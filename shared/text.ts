/** Text utilities shared by import, reader and export. */

/** Words as a reader counts them: runs of letters or digits, in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** What separates blocks (paragraphs, headings, list items) in an article's plain text. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Builds reader HTML and the plain text highlights anchor into from a list of
 * paragraphs. The HTML's text content is exactly the plain text: blocks are
 * separated by the same blank line in both, so offsets agree.
 */
export function paragraphsToArticle(paragraphs: readonly string[]): { html: string; text: string } {
  const clean = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  return {
    html: clean.map((p) => `<p>${escapeHtml(p)}</p>`).join(BLOCK_SEPARATOR),
    text: clean.join(BLOCK_SEPARATOR),
  };
}

/** A block of an article built from plain text: a paragraph or a subheading. */
export interface TextBlock {
  kind: 'paragraph' | 'h2' | 'h3';
  text: string;
}

/**
 * Like `paragraphsToArticle`, with subheadings kept as h2 and h3 elements,
 * so that a cleaned text copy keeps its story's structure.
 */
export function blocksToArticle(blocks: readonly TextBlock[]): { html: string; text: string } {
  const clean = blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() })).filter((block) => block.text !== '');
  const tag = (kind: TextBlock['kind']) => (kind === 'paragraph' ? 'p' : kind);
  return {
    html: clean.map((block) => `<${tag(block.kind)}>${escapeHtml(block.text)}</${tag(block.kind)}>`).join(BLOCK_SEPARATOR),
    text: clean.map((block) => block.text).join(BLOCK_SEPARATOR),
  };
}
