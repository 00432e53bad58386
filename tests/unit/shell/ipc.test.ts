import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/api/dispatch.ts';
import { createEventHub } from '../../../electron/api/events.ts';
import { readDevServer, type DevServer } from '../../../electron/shell/dev-server.ts';
import { bindIpc, createSenderCheck, forwardEvents, type SenderFrame } from '../../../electron/shell/ipc.ts';
import { CALL_NAMES, callChannel, eventChannel } from '../../../shared/contract.ts';
import { ok, type Result } from '../../../shared/result.ts';

type InvokeEvent = { senderFrame: SenderFrame | null };
type Handler = (event: InvokeEvent, args: unknown) => Promise<Result<unknown>>;

const MAIN_FRAME: SenderFrame = { url: 'app://bundle/index.html', frameTreeNodeId: 1 };

function appWindow(mainFrame: SenderFrame = MAIN_FRAME) {
  return { isDestroyed: vi.fn(() => false), webContents: { mainFrame, send: vi.fn() } };
}

function boundIpc(window: ReturnType<typeof appWindow> | null = appWindow(), dev: DevServer | null = null) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Handler) => void handlers.set(channel, listener)) };
  const dispatch = vi.fn<Dispatch>((name) => Promise.resolve(ok(`${String(name)} done`)));
  bindIpc(ipcMain, dispatch, createSenderCheck(() => [window], dev));
  const call = (name: string, event: InvokeEvent, args: unknown = {}) => {
    const handler = handlers.get(callChannel(name as (typeof CALL_NAMES)[number]));
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, args);
  };
  return { ipcMain, dispatch, call };
}

describe('binding the contract to IPC', () => {
  it('registers exactly one handler per call, on that call’s channel', () => {
    const { ipcMain } = boundIpc();
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toEqual(CALL_NAMES.map(callChannel));
    expect(new Set(channels).size).toBe(CALL_NAMES.length);
  });

  it('passes a call from the app page through to dispatch and returns its result', async () => {
    const { dispatch, call } = boundIpc();
    const result = await call('getBriefing', { senderFrame: MAIN_FRAME }, { id: 'b1' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('getBriefing', { id: 'b1' });
    expect(result).toEqual({ ok: true, value: 'getBriefing done' });
  });

  it('accepts the dev server page in development', async () => {
    const dev = readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: 'abcdefghijklmnop1234' }, false);
    const devFrame = { url: 'http://127.0.0.1:5173/#/briefings', frameTreeNodeId: 1 };
    const { dispatch, call } = boundIpc(appWindow(devFrame), dev);
    expect(await call('listBriefings', { senderFrame: devFrame })).toMatchObject({ ok: true });
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it.each<[string, InvokeEvent, ReturnType<typeof appWindow> | null]>([
    ['a page from another origin in the main frame', { senderFrame: { url: 'https://evil.example/', frameTreeNodeId: 1 } }, appWindow({ url: 'https://evil.example/', frameTreeNodeId: 1 })],
    ['a subframe showing an app page', { senderFrame: { url: 'app://bundle/index.html', frameTreeNodeId: 7 } }, appWindow()],
    ['a subframe from another origin', { senderFrame: { url: 'https://evil.example/', frameTreeNodeId: 7 } }, appWindow()],
    ['another app host', { senderFrame: { url: 'app://other/index.html', frameTreeNodeId: 1 } }, appWindow({ url: 'app://other/index.html', frameTreeNodeId: 1 })],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html', frameTreeNodeId: 1 } }, appWindow({ url: 'file:///tmp/index.html', frameTreeNodeId: 1 })],
    ['the dev server outside development', { senderFrame: { url: 'http://127.0.0.1:5173/', frameTreeNodeId: 1 } }, appWindow({ url: 'http://127.0.0.1:5173/', frameTreeNodeId: 1 })],
    ['a frame that is gone', { senderFrame: null }, appWindow()],
    ['any frame when the window is gone', { senderFrame: MAIN_FRAME }, null],
  ])('refuses %s without calling dispatch', async (_label, event, window) => {
    const { dispatch, call } = boundIpc(window);
    const result = await call('openExternal', event, { url: 'https://example.com/' });
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses calls once the window is destroyed', async () => {
    const window = appWindow();
    window.isDestroyed.mockReturnValue(true);
    const { dispatch, call } = boundIpc(window);
    expect(await call('listBriefings', { senderFrame: MAIN_FRAME })).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('the print window', () => {
  const PRINT_FRAME: SenderFrame = { url: 'app://bundle/print/print.html?briefing=1&content=full&paper=a4&notes=margin', frameTreeNodeId: 9 };

  function boundWithPrintWindows(printWindows: Array<ReturnType<typeof appWindow>>) {
    const handlers = new Map<string, Handler>();
    const ipcMain = { handle: vi.fn((channel: string, listener: Handler) => void handlers.set(channel, listener)) };
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve(ok('done')));
    bindIpc(ipcMain, dispatch, createSenderCheck(() => [appWindow(), ...printWindows], null));
    const call = (event: InvokeEvent) => handlers.get(callChannel('getBriefingDocument'))!(event, { id: 1 });
    return { dispatch, call };
  }

  it('may call while it prints: its main frame shows our print view', async () => {
    const { dispatch, call } = boundWithPrintWindows([appWindow(PRINT_FRAME)]);
    expect(await call({ senderFrame: PRINT_FRAME })).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('getBriefingDocument', { id: 1 });
  });

  it.each<[string, Array<ReturnType<typeof appWindow>>, InvokeEvent]>([
    ['once it is gone (printed and destroyed)', [], { senderFrame: PRINT_FRAME }],
    ['from a destroyed print window', [{ ...appWindow(PRINT_FRAME), isDestroyed: vi.fn(() => true) }], { senderFrame: PRINT_FRAME }],
    ['from a subframe of the print window', [appWindow(PRINT_FRAME)], { senderFrame: { url: PRINT_FRAME.url, frameTreeNodeId: 10 } }],
    ['when the print window shows a page that is not ours', [appWindow({ url: 'https://evil.example/', frameTreeNodeId: 9 })], { senderFrame: { url: 'https://evil.example/', frameTreeNodeId: 9 } }],
  ])('is refused %s', async (_label, printWindows, event) => {
    const { dispatch, call } = boundWithPrintWindows(printWindows);
    expect(await call(event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('forwarding backend events to the window', () => {
  it('sends each event on its channel while the window exists, and stops when unsubscribed', () => {
    const events = createEventHub();
    const window = appWindow();
    const stop = forwardEvents(events, () => window);
    events.emit('libraryChanged', { kinds: ['briefings'] });
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(eventChannel('libraryChanged'), { kinds: ['briefings'] });
    stop();
    events.emit('libraryChanged', { kinds: ['articles'] });
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });

  it('sends nothing when there is no window or it is destroyed', () => {
    const events = createEventHub();
    const window = appWindow();
    window.isDestroyed.mockReturnValue(true);
    forwardEvents(events, () => window);
    forwardEvents(events, () => null);
    events.emit('libraryChanged', { kinds: ['settings'] });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
