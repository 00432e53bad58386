/**
 * Which addresses belong to the app. One answer, used by the request filter,
 * the CSP header and the IPC sender check, so they cannot disagree.
 */
import type { DevServer } from './dev-server.ts';
import { APP_ORIGIN } from './protocol.ts';

/** True for pages of the app: app://bundle/…, or the dev server in development. */
export function isAppPageUrl(url: string, dev: DevServer | null): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return dev !== null && originOf(url) === dev.origin;
}

// The bundle and its cached article images (app:), inline images (data:) and
// the developer tools; nothing on the network.
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'devtools:']);

/** The request filter: local schemes always, the dev server and its socket in development, nothing else. */
export function isAllowedRequestUrl(url: string, dev: DevServer | null): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  if (scheme !== undefined && LOCAL_SCHEMES.has(scheme)) return true;
  if (dev === null) return false;
  const origin = originOf(url);
  return origin === dev.origin || origin === dev.socketOrigin;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
