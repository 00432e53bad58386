import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_START_URL,
  createBundleHandler,
  registerAppScheme,
  resolveBundlePath,
  serveBundle,
} from '../../../electron/shell/protocol.ts';
import { tempDir } from '../../helpers/temp.ts';

const ROOT = path.resolve('/srv/bundle');
const POLICY = "default-src 'none'";

describe('the app scheme', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('starts the app at app://bundle/index.html', () => {
    expect(APP_START_URL).toBe('app://bundle/index.html');
  });
});

describe('finding the file an app:// URL names', () => {
  it.each([
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/assets/index-AbC123.js', 'assets/index-AbC123.js'],
    ['app://bundle/assets/index.js?v=2#top', 'assets/index.js'],
    ['app://bundle/fonts/Source%20Serif.woff2', 'fonts/Source Serif.woff2'],
  ])('%s is %s inside the bundle', (url, relative) => {
    expect(resolveBundlePath(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    ['a parent folder', 'app://bundle/../secret.txt'],
    ['a parent folder deeper in', 'app://bundle/assets/../../secret.txt'],
    ['a parent folder even when it stays inside', 'app://bundle/assets/../index.html'],
    ['an encoded parent folder', 'app://bundle/%2e%2e/secret.txt'],
    ['an upper-case encoded parent folder', 'app://bundle/%2E%2E/secret.txt'],
    ['half-encoded dots', 'app://bundle/.%2e/secret.txt'],
    ['an encoded slash after dots', 'app://bundle/..%2fsecret.txt'],
    ['an encoded slash', 'app://bundle/assets%2f..%2f..%2fsecret.txt'],
    ['a backslash', 'app://bundle/..\\secret.txt'],
    ['an encoded backslash', 'app://bundle/..%5csecret.txt'],
    ['an absolute path', 'app://bundle//etc/passwd'],
    ['an encoded absolute path', 'app://bundle/%2fetc%2fpasswd'],
    ['a drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['a NUL byte', 'app://bundle/index.html%00.png'],
    ['a single dot', 'app://bundle/./index.html'],
    ['broken percent-encoding', 'app://bundle/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://bundle.evil/index.html'],
    ['a port', 'app://bundle:8080/index.html'],
    ['user info', 'app://user@bundle/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an http URL', 'http://bundle/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveBundlePath(ROOT, url)).toBeNull();
  });
});

describe('serving the bundle', () => {
  function bundleHandler() {
    // The bundle folder sits beside a file it must never serve.
    const outer = tempDir('bundle');
    fs.writeFileSync(path.join(outer, 'secret.txt'), 'secret');
    const root = path.join(outer, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Briefing Reader</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
    fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
    fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
    return createBundleHandler(root, POLICY);
  }

  it('registers one handler for the app scheme', () => {
    const protocol = { handle: vi.fn() };
    serveBundle(protocol, '/srv/bundle', POLICY, () => '/srv/library/assets');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it.each([
    ['app://bundle/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Briefing Reader</title>'],
    ['app://bundle/assets/app.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['app://bundle/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://bundle/assets/logo.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s with the policy and nosniff', async (url, contentType, body) => {
    const response = await bundleHandler()(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    ['a file that does not exist', 'app://bundle/missing.js'],
    ['a folder', 'app://bundle/assets'],
    ['a file beside the bundle', 'app://bundle/..%2f'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 for %s, still with the policy', async (_label, url) => {
    const response = await bundleHandler()(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
  });

  it('does not serve a file next to the bundle folder however the path is spelled', async () => {
    const handle = bundleHandler();
    for (const url of ['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('refuses to change anything', async () => {
    const response = await bundleHandler()(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('serving cached article images', () => {
  const hash = 'ab'.repeat(32);

  /** A library assets folder with one image, a secret beside it, and a link that leads out. */
  function assetHandler() {
    const outer = tempDir('library');
    const assets = path.join(outer, 'assets');
    fs.mkdirSync(assets);
    fs.writeFileSync(path.join(assets, `${hash}.png`), 'png bytes');
    fs.writeFileSync(path.join(outer, 'library.db'), 'secret database');
    fs.symlinkSync(path.join(outer, 'library.db'), path.join(assets, `${'cd'.repeat(32)}.png`));
    const root = path.join(outer, 'renderer');
    fs.mkdirSync(root);
    return createBundleHandler(root, POLICY, () => assets);
  }

  it('serves an image by its hash, inert and for our own pages only', async () => {
    const response = await assetHandler()(new Request(`app://bundle/library-assets/${hash}.png`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(await response.text()).toBe('png bytes');
  });

  it.each([
    ['the database beside the folder', 'app://bundle/library-assets/../library.db'],
    ['an encoded climb', 'app://bundle/library-assets/%2e%2e%2flibrary.db'],
    ['a link that leads out of the folder', `app://bundle/library-assets/${'cd'.repeat(32)}.png`],
    ['a name that is not a hash', 'app://bundle/library-assets/library.db'],
    ['an absolute path', 'app://bundle/library-assets//etc/passwd'],
    ['a type we do not store', `app://bundle/library-assets/${hash}.html`],
    ['a missing image', `app://bundle/library-assets/${'ef'.repeat(32)}.png`],
  ])('refuses %s', async (_label, url) => {
    const response = await assetHandler()(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });
});

