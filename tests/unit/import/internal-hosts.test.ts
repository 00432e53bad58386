/**
 * Imports stay off internal hosts (issue 17, item 6): a page's redirects and
 * images may not lead to loopback, private or link-local addresses, in any
 * spelling, nor to a name that resolves there, unless the address the analyst
 * typed is itself such a host. Tested against web sites on 127.0.0.1.
 */
import dns from 'node:dns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFollowing, isInternalAddress } from '../../../electron/import/fetch.ts';
import { QUAY_PNG } from '../../helpers/annotated-library.ts';
import { bytesFile, importer } from '../../helpers/importer.ts';
import { startSite } from '../../helpers/site.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes `name` resolve to 127.0.0.1, as a hostile or intranet DNS record would. */
function resolveToLoopback(name: string): void {
  const real = dns.lookup.bind(dns);
  vi.spyOn(dns, 'lookup').mockImplementation(((hostname: string, options: dns.LookupAllOptions, callback: (e: Error | null, a: dns.LookupAddress[]) => void) => {
    if (hostname === name) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
    return (real as unknown as (...args: unknown[]) => void)(hostname, options, callback);
  }) as unknown as typeof dns.lookup);
}

const ARTICLE = `<!doctype html><html><head><title>Harbour queues shorten</title></head><body><article><h1>Harbour queues shorten</h1>
<p>The port authority said waiting times at the grain terminal fell from nine days to four in February, the shortest since the corridor opened.</p>
<p>Officials credited a rule that moved customs inspections inland. Shipping agents had asked for the change for two years, and the ministry agreed in January.</p>
<p>A logistics adviser warned that February is a quiet month and that the spring harvest would test the new rule properly.</p>
IMAGE</article></body></html>`;

describe('which addresses are internal', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
    '2002:a00:1::',
  ])('%s is internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });
});

describe('a page from a public address', () => {
  /** A public page (as a fake fetch answers for it) that redirects to `location`. */
  const redirectingTo = (location: string) => {
    const asked: string[] = [];
    const fetchImpl = ((url: URL) => {
      asked.push(url.href);
      return Promise.resolve(new Response(null, { status: 302, headers: { location } }));
    }) as unknown as typeof fetch;
    return { asked, fetchImpl };
  };

  it.each([
    ['loopback', 'http://127.0.0.1:9/admin'],
    ['localhost', 'http://localhost/admin'],
    ['a private network', 'http://10.0.0.5/'],
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['loopback as one decimal number', 'http://2130706433/'],
    ['loopback in octal', 'http://0177.0.0.1/'],
    ['loopback in hex', 'http://0x7f.1/'],
  ])('may not redirect to %s', async (_what, location) => {
    const { asked, fetchImpl } = redirectingTo(location);
    await expect(fetchFollowing('https://news.example/story', { fetchImpl })).rejects.toThrow(/inside this computer or its network, not a public web address/);
    expect(asked).toEqual(['https://news.example/story']);
  });

  it('may not load its images from a name that resolves to loopback: checked when connecting', async () => {
    const site = await startSite({ '/quay.png': { type: 'image/png', body: QUAY_PNG } });
    const port = new URL(site.origin).port;
    resolveToLoopback('images.test');
    const image = `http://images.test:${port}/quay.png`;
    await expect(fetchFollowing(image, { accept: 'image', internalAllowed: false })).rejects.toThrow(/images\.test:\d+ \(127\.0\.0\.1\) is an address inside this computer/);
    expect(site.requests).toEqual([]);
    // The same request from an internal page reaches the server: the refusal above was the check.
    const { response } = await fetchFollowing(image, { accept: 'image', internalAllowed: true });
    expect(Buffer.from(await response.arrayBuffer()).equals(QUAY_PNG)).toBe(true);
  });
});

describe('an address the analyst typed', () => {
  it('may be an internal host itself, and then its redirects and images may be too', async () => {
    const site = await startSite({
      '/moved': { status: 301, headers: { location: '/story' }, body: '' },
      '/story': { body: ARTICLE.replace('IMAGE', '<img src="/quay.png" width="600" height="400" alt="The quay">') },
      '/quay.png': { type: 'image/png', body: QUAY_PNG },
    });
    const { import: importOne, library } = importer();
    const outcome = await importOne({ kind: 'url', url: site.url('/moved') });
    expect(outcome.status).toBe('saved');
    expect(site.requests).toEqual(['/moved', '/story', '/quay.png']);
    expect(library.db.prepare('SELECT count(*) FROM article_assets').pluck().get()).toBe(1);
  });

  it('may be a name that resolves to an internal host (an intranet)', async () => {
    const site = await startSite({ '/story': { body: ARTICLE.replace('IMAGE', '') } });
    resolveToLoopback('intranet.test');
    const { url, internalAllowed } = await fetchFollowing(`http://intranet.test:${new URL(site.origin).port}/story`);
    expect(url.hostname).toBe('intranet.test');
    expect(internalAllowed).toBe(true);
  });
});

describe('a saved page from disk', () => {
  it('does not load images from loopback: the article is saved without them', async () => {
    const site = await startSite({ '/pixel.png': { type: 'image/png', body: QUAY_PNG } });
    const { import: importOne, library } = importer();
    const html = ARTICLE.replace('IMAGE', `<img src="${site.url('/pixel.png')}" width="600" height="400" alt="The quay">`);
    const outcome = await importOne(bytesFile('harbour.html', html));
    expect(outcome.status).toBe('saved');
    expect(site.requests).toEqual([]);
    expect(library.db.prepare('SELECT count(*) FROM article_assets').pluck().get()).toBe(0);
  });
});
