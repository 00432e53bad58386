/**
 * Fetching a page for import, in the main process: http(s) only, a time
 * limit, at most five redirects (each checked again), a size cap enforced
 * while reading, and a content-type check. Every failure is a sentence.
 *
 * Internal hosts stay out of reach: a redirect or an image may not lead to a
 * loopback, private, link-local, unique-local or otherwise non-public address
 * (IPv4 or IPv6, IPv4 written as one number or in octal, IPv4-mapped IPv6, a
 * name that resolves there) unless the address the analyst typed is itself
 * such a host. Names are checked on the addresses the connection actually
 * uses, at connect time, so a name cannot resolve one way for the check and
 * another for the request.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';
import { FETCH_TIMEOUT_MS, MAX_IMPORT_BYTES, MAX_REDIRECTS, type SourceKind } from '../../shared/import.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkImportUrl } from '../../shared/urls.ts';

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  /** The typed address was an internal host, so its images may be too (FetchLimits.internalAllowed). */
  internalAllowed: boolean;
  contentType: string;
  kind: SourceKind;
  bytes: Uint8Array;
}

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Accept header and the content types we read; images pass their own. */
  accept?: 'page' | 'image';
  signal?: AbortSignal;
  /** Tests give their own; it bypasses the connect-time address check (the address in the URL is still checked). */
  fetchImpl?: typeof fetch;
  /**
   * Whether internal addresses may be reached. Unset for a page: only when the
   * typed address is one. An image gets its page's FetchedPage.internalAllowed.
   */
  internalAllowed?: boolean;
}

/** Addresses that are not the public internet. */
const INTERNAL = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(address, prefix, 'ipv6');
}

/** The 8 groups of an IPv6 address, with a trailing dotted IPv4 part folded in. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, null];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const front = parse(head);
  const back = tail === null ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return null;
}

/** True for an IP address that is not on the public internet. */
export function isInternalAddress(address: string): boolean {
  if (net.isIPv4(address)) return INTERNAL.check(address, 'ipv4');
  if (!net.isIPv6(address)) return false;
  const inner = embeddedIpv4(address);
  if (inner !== null && inner !== '0.0.0.0' && inner !== '0.0.0.1') return INTERNAL.check(inner, 'ipv4');
  return INTERNAL.check(address, 'ipv6');
}

/** An internal host named in the URL itself (an address, or localhost); names are checked when they resolve. */
function namesInternalHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return net.isIP(host) !== 0 && isInternalAddress(host);
}

function internalRefused(url: URL, address?: string): BriefingError {
  return refuse(
    `${url.host}${address ? ` (${address})` : ''} is an address inside this computer or its network, not a public web address; ` +
      'an import follows links and loads images there only when the address you typed is itself such a host.',
  );
}

/** Where the fetches of one import may connect: internal hosts only once the typed host turned out to be one. */
interface ConnectPolicy {
  internalAllowed: boolean;
  /** The typed host, allowed to resolve to an internal address (which then allows the rest). */
  typedHost: string | null;
}

/** dns.lookup, refusing internal addresses unless the policy allows them. */
function guardedLookup(policy: ConnectPolicy, url: URL): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const internal = addresses.find((entry) => isInternalAddress(entry.address));
      if (internal && !policy.internalAllowed) {
        if (hostname !== policy.typedHost) return callback(internalRefused(url, internal.address), '', 0);
        policy.internalAllowed = true;
      }
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** A GET over node:http(s) whose connections go through guardedLookup, answered as a fetch Response. */
function guardedFetch(policy: ConnectPolicy): (url: URL, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response> {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const client = url.protocol === 'https:' ? https : http;
      const request = client.request(url, { method: 'GET', headers: init.headers, signal: init.signal, lookup: guardedLookup(policy, url) }, (incoming) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
        }
        const status = incoming.statusCode ?? 500;
        const bodyless = status === 204 || status === 205 || status === 304;
        if (bodyless) incoming.resume();
        resolve(new Response(bodyless ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>), { status, statusText: incoming.statusMessage ?? '', headers }));
      });
      // A timeout or a cancel is told by the signal's own reason (TimeoutError, AbortError), as fetch does.
      request.on('error', (error) => reject(init.signal.aborted ? (init.signal.reason as Error) : error));
      request.end();
    });
}

const refuse = (message: string) => new BriefingError('INVALID_ARGUMENTS', message);

export function kindOfContentType(contentType: string): SourceKind | { unsupported: string } {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') return 'html';
  if (type === 'text/plain') return 'text';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/pdf') return { unsupported: 'PDF import is not supported yet.' };
  return { unsupported: `The address returned ${type}, not a web page.` };
}

/** Names the network failure in words, from undici's error causes. */
function describeNetworkError(error: unknown, url: URL, timeoutMs: number): BriefingError {
  const name = (error as Error).name;
  if (name === 'TimeoutError') return refuse(`${url.host} did not answer within ${timeoutMs / 1000} seconds.`);
  if (name === 'AbortError') return new BriefingError('INVALID_ARGUMENTS', 'Import was cancelled.');
  const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return refuse(`The host ${url.hostname} could not be found. Check the address and your connection.`);
    case 'ECONNREFUSED':
      return refuse(`${url.host} refused the connection.`);
    case 'ECONNRESET':
      return refuse(`${url.host} closed the connection before the page arrived.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return refuse(`${url.host} cannot be reached from this network.`);
    default:
      return refuse(`${url.host} could not be reached (${code || (error as Error).message}).`);
  }
}

function describeStatus(status: number, url: URL): BriefingError {
  if (status === 404 || status === 410) return refuse(`The page was not found (HTTP ${status}): ${url.href}`);
  if (status === 401 || status === 403) return refuse(`The site refused access to the page (HTTP ${status}); it may need a login.`);
  if (status === 429) return refuse('The site is limiting requests (HTTP 429). Try again in a few minutes.');
  if (status >= 500) return refuse(`The site had an error (HTTP ${status}). Try again later.`);
  return refuse(`The site answered HTTP ${status} instead of the page.`);
}

/** Reads a body up to `maxBytes`, stopping as soon as it would exceed it. */
export async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => refuse(`${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Fetches with manual redirects; returns the final response, still unread. */
export async function fetchFollowing(input: string, limits: FetchLimits = {}): Promise<{ url: URL; response: Response; internalAllowed: boolean }> {
  const timeoutMs = limits.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = limits.maxRedirects ?? MAX_REDIRECTS;
  const typed = checkImportUrl(input);
  const policy: ConnectPolicy = {
    internalAllowed: limits.internalAllowed ?? (typed.ok && namesInternalHost(typed.url)),
    typedHost: limits.internalAllowed === undefined && typed.ok ? typed.url.hostname : null,
  };
  const fetchImpl = limits.fetchImpl ?? guardedFetch(policy);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  const accept =
    limits.accept === 'image'
      ? 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9'
      : 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1';

  let checked = typed;
  for (let redirects = 0; ; redirects++) {
    if (!checked.ok) throw refuse(checked.reason);
    const url = checked.url;
    if (!policy.internalAllowed && namesInternalHost(url)) throw internalRefused(url);
    let response: Response;
    try {
      response = await fetchImpl(url, { redirect: 'manual', signal, headers: { accept } });
    } catch (error) {
      if (error instanceof BriefingError) throw error;
      throw describeNetworkError(error, url, timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (redirects >= maxRedirects) throw refuse(`The address redirected more than ${maxRedirects} times.`);
      checked = checkImportUrl(new URL(response.headers.get('location') ?? '', url).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw describeStatus(response.status, url);
    }
    return { url, response, internalAllowed: policy.internalAllowed };
  }
}

export async function fetchPage(input: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const { url, response, internalAllowed } = await fetchFollowing(input, limits);
  const contentType = response.headers.get('content-type') ?? '';
  const kind = kindOfContentType(contentType);
  if (typeof kind !== 'string') {
    await response.body?.cancel();
    throw refuse(kind.unsupported);
  }
  try {
    const bytes = await readCapped(response, limits.maxBytes ?? MAX_IMPORT_BYTES, 'The page');
    return { url: url.href, contentType, kind, bytes, internalAllowed };
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw describeNetworkError(error, url, limits.timeoutMs ?? FETCH_TIMEOUT_MS);
  }
}

