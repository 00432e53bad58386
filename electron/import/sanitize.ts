/**
 * Imported HTML is untrusted. DOMPurify, with an allow-list made for reading:
 * text structure, links, images, tables. No scripts, styles, forms, frames,
 * objects, embeds, event handlers, or javascript:/data: URLs (but for inline
 * images, decoded and checked when they are cached). Links get
 * rel="noopener noreferrer"; tracking pixels go.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { IMAGE_TYPES } from '../../shared/assets.ts';
import { finishLink, READER_SANITIZE_OPTIONS } from '../../shared/sanitize-policy.ts';

export interface SanitizeResult {
  /**
   * The images kept, in document order: absolute http(s) addresses, inline
   * data: images, and '' for one whose source cannot be saved (none, a
   * relative address with nothing to resolve it against, file:, blob:, SVG…),
   * which stays without its source so the import can leave a placeholder and
   * count it.
   */
  images: string[];
}

/** Sources an image can be saved from: fetched, or decoded from the page itself (raster types we keep; never SVG). */
const SAVABLE_IMAGE_SOURCE = new RegExp(`^(?:https?:|data:(?:${Object.keys(IMAGE_TYPES).join('|')});)`, 'i');

/** A pixel-sized image is a tracker, not an illustration. */
function isTrackingPixel(img: Element): boolean {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return (width > 0 && width <= 2) || (height > 0 && height <= 2);
}

/**
 * Takes out pixel-sized images before Readability reads the page: its output
 * no longer carries their size, and a tracker is not an image the article
 * lost.
 */
export function removeTrackingPixels(document: Document): void {
  for (const img of [...document.querySelectorAll('img')]) if (isTrackingPixel(img)) img.remove();
}

/**
 * An element made with `is="…"` keeps that name for life, and serializing
 * writes it back even once the attribute is gone: each is rebuilt as a plain
 * element of its kind, with its other attributes and its children, so the
 * saved HTML never carries one (the reader would drop it, text and all).
 */
function withoutCustomizedBuiltIns(root: Element): void {
  for (const element of [...root.querySelectorAll('[is]')]) {
    const plain = element.ownerDocument.createElementNS(element.namespaceURI, element.localName);
    for (const attribute of element.attributes) {
      if (attribute.name !== 'is') plain.setAttributeNode(attribute.cloneNode() as Attr);
    }
    plain.append(...element.childNodes);
    element.replaceWith(plain);
  }
}

const IN_PLACE_OPTIONS = { ...READER_SANITIZE_OPTIONS, IN_PLACE: true };

/** One DOMPurify per window (the import reads every page in one), its hook added once. */
const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(window: Window & typeof globalThis): DOMPurify {
  let purifier = purifiers.get(window);
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => finishLink(node));
    purifiers.set(window, purifier);
  }
  return purifier;
}

/**
 * Sanitizes `root` in place (it belongs to `window`'s document). Relative
 * links and images are resolved against `baseUrl` first, so nothing depends
 * on where the page came from once it is saved.
 */
export function sanitizeInPlace(window: Window & typeof globalThis, root: Element, baseUrl: string | null): SanitizeResult {
  const resolve = (value: string): string | null => {
    try {
      return new URL(value, baseUrl ?? undefined).href;
    } catch {
      return null;
    }
  };
  for (const element of root.querySelectorAll('a[href], img[src]')) {
    const attribute = element.tagName === 'A' ? 'href' : 'src';
    const value = element.getAttribute(attribute) ?? '';
    if (!value.startsWith('#')) {
      const absolute = resolve(value);
      if (absolute) element.setAttribute(attribute, absolute);
      else element.removeAttribute(attribute);
    }
  }

  const images: string[] = [];
  withoutCustomizedBuiltIns(root);
  purifierFor(window).sanitize(root, IN_PLACE_OPTIONS);

  for (const img of [...root.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    if (isTrackingPixel(img)) {
      img.remove();
    } else if (SAVABLE_IMAGE_SOURCE.test(src)) {
      images.push(src);
    } else {
      img.removeAttribute('src');
      images.push('');
    }
  }
  return { images };
}

/**
 * Takes away a page's power to clobber the document it was parsed into:
 * `<img name="querySelector">` makes `document.querySelector` that image,
 * and `<input name="attributes">` replaces its form's `attributes`, which
 * would break or steer the code that reads the page next. Names are dropped
 * from every element but `<meta>` (whose names are metadata and create no
 * property), and ids from `<object>`, the one element an id alone exposes.
 * Uses the prototype's own query method: the document's may already be
 * clobbered.
 */
export function removeClobberingNames(window: Window & typeof globalThis, document: Document): void {
  const { Document, Element } = window;
  // One query, one walk over the page (a query walks the whole page each time).
  for (const element of Document.prototype.querySelectorAll.call(document, '[name]:not(meta), object[id]')) {
    if (Element.prototype.hasAttribute.call(element, 'name') && element.localName !== 'meta') Element.prototype.removeAttribute.call(element, 'name');
    if (element.localName === 'object') Element.prototype.removeAttribute.call(element, 'id');
  }
}

/** Sanitizes an HTML string (for HTML we did not just parse ourselves). */
export function sanitizeHtmlString(window: Window & typeof globalThis, html: string, baseUrl: string | null): { root: Element } & SanitizeResult {
  const root = window.document.createElement('div');
  root.innerHTML = html;
  return { root, ...sanitizeInPlace(window, root, baseUrl) };
}
