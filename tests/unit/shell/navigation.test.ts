import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/shell/csp.ts';
import { readDevServer } from '../../../electron/shell/dev-server.ts';
import { guardSession, guardWebContents, handleWindowOpen } from '../../../electron/shell/navigation.ts';
import { isAllowedRequestUrl } from '../../../electron/shell/origins.ts';
import { FakeWebContents, fakeSession, preventableEvent } from './fake-electron.ts';

const dev = readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: 'abcdefghijklmnop1234' }, false);

function guardedContents() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  guardWebContents(contents as unknown as WebContents, openExternal);
  const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
  return { contents, openExternal, openHandler };
}

describe('navigation away from the app page', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'])('%s is prevented', (event) => {
    const { contents } = guardedContents();
    const attempt = preventableEvent();
    contents.emit(event, attempt, 'https://example.com/');
    expect(contents.listenerCount(event)).toBe(1);
    expect(attempt.preventDefault).toHaveBeenCalled();
  });

  it('is prevented even to another page of the app itself', () => {
    const { contents } = guardedContents();
    const attempt = preventableEvent();
    contents.emit('will-navigate', attempt, 'app://bundle/other.html');
    expect(attempt.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open and target=_blank links', () => {
  it('never open a window, and send a web link to the browser', () => {
    const { openHandler, openExternal } = guardedContents();
    expect(openHandler({ url: 'https://example.com/report?id=1' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/report?id=1');
  });

  it.each([
    ['http', 'http://example.com/', 'http://example.com/'],
    ['https', 'https://example.com/a b', 'https://example.com/a%20b'],
  ])('open %s links in the browser, normalized', (_label, url, opened) => {
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    expect(handleWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['app pages', 'app://bundle/index.html'],
    ['links with credentials', 'https://user:secret@example.com/'],
    ['links with a user name', 'https://user@example.com/'],
    ['custom schemes', 'ms-settings:privacy'],
    ['relative links', '/index.html'],
    ['empty links', ''],
  ])('refuse %s and open nothing', (_label, url) => {
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    expect(handleWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('the session', () => {
  type Answer<T> = (answer: T) => void;

  function guardedSession(mode: 'production' | 'development') {
    const session = fakeSession();
    const devServer = mode === 'development' ? dev : null;
    const policy = contentSecurityPolicy({ dev: devServer });
    guardSession(session as unknown as Session, { dev: devServer, policy });
    const [askPermission] = session.setPermissionRequestHandler.mock.calls[0] as [
      (contents: unknown, permission: string, answer: Answer<boolean>) => void,
    ];
    const [checkPermission] = session.setPermissionCheckHandler.mock.calls[0] as [
      (contents: unknown, permission: string) => boolean,
    ];
    const [beforeRequest] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      (details: { url: string }, answer: Answer<{ cancel: boolean }>) => void,
    ];
    const [headersReceived] = session.webRequest.onHeadersReceived.mock.calls[0] as [
      (details: { url: string; responseHeaders?: Record<string, string[]> }, answer: Answer<unknown>) => void,
    ];
    const cancels = (url: string) => {
      const answer = vi.fn();
      beforeRequest({ url }, answer);
      return (answer.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    const headersFor = (url: string) => {
      const answer = vi.fn<Answer<unknown>>();
      headersReceived({ url, responseHeaders: { 'content-type': ['text/html'] } }, answer);
      return answer.mock.calls[0]?.[0];
    };
    return { askPermission, checkPermission, cancels, headersFor, policy };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a request for %s permission',
    (permission) => {
      const { askPermission } = guardedSession('production');
      const answer = vi.fn();
      askPermission({}, permission, answer);
      expect(answer).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it.each(['media', 'geolocation', 'clipboard-read'])('answers no when asked whether %s is granted', (permission) => {
    expect(guardedSession('production').checkPermission({}, permission)).toBe(false);
  });

  it.each([
    ['app://bundle/assets/index.js', false, false],
    ['app://bundle/library-assets/0f.png', false, false],
    ['asset://cache/image.png', true, true],
    ['data:image/png;base64,AAAA', false, false],
    ['devtools://devtools/bundled/inspector.html', false, false],
    ['https://example.com/tracker.gif', true, true],
    ['http://example.com/', true, true],
    ['http://127.0.0.1:5173/src/main.tsx', true, false],
    ['ws://127.0.0.1:5173/?token=x', true, false],
    ['http://127.0.0.1:5174/', true, true],
    ['file:///etc/passwd', true, true],
    ['not a url', true, true],
  ])('a request to %s is cancelled: %s in production, %s in development', (url, inProduction, inDevelopment) => {
    expect(guardedSession('production').cancels(url)).toBe(inProduction);
    expect(guardedSession('development').cancels(url)).toBe(inDevelopment);
  });

  it('puts the policy on app pages and leaves other responses alone', () => {
    const { headersFor, policy } = guardedSession('production');
    expect(headersFor('app://bundle/index.html')).toEqual({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [policy] },
    });
    expect(headersFor('devtools://devtools/bundled/inspector.html')).toEqual({});
  });

  it('puts the development policy on the dev server page', () => {
    const { headersFor, policy } = guardedSession('development');
    expect(headersFor('http://127.0.0.1:5173/')).toEqual({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [policy] },
    });
  });
});

describe('the request filter', () => {
  it('knows a scheme regardless of case', () => {
    expect(isAllowedRequestUrl('APP://bundle/index.html', null)).toBe(true);
    expect(isAllowedRequestUrl('HTTPS://example.com/', null)).toBe(false);
  });
});
