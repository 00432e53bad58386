/**
 * The preview's stand-in for the Electron preload: builds `window.briefing`
 * from the same contract, over the HTTP bridge instead of IPC. The app cannot
 * tell the difference. The token arrives in the URL fragment once and is kept
 * for this tab only.
 */
import { CALL_NAMES, isEventName, type BriefingApi, type EventName, type Events } from '../shared/contract.ts';
import type { Result } from '../shared/result.ts';

const TOKEN_KEY = 'briefing-bridge-token';

function takeToken(): string {
  const fromHash = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

async function invoke(name: string, args: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/call/${name}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `The preview server did not answer (${(error as Error).message}). Is it still running?` },
    };
  }
}

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

/** Reads the server-sent event stream with fetch, which (unlike EventSource) can send the token. */
async function streamEvents(): Promise<void> {
  const response = await fetch('/api/events', { headers: { authorization: headers.authorization } });
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (isEventName(name) && data !== undefined) {
        const payload: unknown = JSON.parse(data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      }
    }
  }
}

function connectEvents(): void {
  streamEvents()
    .catch(() => undefined)
    .finally(() => setTimeout(connectEvents, 2000));
}
connectEvents();

const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (args: unknown) => invoke(name, args)])) as Record<
  string,
  unknown
>;
api.on = <E extends EventName>(event: E, listener: (payload: Events[E]) => void): (() => void) => {
  if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
  const set = listeners.get(event) ?? new Set<Listener>();
  listeners.set(event, set);
  const wrapped = listener as Listener;
  set.add(wrapped);
  return () => set.delete(wrapped);
};

Object.defineProperty(window, 'briefing', { value: Object.freeze(api as BriefingApi), writable: false });
