import { describe, expect, it } from 'vitest';
import { readDevServer } from '../../../electron/shell/dev-server.ts';

const NONCE = 'abcdefghijklmnop1234';

describe('development mode', () => {
  it('is off without VITE_DEV_SERVER_URL', () => {
    expect(readDevServer({}, false)).toBeNull();
  });

  it('is off in a packaged app, whatever the environment says', () => {
    expect(readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: NONCE }, true)).toBeNull();
  });

  it('reads the dev server page, its origins and the nonce', () => {
    expect(readDevServer({ VITE_DEV_SERVER_URL: 'http://localhost:5174/', BRIEFING_DEV_CSP_NONCE: NONCE }, false)).toEqual({
      url: 'http://localhost:5174/',
      origin: 'http://localhost:5174',
      socketOrigin: 'ws://localhost:5174',
      cspNonce: NONCE,
    });
  });

  it.each([
    ['a remote site', 'https://example.com/', NONCE, /on this computer/],
    ['https on this computer', 'https://127.0.0.1:5173/', NONCE, /on this computer/],
    ['not a URL', 'dev server', NONCE, /not a URL/],
    ['no nonce', 'http://127.0.0.1:5173/', undefined, /BRIEFING_DEV_CSP_NONCE/],
    ['a nonce that could break the policy', 'http://127.0.0.1:5173/', "abc'; script-src *; x='1234567", /BRIEFING_DEV_CSP_NONCE/],
  ])('refuses %s', (_label, url, nonce, message) => {
    expect(() => readDevServer({ VITE_DEV_SERVER_URL: url, BRIEFING_DEV_CSP_NONCE: nonce }, false)).toThrow(message);
  });
});
