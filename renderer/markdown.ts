/**
 * Analyst notes and key judgments are Markdown. Rendered with raw HTML off,
 * then sanitized with the reader's policy, so a note can never carry markup
 * that runs or loads anything. An image in a note may only be one of the
 * library's cached images: a remote one is removed here, not left for the
 * Content-Security-Policy to stop.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { parseAssetPath } from '../shared/assets.ts';
import { finishLink, READER_SANITIZE_OPTIONS } from '../shared/sanitize-policy.ts';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Our own instance, made once (an article opens with dozens of notes in its margin), its hook for notes only. */
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  finishLink(node);
  if (node.nodeName === 'IMG' && parseAssetPath((node).getAttribute('src') ?? '') === null) node.parentNode?.removeChild(node);
});

/** Safe HTML for a Markdown note; links pass the link filter and get rel="noopener noreferrer". */
export function renderMarkdown(source: string): string {
  return purifier.sanitize(markdown.render(source), READER_SANITIZE_OPTIONS);
}

/**
 * {@link renderMarkdown} for many notes at once (an article's margin opens with dozens): one sanitizing pass over
 * them all, each in a wrapper Markdown cannot write (raw HTML is off), instead of one parsed document per note.
 */
export function renderMarkdownNotes(sources: readonly string[]): string[] {
  const wrapped = sources.map((source) => `<article>${markdown.render(source)}</article>`).join('');
  const body = purifier.sanitize(wrapped, { ...READER_SANITIZE_OPTIONS, RETURN_DOM: true });
  const notes = body instanceof Element ? [...body.children] : [];
  if (notes.length !== sources.length || notes.some((note) => note.localName !== 'article')) return sources.map(renderMarkdown);
  return notes.map((note) => note.innerHTML);
}
