import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAllowedHost, staticFilePath, startBridge, type Bridge } from '../../../electron/bridge/server.ts';
import { testBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/temp.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startTestBridge(): Promise<{ bridge: Bridge; staticDir: string; emit: () => void }> {
  const { backend } = testBackend();
  const staticDir = path.join(tempDir('site'), 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><head><script type="module" src="/assets/app.js"></script></head>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'static-secret.txt'), 'secret');
  fs.writeFileSync(path.join(backend.library.files.assetsDir, `${'ab'.repeat(32)}.png`), 'png bytes');
  const bridge = await startBridge({ dispatch: backend.dispatch, events: backend.events, staticDir, assetsDir: () => backend.library.files.assetsDir });
  cleanups.push(() => backend.close(), () => bridge.close());
  return { bridge, staticDir, emit: () => backend.events.emit('libraryChanged', { kinds: ['briefings'] }) };
}

/** A raw request, so tests can send the headers a browser never would. */
function request(
  bridge: Bridge,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (bridge: Bridge, name: string, args: unknown, headers: Record<string, string> = {}) =>
  request(bridge, {
    path: `/api/call/${name}`,
    method: 'POST',
    headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });

describe('the HTTP bridge', () => {
  it('answers a call with the same Result the app gets over IPC', async () => {
    const { bridge } = await startTestBridge();
    const response = await call(bridge, 'listBriefings', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: [{ title: 'Sample briefing: northern corridor' }] });
  });

  it('listens on 127.0.0.1 only, with a long random token in the page address fragment', async () => {
    const { bridge } = await startTestBridge();
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
    expect(bridge.appUrl).toBe(`${bridge.origin}/#token=${bridge.token}`);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['a token of another scheme', { authorization: 'Basic abc' }],
  ])('refuses calls with %s', async (_label, headers) => {
    const { bridge } = await startTestBridge();
    const response = await request(bridge, {
      path: '/api/call/listBriefings',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it.each([
    ['another host name (DNS rebinding)', { host: 'attacker.example:80' }],
    ['a cross-site page', { origin: 'https://attacker.example' }],
    ['a page on another local port', { origin: 'http://127.0.0.1:1' }],
  ])('refuses requests from %s even with the token', async (_label, headers) => {
    const { bridge } = await startTestBridge();
    const response = await call(bridge, 'listBriefings', {}, headers);
    expect(response.status).toBe(403);
  });

  it('refuses bodies that are not JSON, and payloads the contract does not allow', async () => {
    const { bridge } = await startTestBridge();
    const notJson = await request(bridge, {
      path: '/api/call/listBriefings',
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    const invalid = await call(bridge, 'getBriefing', { id: 'all' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    const unknown = await call(bridge, 'dropTables', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const wrongMethod = await request(bridge, { path: '/api/call/listBriefings', headers: { authorization: `Bearer ${bridge.token}` } });
    expect(wrongMethod.status).toBe(405);
  });

  it('streams events to the page as server-sent events', async () => {
    const { bridge, emit } = await startTestBridge();
    const url = new URL(bridge.origin);
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: url.port, path: '/api/events', headers: { authorization: `Bearer ${bridge.token}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) emit();
            if (text.includes('"kinds"')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(await received).toContain('event: libraryChanged\ndata: {"kinds":["briefings"]}\n\n');
  });

  it('serves the app page with its bridge client first and a strict content security policy', async () => {
    const { bridge } = await startTestBridge();
    const page = await request(bridge, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body.indexOf('/bridge-client.js')).toBeLessThan(page.body.indexOf('/assets/app.js'));
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect((await request(bridge, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/../static-secret.txt', '/%2e%2e/static-secret.txt', '/assets/..%2f..%2fetc%2fpasswd', '/%00', '/..%5c..%5cwindows'])(
    'serves nothing outside the renderer folder: %s',
    async (urlPath) => {
      const { bridge } = await startTestBridge();
      const response = await request(bridge, { path: urlPath });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('secret');
    },
  );
});

describe('cached images on the bridge', () => {
  it('serves an image of the library by its hash, without the token, inert', async () => {
    const { bridge } = await startTestBridge();
    const response = await request(bridge, { path: `/library-assets/${'ab'.repeat(32)}.png` });
    expect(response.status).toBe(200);
    expect(response.body).toBe('png bytes');
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it.each(['/library-assets/../library.db', '/library-assets/%2e%2e%2flibrary.db', '/library-assets/library.db', `/library-assets/${'ab'.repeat(32)}.svg`])(
    'refuses %s',
    async (urlPath) => {
      const { bridge } = await startTestBridge();
      expect((await request(bridge, { path: urlPath })).status).toBe(404);
    },
  );
});

describe('bridge guards', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['127.0.0.1:9090', false],
    ['evil.test:8080', false],
    [undefined, false],
  ])('host %s allowed: %s', (host, allowed) => {
    expect(isAllowedHost(host, 8080)).toBe(allowed);
  });

  it.each([
    ['/', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/../outside', null],
    ['/%2e%2e/outside', null],
    ['/a/%2e%2e/%2e%2e/outside', null],
    ['/bad%zzescape', null],
  ])('maps %s to %s', (urlPath, expected) => {
    const root = '/srv/renderer';
    expect(staticFilePath(root, urlPath)).toBe(expected === null ? null : path.join(root, expected));
  });
});
