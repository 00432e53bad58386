/**
 * What "inert" means for reader HTML, checked on the parsed DOM (never on the
 * string, where an escaped `&lt;script&gt;` is harmless text): only reader
 * elements and attributes, no handlers, and only URLs that cannot run code.
 */
import { JSDOM } from 'jsdom';
import { READER_ATTRIBUTES, READER_TAGS } from '../../shared/sanitize-policy.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
// Schemes that run code or carry a document.
const ACTIVE_URL = /^(?:javascript|vbscript|data|file|blob|filesystem):/i;
/** A URL as a browser reads its scheme: without the tabs, newlines, spaces and control characters it ignores there. */
const withoutIgnored = (url: string) => [...url].filter((char) => char > ' ').join('');

/**
 * An inline raster image (what the import decodes and caches; never SVG), in an
 * <img> where no script runs: allowed in what the import sanitizer hands on.
 */
const INLINE_RASTER_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);/i;

/**
 * Every reason `html` is not inert; empty when it is. An <img> without a
 * source loads nothing: it is the mark of an image that could not be saved.
 */
export function activeContentIn(html: string, images: 'http' | 'library-assets'): string[] {
  const dom = new JSDOM('<!doctype html><body></body>');
  const template = dom.window.document.createElement('template');
  template.innerHTML = html;
  const problems: string[] = [];
  for (const element of template.content.querySelectorAll('*')) {
    const tag = element.localName;
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${element.namespaceURI}`);
    if (!READER_TAGS.includes(tag)) problems.push(`<${tag}> is not a reader element`);
    for (const { name, value } of element.attributes) {
      if (!READER_ATTRIBUTES.includes(name)) problems.push(`<${tag} ${name}> is not a reader attribute`);
      const inlineImage = images === 'http' && tag === 'img' && name === 'src' && INLINE_RASTER_IMAGE.test(value);
      if (URL_ATTRIBUTES.has(name) && ACTIVE_URL.test(withoutIgnored(value)) && !inlineImage) problems.push(`<${tag} ${name}="${value}">`);
    }
    if (tag === 'img' && element.hasAttribute('src')) {
      const src = element.getAttribute('src') ?? '';
      const allowed =
        images === 'http' ? /^https?:\/\//i.test(src) || INLINE_RASTER_IMAGE.test(src) : /^\/library-assets\/[0-9a-f]{64}\.[a-z]{3,4}$/.test(src);
      if (!allowed) problems.push(`<img src="${src}"> is not ${images === 'http' ? 'a web image' : 'a cached image'}`);
    }
  }
  dom.window.close();
  return problems;
}
