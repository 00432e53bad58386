/**
 * Reader HTML sanitized in the main process, for what leaves or enters the
 * library as a file (the HTML export, a bundle's articles): DOMPurify in a
 * jsdom window with the reader's policy (shared/sanitize-policy.ts). Images are
 * left for the caller to check against its own list of cached copies.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { finishLink, READER_SANITIZE_OPTIONS } from '../../shared/sanitize-policy.ts';

export interface ReaderSanitizer {
  /** The sanitized HTML as a detached <body> of an inert document. */
  sanitize(html: string): HTMLElement;
}

export function createReaderSanitizer(): ReaderSanitizer {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const purifier: DOMPurify = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => finishLink(node));
  return {
    sanitize(html) {
      const body = purifier.sanitize(html, { ...READER_SANITIZE_OPTIONS, RETURN_DOM: true });
      // Always DOMPurify's <body>; anything else is a change in DOMPurify worth failing closed on.
      return body instanceof window.HTMLElement ? body : window.document.createElement('body');
    },
  };
}
