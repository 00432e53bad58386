import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, callChannel, eventChannel, type BriefingApi } from '../../../shared/contract.ts';

type IpcListener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((channel: string, args: unknown) => Promise.resolve({ ok: true, value: { channel, args } })),
    on: vi.fn<(channel: string, listener: IpcListener) => void>(),
    removeListener: vi.fn<(channel: string, listener: IpcListener) => void>(),
  },
}));
vi.mock('electron', () => electron);

let exposed: unknown[][];
let api: BriefingApi;
beforeAll(async () => {
  await import('../../../electron/preload.ts');
  exposed = [...electron.contextBridge.exposeInMainWorld.mock.calls];
  api = exposed[0]?.[1] as BriefingApi;
});

describe('the preload', () => {
  it('exposes exactly one key, `briefing`, once', () => {
    expect(exposed.map(([key]) => key)).toEqual(['briefing']);
  });

  it('gives `briefing` one method per call in the contract, plus `on`, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(['ipcRenderer', 'invoke', 'send', 'sendSync', 'process', 'require', 'Buffer'])('exposes no %s', (key) => {
    expect(api).not.toHaveProperty(key);
  });

  it.each(CALL_NAMES)('%s invokes its own channel with the arguments as given', async (name) => {
    const call = api[name] as (args: unknown) => Promise<unknown>;
    const args = { probe: name };
    await expect(call(args)).resolves.toEqual({ ok: true, value: { channel: callChannel(name), args } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(callChannel(name), args);
  });
});

describe('subscribing to events', () => {
  it('passes the payload, not the IPC event, to the listener, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('libraryChanged', listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) ?? [];
    expect(channel).toBe(eventChannel('libraryChanged'));
    forward?.({ sender: 'the IPC event' }, { kinds: ['briefings'] });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ kinds: ['briefings'] });

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(eventChannel('libraryChanged'), forward);
  });

  it.each(['toString', '__proto__', 'briefing:event:libraryChanged', 'ipc', ''])(
    'refuses the unknown event %j without subscribing',
    (event) => {
      const subscriptions = electron.ipcRenderer.on.mock.calls.length;
      expect(() => api.on(event as 'libraryChanged', () => {})).toThrow(/no event named/);
      expect(electron.ipcRenderer.on.mock.calls.length).toBe(subscriptions);
    },
  );

  it('refuses a listener that is not a function', () => {
    expect(() => api.on('libraryChanged', 'alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
