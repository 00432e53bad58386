import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../../electron/shell/csp.ts';
import { readDevServer } from '../../../electron/shell/dev-server.ts';

const NONCE = 'n0nceN0nceN0nce12345';
const dev = readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: NONCE }, false);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the content security policy of the app page', () => {
  const production = contentSecurityPolicy({ dev: null });

  it('is exactly the policy the design promises', () => {
    expect(production).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s allows only %j', (name, sources) => {
    expect(directives(production).get(name)).toEqual(sources);
  });

  it('has no eval, no inline code and no remote origin', () => {
    expect(production).not.toMatch(/unsafe-eval|unsafe-inline|https?:|ws:|\*/);
  });

  it('in development adds only the dev server, its socket and the nonce Vite puts on its inline code', () => {
    const policy = directives(contentSecurityPolicy({ dev }));
    expect(policy.get('script-src')).toEqual(["'self'", 'http://127.0.0.1:5173', `'nonce-${NONCE}'`]);
    expect(policy.get('style-src')).toEqual(["'self'", 'http://127.0.0.1:5173', `'nonce-${NONCE}'`]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:5173', 'ws://127.0.0.1:5173']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy({ dev })).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

describe('putting the policy on a response', () => {
  it('replaces any policy the response brought, whatever its spelling, and keeps the other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["script-src *"], 'CONTENT-SECURITY-POLICY': ["default-src *"], 'Content-Type': ['text/html'] },
      "default-src 'none'",
    );
    expect(headers).toEqual({ 'Content-Security-Policy': ["default-src 'none'"], 'Content-Type': ['text/html'] });
  });

  it('adds the policy to a response without headers', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'none'")).toEqual({
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });
});
