/**
 * Keeps every page of the app where it is: no navigation, no new windows, no
 * webviews, no permissions, no network. Links that pass `checkExternalUrl`
 * open in the system browser instead.
 */
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { checkExternalUrl } from '../../shared/urls.ts';
import { withContentSecurityPolicy } from './csp.ts';
import type { DevServer } from './dev-server.ts';
import { isAllowedRequestUrl, isAppPageUrl } from './origins.ts';

export type OpenExternal = (url: string) => Promise<void>;

/** For `window.open` and target=_blank links: never a new window; http(s) goes to the browser. */
export function handleWindowOpen(
  { url }: Pick<HandlerDetails, 'url'>,
  openExternal: OpenExternal,
): WindowOpenHandlerResponse {
  const check = checkExternalUrl(url);
  if (check.ok) {
    openExternal(check.url).catch((error: unknown) => console.error(`Could not open ${check.url}:`, error));
  }
  return { action: 'deny' };
}

export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // The app is one page with in-page routing, which fires none of these.
  const deny = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}

export function guardSession(session: Session, { dev, policy }: { dev: DevServer | null; policy: string }): void {
  session.setPermissionRequestHandler((_contents, _permission, answer) => answer(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, answer) => answer({ cancel: !isAllowedRequestUrl(details.url, dev) }));
  session.webRequest.onHeadersReceived((details, answer) =>
    answer(
      isAppPageUrl(details.url, dev)
        ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) }
        : {},
    ),
  );
}
