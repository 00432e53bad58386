/**
 * The contract over IPC: one `ipcMain.handle` per call, each refusing any
 * sender but the main frame of one of our windows (the app window, a print
 * window) showing our own page, and backend events forwarded to the app window.
 */
import { CALL_NAMES, callChannel, eventChannel } from '../../shared/contract.ts';
import { fail, type Result } from '../../shared/result.ts';
import type { Dispatch } from '../api/dispatch.ts';
import type { EventHub } from '../api/events.ts';
import type { DevServer } from './dev-server.ts';
import { isAppPageUrl } from './origins.ts';

/** The part of `ipcMain` used here; `Event` is Electron's IpcMainInvokeEvent in the app. */
export interface IpcHandlerRegistry<Event> {
  handle(channel: string, listener: (event: Event, args: unknown) => Promise<Result<unknown>>): void;
}

export function bindIpc<Event>(
  ipcMain: IpcHandlerRegistry<Event>,
  dispatch: Dispatch,
  isTrustedSender: (event: Event) => boolean,
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(callChannel(name), async (event, args) => {
      if (!isTrustedSender(event)) {
        return fail('FORBIDDEN_SENDER', `${name} was refused: it did not come from the Briefing Reader window.`);
      }
      return dispatch(name, args);
    });
  }
}

/** What the sender check reads of a frame (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly frameTreeNodeId: number;
}

export interface AppWindow {
  isDestroyed(): boolean;
  readonly webContents: {
    readonly mainFrame: SenderFrame;
    send(channel: string, ...args: unknown[]): void;
  };
}

/**
 * Trusts a call only from the main frame of one of our windows (the app
 * window, and a print window while it prints), showing an app page: not a
 * subframe, another window, or a page that got there somehow.
 */
export function createSenderCheck(
  getWindows: () => ReadonlyArray<AppWindow | null>,
  dev: DevServer | null,
): (event: { readonly senderFrame: SenderFrame | null }) => boolean {
  return ({ senderFrame }) => {
    if (senderFrame === null || !isAppPageUrl(senderFrame.url, dev)) return false;
    return getWindows().some(
      (window) => window !== null && !window.isDestroyed() && senderFrame.frameTreeNodeId === window.webContents.mainFrame.frameTreeNodeId,
    );
  };
}

/** Sends backend events to the window while it exists; returns the unsubscribe. */
export function forwardEvents(events: EventHub, getWindow: () => AppWindow | null): () => void {
  return events.subscribe((name, payload) => {
    const window = getWindow();
    if (window !== null && !window.isDestroyed()) window.webContents.send(eventChannel(name), payload);
  });
}
