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
