/**
 * Fetching a page for import, in the main process: http(s) only, a time
 * limit, at most five redirects (each checked again), a size cap enforced
 * while reading, and a content-type check. Every failure is a sentence.
 */
import { FETCH_TIMEOUT_MS, MAX_IMPORT_BYTES, MAX_REDIRECTS, type SourceKind } from '../../shared/import.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkImportUrl } from '../../shared/urls.ts';

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
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
  fetchImpl?: typeof fetch;
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
export async function fetchFollowing(input: string, limits: FetchLimits = {}): Promise<{ url: URL; response: Response }> {
  const timeoutMs = limits.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = limits.maxRedirects ?? MAX_REDIRECTS;
  const fetchImpl = limits.fetchImpl ?? fetch;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  const accept =
    limits.accept === 'image'
      ? 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9'
      : 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1';

  let checked = checkImportUrl(input);
  for (let redirects = 0; ; redirects++) {
    if (!checked.ok) throw refuse(checked.reason);
    const url = checked.url;
    let response: Response;
    try {
      response = await fetchImpl(url, { redirect: 'manual', signal, headers: { accept } });
    } catch (error) {
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
    return { url, response };
  }
}

export async function fetchPage(input: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const { url, response } = await fetchFollowing(input, limits);
  const contentType = response.headers.get('content-type') ?? '';
  const kind = kindOfContentType(contentType);
  if (typeof kind !== 'string') {
    await response.body?.cancel();
    throw refuse(kind.unsupported);
  }
  try {
    const bytes = await readCapped(response, limits.maxBytes ?? MAX_IMPORT_BYTES, 'The page');
    return { url: url.href, contentType, kind, bytes };
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw describeNetworkError(error, url, limits.timeoutMs ?? FETCH_TIMEOUT_MS);
  }
}

