/**
 * Analyst notes and key judgments are Markdown. Rendered with raw HTML off,
 * then sanitized with the reader's policy, so a note can never carry markup
 * that runs or loads anything.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { READER_SANITIZE_OPTIONS } from '../shared/sanitize-policy.ts';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Safe HTML for a Markdown note; links get rel="noopener noreferrer". */
export function renderMarkdown(source: string): string {
  const purifier = DOMPurify();
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier.sanitize(markdown.render(source), READER_SANITIZE_OPTIONS);
}
