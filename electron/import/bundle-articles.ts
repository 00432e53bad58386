/**
 * A bundle's article HTML, made safe in the import worker (worker.ts), with
 * the time limit of any other import: a page nested tens of thousands of
 * elements deep would otherwise hold the main process (and the CLI, deaf to
 * Ctrl+C) for minutes. The reader's policy is applied, images are kept only
 * when they are the article's own cached copies, and the text the reader will
 * show is read back from the result, so the bundle's `text` can be checked
 * against it.
 */
import { parseAssetPath } from '../../shared/assets.ts';
import { BriefingError } from '../../shared/result.ts';
import { createReaderSanitizer } from '../export/sanitize-html.ts';

/** Deeper than any page a reader shows; deep enough to stop the serializer overflowing its stack. */
export const MAX_BUNDLE_HTML_DEPTH = 512;

export interface BundleArticleHtml {
  html: string;
  /** The sha256 of the article's own cached images. */
  assets: string[];
}

export interface SanitizedBundleArticle {
  html: string;
  /** The text of the sanitized HTML, exactly as the reader shows it. */
  text: string;
}

/** How deep elements nest below `root`, walked without recursion; stops counting past `limit`. */
function nestingDepth(root: Element, limit: number): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function sanitizeBundleArticles(articles: readonly BundleArticleHtml[]): SanitizedBundleArticle[] {
  const sanitizer = createReaderSanitizer();
  return articles.map((article, index) => {
    const body = sanitizer.sanitize(article.html);
    if (nestingDepth(body, MAX_BUNDLE_HTML_DEPTH) > MAX_BUNDLE_HTML_DEPTH) {
      throw new BriefingError(
        'INVALID_BUNDLE',
        `This bundle cannot be imported: the HTML of articles/${index + 1}.json nests elements more than ${MAX_BUNDLE_HTML_DEPTH} deep, which no article does. Nothing was changed.`,
      );
    }
    const own = new Set(article.assets);
    for (const img of [...body.querySelectorAll('img')]) {
      if (!img.hasAttribute('src')) continue; // the mark of an image not saved at import: it loads nothing
      const src = img.getAttribute('src') ?? '';
      if (!parseAssetPath(src) || !own.has(src.slice(src.lastIndexOf('/') + 1, src.lastIndexOf('.')))) img.remove();
    }
    const untouched = body.ownerDocument.createElement('body');
    untouched.innerHTML = article.html;
    // The stored HTML is kept byte for byte when the policy removes nothing from it.
    const html = untouched.innerHTML === body.innerHTML ? article.html : body.innerHTML;
    return { html, text: body.textContent ?? '' };
  });
}
