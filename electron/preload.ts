/**
 * The preload of the app window: puts exactly one object, `window.briefing`,
 * into the page, built from the contract. The page gets calls and event
 * subscriptions; never ipcRenderer, Node or `process`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CALL_NAMES,
  EVENT_NAMES,
  callChannel,
  eventChannel,
  isEventName,
  type BriefingApi,
  type CallName,
  type EventName,
  type Events,
} from '../shared/contract.ts';

const invoker = (name: CallName) => (args: unknown) => ipcRenderer.invoke(callChannel(name), args);

function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  // The page is untrusted: its arguments are checked here, not by the compiler.
  if (!isEventName(event)) {
    throw new Error(`There is no event named ${JSON.stringify(String(event))}; the events are ${EVENT_NAMES.join(', ')}.`);
  }
  if (typeof listener !== 'function') throw new TypeError('The event listener must be a function.');
  const channel = eventChannel(event);
  const forward = (_event: IpcRendererEvent, payload: Events[E]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

// Object.fromEntries loses the per-call types; each entry invokes its own call's channel.
const api = { ...Object.fromEntries(CALL_NAMES.map((name) => [name, invoker(name)])), on } as BriefingApi;

contextBridge.exposeInMainWorld('briefing', api);
