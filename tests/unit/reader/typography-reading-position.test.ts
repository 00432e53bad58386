// @vitest-environment jsdom
/**
 * Reading position: the fraction math, and useReadingPosition against a
 * scroll container whose sizes the test sets (jsdom has no layout).
 */
import { act, createElement, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../shared/model.ts';
import { SAVE_AFTER_MS, SETTLE_MS, useReadingPosition } from '../../../renderer/reader-position/use-reading-position.ts';
import { scrollFraction, scrollTopFor, roundFraction } from '../../../renderer/reader-position/scroll-fraction.ts';
import { useAppStore } from '../../../renderer/store/store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('scroll fractions', () => {
  it('measures against the scrollable height, and places back the same way', () => {
    expect(scrollFraction(0, 3000, 1000)).toBe(0);
    expect(scrollFraction(1000, 3000, 1000)).toBe(0.5);
    expect(scrollFraction(2500, 3000, 1000)).toBe(1);
    expect(scrollFraction(0, 800, 1000)).toBeNull();
    expect(scrollTopFor(0.5, 3000, 1000)).toBe(1000);
    expect(scrollTopFor(0.25, 5000, 1000)).toBe(1000);
    expect(scrollTopFor(2, 3000, 1000)).toBe(2000);
    expect(scrollTopFor(0.5, 800, 1000)).toBe(0);
    expect(roundFraction(0.123456)).toBe(0.1235);
  });
});

/** A stand-in for ResizeObserver: the test says when sizes changed. */
const observers: Array<() => void> = [];
class FakeResizeObserver {
  private readonly callback: () => void;
  constructor(callback: () => void) {
    this.callback = callback;
    observers.push(this.callback);
  }
  observe(): void {}
  disconnect(): void {
    const index = observers.indexOf(this.callback);
    if (index >= 0) observers.splice(index, 1);
  }
}

interface Scroller {
  element: HTMLDivElement;
  sizes: { scrollHeight: number; clientHeight: number; scrollTop: number };
  /** Scrolls as the person would: sets scrollTop and fires the event. */
  scrollTo(top: number): void;
}

function makeScroller(element: HTMLDivElement): Scroller {
  const sizes = { scrollHeight: 5000, clientHeight: 1000, scrollTop: 0 };
  Object.defineProperty(element, 'scrollHeight', { get: () => sizes.scrollHeight });
  Object.defineProperty(element, 'clientHeight', { get: () => sizes.clientHeight });
  Object.defineProperty(element, 'scrollTop', {
    get: () => sizes.scrollTop,
    set: (value: number) => {
      sizes.scrollTop = value;
    },
  });
  return {
    element,
    sizes,
    scrollTo(top) {
      element.dispatchEvent(new WheelEvent('wheel'));
      sizes.scrollTop = top;
      element.dispatchEvent(new Event('scroll'));
    },
  };
}

let root: Root;
let container: HTMLDivElement;
let scroller: Scroller;
const saves: Array<[number, number]> = [];
const statusChanges: unknown[] = [];

function Reader({ id }: { id: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useReadingPosition(id, ref);
  return createElement('div', {
    ref: (element: HTMLDivElement | null) => {
      if (element && !scroller) scroller = makeScroller(element);
      ref.current = element;
    },
  });
}

function open(id: number, readingPosition: number): void {
  useAppStore.setState({ readerArticle: { id, readingPosition, readingStatus: 'reading' } as Article });
  act(() => root.render(createElement(Reader, { id })));
}

describe('useReadingPosition', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    saves.length = 0;
    statusChanges.length = 0;
    scroller = undefined as unknown as Scroller;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    useAppStore.setState({
      saveReadingPosition: (id: number, position: number) => {
        saves.push([id, position]);
        return Promise.resolve();
      },
      setReadingStatus: (...args: unknown[]) => {
        statusChanges.push(args);
        return Promise.resolve();
      },
    });
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens where the person left off', () => {
    open(7, 0.5);
    expect(scroller.sizes.scrollTop).toBe(2000);
    expect(saves).toEqual([]);
  });

  it('saves a second after scrolling stops, once', () => {
    open(7, 0);
    scroller.scrollTo(400);
    scroller.scrollTo(1000);
    vi.advanceTimersByTime(SAVE_AFTER_MS - 10);
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(saves).toEqual([[7, 0.25]]);
    vi.advanceTimersByTime(SAVE_AFTER_MS * 3);
    expect(saves).toEqual([[7, 0.25]]);
  });

  it('saves at once when the article closes or the window is hidden', () => {
    open(7, 0);
    scroller.scrollTo(2000);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    expect(saves).toEqual([[7, 0.5]]);
    scroller.scrollTo(3000);
    act(() => root.render(createElement('p')));
    expect(saves).toEqual([
      [7, 0.5],
      [7, 0.75],
    ]);
  });

  it('does not mark the article read at the end', () => {
    open(7, 0.2);
    scroller.scrollTo(4000);
    vi.advanceTimersByTime(SAVE_AFTER_MS + 10);
    expect(saves).toEqual([[7, 1]]);
    expect(statusChanges).toEqual([]);
  });

  it('holds the restored place while the page settles, then leaves scrolling to the person', () => {
    open(7, 0.5);
    expect(scroller.sizes.scrollTop).toBe(2000);
    // A web font arrives: the article grows, the same place is further down.
    scroller.sizes.scrollHeight = 9000;
    for (const callback of [...observers]) callback();
    expect(scroller.sizes.scrollTop).toBe(4000);
    expect(saves).toEqual([]);

    vi.advanceTimersByTime(SETTLE_MS + 10);
    scroller.sizes.scrollHeight = 11000;
    for (const callback of [...observers]) callback();
    expect(scroller.sizes.scrollTop).toBe(4000);
  });

  it('stops holding the place as soon as the person scrolls', () => {
    open(7, 0.5);
    scroller.scrollTo(1000);
    scroller.sizes.scrollHeight = 9000;
    for (const callback of [...observers]) callback();
    expect(scroller.sizes.scrollTop).toBe(1000);
    vi.advanceTimersByTime(SAVE_AFTER_MS + 10);
    expect(saves).toEqual([[7, 0.25]]);
  });
});
