import { describe, expect, it, vi } from 'vitest';
import { bringToFront, claimSingleInstance } from '../../../electron/shell/single-instance.ts';

function fakeApp(hasLock: boolean) {
  const listeners: Array<[string, () => void]> = [];
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on: vi.fn((event: 'second-instance', listener: () => void) => listeners.push([event, listener])),
  };
}

function fakeWindow(minimized: boolean) {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('one instance at a time', () => {
  it('the first instance takes the lock, keeps running and listens for later launches', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.listeners).toEqual([['second-instance', focus]]);
  });

  it('a second instance does not get the lock and quits', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('a later launch brings the running window forward', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    claimSingleInstance(app, focus);
    app.listeners[0]?.[1]();
    expect(focus).toHaveBeenCalledOnce();
  });
});

describe('bringing the window forward', () => {
  it('restores a minimized window, then shows and focuses it', () => {
    const window = fakeWindow(true);
    bringToFront(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('shows and focuses a window that is only behind others', () => {
    const window = fakeWindow(false);
    bringToFront(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does nothing when there is no window yet or it is gone', () => {
    const window = fakeWindow(true);
    window.isDestroyed.mockReturnValue(true);
    bringToFront(window);
    bringToFront(null);
    expect(window.show).not.toHaveBeenCalled();
  });
});
