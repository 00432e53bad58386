/**
 * Analyst notes and key judgments are Markdown. Rendered with raw HTML off,
 * then sanitized with the reader's policy, so a note can never carry markup
 * that runs or loads anything.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { ALLOWED_URI, FORBIDDEN_TAGS, READER_ATTRIBUTES, READER_TAGS } from '../shared/sanitize-policy.ts';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Safe HTML for a Markdown note; links get rel="noopener noreferrer". */
export function renderMarkdown(source: string): string {
  const purifier = DOMPurify();
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier.sanitize(markdown.render(source), {
    ALLOWED_TAGS: READER_TAGS,
    ALLOWED_ATTR: READER_ATTRIBUTES,
    FORBID_TAGS: FORBIDDEN_TAGS,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
  });
}
