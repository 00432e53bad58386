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
