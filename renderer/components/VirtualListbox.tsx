/**
 * A listbox for long lists (the library, the evidence locker, search results):
 * only the rows in view (and a few around them) are in the page, so 10,000
 * rows scroll as smoothly as 10. Rows may differ in height; they are measured
 * as they render.
 *
 * Accessibility is the listbox pattern: every option says where it sits
 * (aria-posinset of aria-setsize, since most rows are not in the page), one
 * option is in the tab order (roving tabindex) and is always rendered, even
 * scrolled out of view, so focus never falls out of the list. Keys: Up/Down
 * (and j/k), Home/End, PageUp/PageDown move; with Shift or Ctrl/⌘ the owner
 * may extend or keep a selection (`onMove` gets the keys); Enter activates;
 * Space selects.
 *
 * The list tells its owner which rows are in view (`onRangeChange`), so the
 * owner can fetch those pages; a row not fetched yet renders as a placeholder.
 * Keys with Alt go to the owner (e.g. moving a row), and the owner can move
 * focus to a row itself (`handle.focusRow`), e.g. after the row moved.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';

export interface MoveKeys {
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** How the person moved: a click, a movement key, or Space. */
  via: 'click' | 'key' | 'space';
}

export type RowAttributes = { [data: `data-${string}`]: string | number | boolean | undefined } & {
  'aria-labelledby'?: string | undefined;
  'aria-describedby'?: string | undefined;
  draggable?: boolean | undefined;
};

/** What the owner may do to the list from outside. */
export interface VirtualListboxHandle {
  /** Scrolls row `index` into view and focuses it (it becomes the row in the tab order). */
  focusRow: (index: number) => void;
}

/** Listeners and attributes the owner puts on the listbox itself (dragging over rows, a description). */
export type ListboxAttributes = Pick<
  HTMLAttributes<HTMLDivElement>,
  'onDragStart' | 'onDragOver' | 'onDragLeave' | 'onDrop' | 'onDragEnd' | 'onMouseDown' | 'aria-describedby'
>;

export interface VirtualListboxProps {
  label: string;
  count: number;
  /** A row's height before it is measured, in pixels. */
  estimateSize: number;
  /** The selected row (or the first of several); -1 when none is in the list. */
  selectedIndex: number;
  /** Renders the content of row `index` (a placeholder if it is not fetched yet). */
  renderRow: (index: number) => ReactNode;
  /** Whether row `index` is selected (aria-selected). */
  isSelected: (index: number) => boolean;
  /** Row `index`'s element id, so that labels and descriptions can point into it. */
  rowId: (index: number) => string;
  /** Row `index`'s own attributes: data-* for styling and tests, aria-labelledby/-describedby into its content. */
  rowAttributes?: (index: number) => RowAttributes;
  /** The person moved to row `index` (click, key, Space). */
  onMove: (index: number, keys: MoveKeys) => void;
  /** Enter (or a double click) on row `index`. */
  onActivate?: (index: number) => void;
  /** Rows [start, end) are in view: fetch them if they are not. */
  onRangeChange: (start: number, end: number) => void;
  /** A right click (or long press) on row `index`. */
  onContextMenu?: (index: number, event: MouseEvent<HTMLDivElement>) => void;
  /** Keys the list does not handle itself (e.g. `m` to mark read, any key with Alt), with the focused row. */
  onOtherKey?: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  multiselectable?: boolean;
  listboxAttributes?: ListboxAttributes;
  handle?: Ref<VirtualListboxHandle>;
  busy?: boolean;
  className?: string;
  rowClassName?: string;
  /** Content after the rows (an end note), inside the scrolling area. */
  children?: ReactNode;
}

const OVERSCAN = 6;

export function VirtualListbox(props: VirtualListboxProps) {
  const { label, count, estimateSize, selectedIndex, renderRow, isSelected, rowId, rowAttributes, onMove, onActivate, onRangeChange, onOtherKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  /** The row in the tab order: the selected one, else where the keyboard went last. */
  const [focusIndex, setFocusIndex] = useState(0);
  const focusRef = useRef(0);
  const wantFocus = useRef<number | null>(null);

  useEffect(() => {
    if (selectedIndex >= 0) {
      focusRef.current = selectedIndex;
      setFocusIndex(selectedIndex);
    }
  }, [selectedIndex]);

  const tabIndexRow = Math.min(Math.max(0, focusIndex), Math.max(0, count - 1));

  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      // The row in the tab order stays in the page, wherever the list is scrolled.
      if (count > 0 && !rows.includes(tabIndexRow)) rows.push(tabIndexRow);
      return rows.sort((a, b) => a - b);
    },
    [tabIndexRow, count],
  );

  // The virtualizer's functions change on every scroll: this component is not memoized by the compiler, by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  const rows = virtualizer.getVirtualItems();
  const first = virtualizer.range?.startIndex ?? 0;
  const last = virtualizer.range?.endIndex ?? -1;

  useEffect(() => {
    if (count > 0 && last >= first) onRangeChange(Math.max(0, first - OVERSCAN), Math.min(count, last + 1 + OVERSCAN));
  }, [first, last, count, onRangeChange]);

  // Focus the row the keyboard moved to, once it is rendered.
  useEffect(() => {
    const wanted = wantFocus.current;
    if (wanted === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (!row) return;
    wantFocus.current = null;
    row.focus({ preventScroll: true });
  });

  /** Moves the tab stop and focus to row `index`, scrolled into view; returns the row it landed on. */
  const moveFocus = (index: number) => {
    const to = Math.min(Math.max(0, index), count - 1);
    focusRef.current = to;
    setFocusIndex(to);
    wantFocus.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    return to;
  };

  useImperativeHandle(props.handle, () => ({ focusRow: (index) => moveFocus(index) }));

  const moveTo = (index: number, keys: MoveKeys) => {
    onMove(moveFocus(index), keys);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0 || (event.target as HTMLElement).closest('input, textarea, select, button')) return;
    const from = focusRef.current;
    if (event.altKey) {
      onOtherKey?.(event, from);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? estimateSize * 10) / estimateSize) - 1);
    const keys: MoveKeys = { shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, via: 'key' };
    let to: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        to = from + 1;
        break;
      case 'ArrowUp':
      case 'k':
        to = from - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = count - 1;
        break;
      case 'PageDown':
        to = from + page;
        break;
      case 'PageUp':
        to = from - page;
        break;
      case ' ':
        event.preventDefault();
        onMove(from, { ...keys, via: 'space' });
        return;
      case 'Enter':
        if (!onActivate) return;
        event.preventDefault();
        onActivate(from);
        return;
      default:
        if (!event.ctrlKey && !event.metaKey) onOtherKey?.(event, from);
        return;
    }
    if ((event.key === 'j' || event.key === 'k') && (event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    moveTo(to, keys);
  };

  const onRowClick = (index: number, event: MouseEvent<HTMLDivElement>) => {
    focusRef.current = index;
    setFocusIndex(index);
    onMove(index, { shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, via: 'click' });
  };

  return (
    <div className={`list-scroll virtual-scroll${props.className ? ` ${props.className}` : ''}`} ref={scrollRef}>
      <div
        ref={listRef}
        className="virtual-listbox"
        role="listbox"
        aria-label={label}
        aria-multiselectable={props.multiselectable || undefined}
        aria-busy={props.busy || undefined}
        {...props.listboxAttributes}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            ref={virtualizer.measureElement}
            role="option"
            id={rowId(row.index)}
            className={props.rowClassName}
            data-index={row.index}
            {...rowAttributes?.(row.index)}
            aria-selected={isSelected(row.index)}
            aria-setsize={count}
            aria-posinset={row.index + 1}
            tabIndex={row.index === tabIndexRow ? 0 : -1}
            style={{ transform: `translateY(${row.start}px)` }}
            onFocus={(event) => {
              if (event.target === event.currentTarget) focusRef.current = row.index;
            }}
            onClick={(event) => onRowClick(row.index, event)}
            onDoubleClick={() => onActivate?.(row.index)}
            onContextMenu={props.onContextMenu ? (event) => props.onContextMenu?.(row.index, event) : undefined}
          >
            {renderRow(row.index)}
          </div>
        ))}
      </div>
      {props.children}
    </div>
  );
}
