/**
 * The one place article HTML passes on its way into the reader (and, later,
 * highlight painting): every view that shows article HTML gets it from here.
 *
 * The main process sanitized the HTML on import; it is sanitized again here,
 * with the same policy (shared/sanitize-policy.ts), because a library file can
 * be edited or come from an older version, and the page it lands in must not
 * run what it holds. On top of the policy:
 *   - links get rel="noopener noreferrer";
 *   - images must be our own cached copies (/library-assets/<sha256>.<ext>),
 *     same-origin paths kept as they are: anything else would be a remote
 *     load, so it is dropped (an image holds no text). An image without a
 *     source is the mark of one not saved at import: it loads nothing and stays.
 * The text is left exactly as stored — no whitespace touched — because
 * highlights anchor into the DOM's text, which must equal the article's
 * `text`. Links are not resolved here: main stored them absolute, and the
 * reader resolves any relative one against the article's address on click.
 */
import DOMPurify, { type Config } from 'dompurify';
import { parseAssetPath } from '../../shared/assets.ts';
import { finishLink, READER_SANITIZE_OPTIONS } from '../../shared/sanitize-policy.ts';

const POLICY = {
  ...READER_SANITIZE_OPTIONS,
  // The body of DOMPurify's own inert document: nothing in it loads while we finish here.
  RETURN_DOM: true,
} satisfies Config;

/** Our own instance, so its hooks apply to article HTML only. */
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => finishLink(node));

/** Sanitized reader HTML for `html`, its text unchanged. */
export function sanitizeArticleHtml(html: string): string {
  const body = purifier.sanitize(html, POLICY);
  // Always the <body> of DOMPurify's document; anything else would be a DOMPurify change worth failing closed on.
  if (!(body instanceof Element)) return '';
  for (const img of [...body.querySelectorAll('img')]) {
    if (img.hasAttribute('src') && parseAssetPath(img.getAttribute('src') ?? '') === null) img.remove();
  }
  // The parser drops a newline that directly follows <pre>, and serializing does not put one back: a <pre>
  // whose text starts with a newline would lose it on the way into the page. Double it, so one survives.
  for (const pre of body.querySelectorAll('pre')) {
    const first = pre.firstChild;
    if (first instanceof Text && first.data.startsWith('\n')) first.data = `\n${first.data}`;
  }
  return body.innerHTML;
}

let last: { html: string; prepared: string } | null = null;

/** What the reader puts in the page for an article's stored HTML. The last answer is kept: re-renders are free. */
export function prepareArticleHtml(html: string): string {
  if (last?.html !== html) last = { html, prepared: sanitizeArticleHtml(html) };
  return last.prepared;
}
