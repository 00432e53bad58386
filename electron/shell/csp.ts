/**
 * The Content-Security-Policy of the app page: only our own scripts, styles,
 * fonts and connections; images also from data: (cached article images are
 * served by the app's own origin at /library-assets/). The
 * renderer shows imported (untrusted) HTML, so this is the last line if
 * sanitizing ever misses something.
 */
import type { DevServer } from './dev-server.ts';

export function contentSecurityPolicy({ dev }: { dev: DevServer | null }): string {
  // In development the page comes from Vite: 'self' is the dev server, and the
  // nonce admits the inline React Refresh preamble and the styles Vite injects.
  const devScripts = dev ? [dev.origin, `'nonce-${dev.cspNonce}'`] : [];
  const devConnect = dev ? [dev.origin, dev.socketOrigin] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...devScripts]],
    ['style-src', ["'self'", ...devScripts]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...devConnect]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Response headers with our policy in place of any the response brought. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
