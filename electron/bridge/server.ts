/**
 * The HTTP bridge: the same dispatch the app binds to IPC, served on
 * 127.0.0.1 for the preview, the end-to-end tests and the CLI's printing.
 * Calls need the random bearer token; requests naming another host or origin
 * are refused (no DNS rebinding, no cross-site calls). Events go out as
 * server-sent events.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ASSET_PATH_PREFIX } from '../../shared/assets.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { ASSET_RESPONSE_HEADERS, resolveAsset } from '../library/assets.ts';
import { mimeTypeFor } from '../mime.ts';
import type { EventHub } from '../api/events.ts';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;
export const BRIDGE_CLIENT_SCRIPT = '/bridge-client.js';

/** Same policy the app window gets; `connect-src 'self'` covers the bridge itself. */
export const PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

export interface BridgeOptions {
  dispatch: Dispatch;
  events: EventHub;
  /** The built renderer to serve; without it only the API is served. */
  staticDir?: string;
  /** The open library's cached images folder (null while none is open), served at /library-assets/. */
  assetsDir?: () => string | null;
  port?: number;
  token?: string;
}

export interface Bridge {
  /** Base address, e.g. http://127.0.0.1:41234 */
  origin: string;
  token: string;
  /** The address a person opens: the token travels in the fragment, never to a server log. */
  appUrl: string;
  close(): Promise<void>;
}

/** Only our own host names, with our port: anything else may be a rebinding attack. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

export function hasToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Resolves a URL path to a file inside `root`, or null if it would leave it. */
export function staticFilePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : null;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(data);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN_SENDER', message } });
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The pages that call the API: the app and the print view. */
const API_PAGES = new Set(['index.html', 'print.html']);

/** The app page with the bridge client loaded first, so `window.briefing` exists before the app runs. */
function withBridgeClient(indexHtml: string): string {
  const tag = `<script type="module" src="${BRIDGE_CLIENT_SCRIPT}"></script>`;
  return indexHtml.replace(/<script\b/, `${tag}\n    <script`);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = options.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'Calls are made with POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'Calls carry a JSON body.');
    }
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body === '' ? {} : JSON.parse(body);
    } catch (error) {
      const tooLarge = (error as Error).message === 'too large';
      return sendJson(res, tooLarge ? 413 : 400, {
        ok: false,
        error: {
          code: 'INVALID_ARGUMENTS',
          message: tooLarge
            ? `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`
            : 'The request body is not valid JSON.',
        },
      });
    }
    sendJson(res, 200, await options.dispatch(name, args));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handleAsset(res: http.ServerResponse, urlPath: string): void {
    const assetsDir = options.assetsDir?.() ?? null;
    const asset = assetsDir ? resolveAsset(assetsDir, urlPath) : null;
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...ASSET_RESPONSE_HEADERS, 'content-type': asset.mime });
    fs.createReadStream(asset.file).pipe(res);
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): void {
    const root = options.staticDir;
    const file = root ? staticFilePath(root, urlPath) : null;
    if (!root || !file || req.method !== 'GET' || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const headers = {
      'content-type': mimeTypeFor(file),
      'content-security-policy': PREVIEW_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    };
    res.writeHead(200, headers);
    if (API_PAGES.has(path.basename(file))) res.end(withBridgeClient(fs.readFileSync(file, 'utf8')));
    else fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return refuse(res, 403, 'This bridge answers only its own page on 127.0.0.1.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(req.headers.authorization, token)) {
        return refuse(res, 401, 'The bridge token is missing or wrong; open the address the preview printed.');
      }
      const callMatch = /^\/api\/call\/([A-Za-z]{1,64})$/.exec(url.pathname);
      if (callMatch?.[1]) {
        handleCall(req, res, callMatch[1]).catch((error: unknown) => {
          sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error) } });
        });
        return;
      }
      if (url.pathname === '/api/events') return handleEvents(req, res);
      return refuse(res, 404, 'There is no such bridge endpoint.');
    }
    if (url.pathname.startsWith(ASSET_PATH_PREFIX) && req.method === 'GET') return handleAsset(res, url.pathname);
    handleStatic(req, res, url.pathname);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    token,
    appUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

