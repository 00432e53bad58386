/**
 * Cached images are served from the library's assets folder by two doors: the
 * app's protocol (app://bundle/library-assets/…) and the preview bridge
 * (http://127.0.0.1:port/library-assets/…). Neither lets a request climb out
 * of the folder, however the path is spelled, nor follow a link out of it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../electron/api/events.ts';
import { startBridge, type Bridge } from '../../../electron/bridge/server.ts';
import { createBundleHandler } from '../../../electron/shell/protocol.ts';
import { tempDir } from '../../helpers/temp.ts';

const IMAGE = `${'ab'.repeat(32)}.png`;
const LINK_OUT = `${'cd'.repeat(32)}.png`;
const LINK_TO_FOLDER = `${'ef'.repeat(32)}.png`;
const SECRET = 'the analyst’s library database';

/** A library folder: the database and a secret beside assets/, one image in it, and links that lead out. */
function library() {
  const root = tempDir('library');
  const assets = path.join(root, 'assets');
  fs.mkdirSync(assets);
  fs.writeFileSync(path.join(assets, IMAGE), 'png bytes');
  fs.writeFileSync(path.join(root, 'library.db'), SECRET);
  const outside = tempDir('elsewhere');
  fs.writeFileSync(path.join(outside, 'passwd.png'), SECRET);
  fs.symlinkSync(path.join(outside, 'passwd.png'), path.join(assets, LINK_OUT));
  fs.symlinkSync(outside, path.join(assets, LINK_TO_FOLDER));
  return { root, assets };
}

const up = '..%2f';
const TRAVERSALS: Array<[string, string]> = [
  ['a plain climb', '/library-assets/../library.db'],
  ['an encoded climb', '/library-assets/%2e%2e/library.db'],
  ['an upper-case encoded climb', '/library-assets/%2E%2E%2Flibrary.db'],
  ['an encoded slash', `/library-assets/${up}library.db`],
  ['a double-encoded climb', '/library-assets/%252e%252e%252flibrary.db'],
  ['a backslash climb', '/library-assets/..\\library.db'],
  ['an encoded backslash climb', '/library-assets/..%5clibrary.db'],
  ['an absolute path', '/library-assets//etc/passwd'],
  ['an encoded absolute path', '/library-assets/%2fetc%2fpasswd'],
  ['a Windows drive', '/library-assets/C:%5cWindows%5cwin.ini'],
  ['a NUL byte', `/library-assets/${IMAGE}%00.db`],
  ['an overlong UTF-8 dot', '/library-assets/%c0%ae%c0%ae/library.db'],
  ['full-width dots', '/library-assets/%ef%bc%8e%ef%bc%8e/library.db'],
  ['a division slash', '/library-assets/..%e2%88%95library.db'],
  ['a broken escape', '/library-assets/%zz'],
  ['a link to a file outside the folder', `/library-assets/${LINK_OUT}`],
  ['a link to a folder outside', `/library-assets/${LINK_TO_FOLDER}/passwd.png`],
  ['a name that is not a hash', '/library-assets/library.db'],
  ['an upper-case hash', `/library-assets/${IMAGE.toUpperCase()}`],
  ['a type we never store', `/library-assets/${'ab'.repeat(32)}.html`],
  ['a trailing dot', `/library-assets/${IMAGE}.`],
  ['the folder itself', '/library-assets/'],
];

describe.each(['the app protocol', 'the preview bridge'] as const)('cached images through %s', (door) => {
  const open: Bridge[] = [];
  afterEach(async () => {
    for (const bridge of open.splice(0)) await bridge.close();
  });

  /** Fetches `urlPath` exactly as written: no client normalizes the climb away first. */
  async function get(urlPath: string): Promise<{ status: number; body: string }> {
    const { root, assets } = library();
    if (door === 'the app protocol') {
      const handle = createBundleHandler(path.join(root, 'renderer'), "default-src 'none'", () => assets);
      const response = await handle(new Request(`app://bundle${urlPath}`));
      return { status: response.status, body: await response.text() };
    }
    const bridge = await startBridge({ dispatch: () => Promise.reject(new Error('no calls here')), events: createEventHub(), assetsDir: () => assets });
    open.push(bridge);
    const { port } = new URL(bridge.origin);
    return new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: urlPath, headers: { host: `127.0.0.1:${port}` } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('serves an image that is in the folder', async () => {
    expect(await get(`/library-assets/${IMAGE}`)).toEqual({ status: 200, body: 'png bytes' });
  });

  it.each(TRAVERSALS)('refuses %s', async (_label, urlPath) => {
    const { status, body } = await get(urlPath);
    expect(status).toBe(404);
    expect(body).not.toContain(SECRET);
  });
});
