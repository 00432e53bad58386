/**
 * The contract over IPC: one `ipcMain.handle` per call, each refusing any
 * sender but the main frame of our window showing our own page, and backend
 * events forwarded to that window.
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
 * Trusts a call only from the main frame of the app window, showing an app
 * page: not a subframe, another window, or a page that got there somehow.
 */
export function createSenderCheck(
  getWindow: () => AppWindow | null,
  dev: DevServer | null,
): (event: { readonly senderFrame: SenderFrame | null }) => boolean {
  return ({ senderFrame }) => {
    const window = getWindow();
    if (senderFrame === null || window === null || window.isDestroyed()) return false;
    return (
      senderFrame.frameTreeNodeId === window.webContents.mainFrame.frameTreeNodeId &&
      isAppPageUrl(senderFrame.url, dev)
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
