/**
 * The `app://bundle/` scheme: serves the built renderer (dist/renderer) and the
 * library's cached images at /library-assets/, and nothing else, so the page
 * has a real origin without file:// and its ambient access to the disk.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { ASSET_PATH_PREFIX } from '../../shared/assets.ts';
import { ASSET_RESPONSE_HEADERS, resolveAsset } from '../library/assets.ts';
import { mimeTypeFor } from '../mime.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://bundle';
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `ready`: a standard, secure scheme gets origins, fetch and a secure context. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

// Our host and nothing after it but a path, query or fragment: no port, no user, no other host.
const BUNDLE_URL = /^app:\/\/bundle(\/[^?#]*)?(?:[?#].*)?$/;
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * The file inside `rootDir` that an app:// URL names, or null. Works on the raw
 * URL, segment by segment, and refuses rather than normalizes anything that
 * could step outside: `..` however encoded, backslashes, drive letters, NUL,
 * empty segments (`//etc`), and any host but `bundle`.
 */
export function resolveBundlePath(rootDir: string, requestUrl: string): string | null {
  const match = BUNDLE_URL.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  if (rawPath === '/') return path.join(rootDir, 'index.html');
  if (rawPath.includes('\\')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  // The segments cannot climb out; checking the result too costs nothing and guards the guard.
  const root = path.resolve(rootDir);
  const file = path.join(root, ...segments);
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? file : null;
}

/**
 * Answers app:// requests from `rootDir`, and cached images from the open library's `assetsDir()`;
 * every response carries a policy.
 */
export function createBundleHandler(
  rootDir: string,
  policy: string,
  assetsDir: () => string | null = () => null,
): (request: Request) => Promise<Response> {
  const headers = (contentType: string) => ({
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const assetPathname = assetPathOf(request.url);
    if (assetPathname !== null) {
      const folder = assetsDir();
      const asset = folder ? resolveAsset(folder, assetPathname) : null;
      if (!asset) return plain(404, 'Not found');
      const body = await fs.readFile(asset.file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...ASSET_RESPONSE_HEADERS, 'Content-Type': asset.mime },
      });
    }
    const file = resolveBundlePath(rootDir, request.url);
    if (file === null) return plain(404, 'Not found');
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      // Missing files and folders alike.
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(mimeTypeFor(file)),
    });
  };
}

/** The path of an app:// URL that names a cached image, or null. */
function assetPathOf(requestUrl: string): string | null {
  const pathname = BUNDLE_URL.exec(requestUrl)?.[1];
  return pathname?.startsWith(ASSET_PATH_PREFIX) ? pathname : null;
}

export function serveBundle(protocol: Pick<Protocol, 'handle'>, rootDir: string, policy: string, assetsDir: () => string | null): void {
  protocol.handle(APP_SCHEME, createBundleHandler(rootDir, policy, assetsDir));
}
