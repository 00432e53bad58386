/**
 * What reader HTML may contain: one policy for the sanitizer at import (main)
 * and again before rendering (renderer), so both agree on what is safe.
 */
import { ASSET_PATH_PREFIX } from './assets.ts';
import { exportableLink } from './urls.ts';

/** Elements a reader needs; everything else is dropped (its text kept where it has any). */
export const READER_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong',
  'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
];

export const READER_ATTRIBUTES = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'dir', 'lang', 'datetime', 'cite', 'rel',
];

/** Dropped with their content: never text worth keeping, often active. */
export const FORBIDDEN_TAGS = [
  'style', 'script', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'link', 'meta',
  'base', 'template', 'noscript', 'input', 'button', 'select', 'textarea', 'audio', 'video', 'source', 'canvas',
];

/** Links and images may be http(s), mailto or in-page; images also our own cache. Never javascript:, data: or file:. */
export const ALLOWED_URI = new RegExp(`^(?:https?:|mailto:|#|${ASSET_PATH_PREFIX.replace(/\//g, '\\/')})`, 'i');

/**
 * Attributes whose values are not addresses. DOMPurify checks every other
 * attribute against ALLOWED_URI, which would drop dir="rtl", colspan="2" and
 * width="1" (and with it the tracking-pixel check).
 */
export const NON_URL_ATTRIBUTES = ['width', 'height', 'colspan', 'rowspan', 'dir', 'lang', 'datetime', 'rel'];

/** The element surface the link hook needs, so this file stays free of the DOM. */
interface LinkElement {
  nodeName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * Every sanitizer's afterSanitizeAttributes hook for links: an address the
 * link filter refuses (user name or password, for one) is taken off, the text
 * stays; a link that keeps one gets rel="noopener noreferrer".
 */
export function finishLink(node: LinkElement): void {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href');
  if (href !== null && exportableLink(href) === null) node.removeAttribute('href');
  if (node.getAttribute('href') === null) node.removeAttribute('rel');
  else node.setAttribute('rel', 'noopener noreferrer');
}

/** The policy as DOMPurify options, for every place that sanitizes reader HTML or notes. */
export const READER_SANITIZE_OPTIONS = {
  ALLOWED_TAGS: READER_TAGS,
  ALLOWED_ATTR: READER_ATTRIBUTES,
  ADD_URI_SAFE_ATTR: NON_URL_ATTRIBUTES,
  FORBID_TAGS: FORBIDDEN_TAGS,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};
