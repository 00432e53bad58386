/**
 * Decides whether a link may leave the app for the system browser: only
 * absolute http(s) URLs without embedded credentials.
 */
export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalUrl(input: unknown): ExternalUrlCheck {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, reason: 'The link is empty.' };
  }
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'The link is not a valid web address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `Only http and https links open in the browser, not ${url.protocol} links.` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'Links carrying a user name or password are not opened.' };
  }
  if (url.hostname === '') {
    return { ok: false, reason: 'The link has no host.' };
  }
  return { ok: true, url: url.href };
}

/**
 * The one link filter for the reader and every export (HTML, PDF, Markdown):
 * in-page anchors, mailto:, and http(s) addresses without a user name or
 * password. Anything else (javascript:, data:, file:, https://a@b/) is no link.
 */
export function exportableLink(href: string | null | undefined): string | null {
  const value = (href ?? '').trim();
  if (value.startsWith('#')) return value;
  if (/^mailto:[^:/]/i.test(value)) return value;
  const checked = checkExternalUrl(value);
  return checked.ok ? checked.url : null;
}

/** Query parameters that only track the reader; they never change the article. */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src|cmpid|ocid)$/i;

export type ImportUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Only http(s) pages can be fetched; every other scheme gets a reason. */
export function checkImportUrl(input: string): ImportUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: `"${input.slice(0, 100)}" is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `Only http and https addresses can be imported, not ${url.protocol} addresses.` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'Addresses with a user name or password are not fetched.' };
  }
  return { ok: true, url };
}

/**
 * The address that identifies an article: no fragment, no tracking
 * parameters, lower-case host, no default port, no trailing slash on a path.
 */
export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}
