/**
 * Development mode: `npm run dev` serves the renderer from Vite and tells the
 * app where with VITE_DEV_SERVER_URL and BRIEFING_DEV_CSP_NONCE. A packaged
 * app ignores both, so no variable can point it at another page.
 */

export interface DevServer {
  /** The page to load, e.g. http://127.0.0.1:5173/ */
  url: string;
  /** scheme://host:port of the dev server. */
  origin: string;
  /** Origin of Vite's hot-reload socket. */
  socketOrigin: string;
  /** Vite marks its inline scripts and styles with this nonce (`html.cspNonce`). */
  cspNonce: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** Reads the dev server from the environment; null in production. Throws on a value that cannot be right. */
export function readDevServer(env: NodeJS.ProcessEnv, isPackaged: boolean): DevServer | null {
  const rawUrl = env.VITE_DEV_SERVER_URL;
  if (isPackaged || rawUrl === undefined || rawUrl === '') return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`VITE_DEV_SERVER_URL is not a URL: ${JSON.stringify(rawUrl)}.`);
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`VITE_DEV_SERVER_URL must be an http address on this computer, not ${url.origin}.`);
  }
  const cspNonce = env.BRIEFING_DEV_CSP_NONCE ?? '';
  if (!NONCE_PATTERN.test(cspNonce)) {
    throw new Error('VITE_DEV_SERVER_URL is set without a valid BRIEFING_DEV_CSP_NONCE; start development with `npm run dev`.');
  }
  return { url: url.href, origin: url.origin, socketOrigin: `ws://${url.host}`, cspNonce };
}
