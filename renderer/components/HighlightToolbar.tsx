/**
 * The small toolbar that floats by a selection in the article: the five
 * colours (each named by what it means: "Highlight as Key fact"), "Note" and
 * "Copy quote with citation". It never takes the selection away: pressing on
 * it does not move focus or the selection. From the keyboard, Tab moves into
 * it from the article, arrows move along it, Escape goes back.
 */
import { useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { HighlightColor } from '../../shared/highlights.ts';
import { placeFloating, type Box } from '../reader/floating.ts';
import { labelledColors, type HighlightLabels } from '../reader/highlight-colors.ts';
import { NoteIcon, QuoteIcon } from './icons.tsx';

interface HighlightToolbarProps {
  /** The selection, in the scrolling content's coordinates. */
  box: Box;
  scrollRef: RefObject<HTMLElement | null>;
  toolbarRef: RefObject<HTMLDivElement | null>;
  labels: HighlightLabels;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  /** Escape: back to the text, selection kept. */
  onLeave: () => void;
}

export function HighlightToolbar({ box, scrollRef, toolbarRef, labels, onHighlight, onNote, onCopy, onLeave }: HighlightToolbarProps) {
  const colors = labelledColors(labels);
  const [current, setCurrent] = useState(0);
  const count = colors.length + 2;

  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    const scroll = scrollRef.current;
    if (!toolbar || !scroll) return;
    const { top, left, side } = placeFloating({
      anchor: box,
      size: { width: toolbar.offsetWidth, height: toolbar.offsetHeight },
      view: { top: scroll.scrollTop, bottom: scroll.scrollTop + scroll.clientHeight, width: scroll.clientWidth },
      prefer: 'above',
      align: 'center',
      gap: 10,
    });
    toolbar.style.top = `${top}px`;
    toolbar.style.left = `${left}px`;
    toolbar.dataset.side = side;
  }, [box, scrollRef, toolbarRef]);

  const buttons = () => [...(toolbarRef.current?.querySelectorAll('button') ?? [])];

  const move = (to: number) => {
    const index = (to + count) % count;
    setCurrent(index);
    buttons()[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(count - 1);
        break;
      case 'Escape':
        onLeave();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const tab = (index: number) => (index === current ? 0 : -1);

  return (
    <div
      ref={toolbarRef}
      className="hl-toolbar"
      role="toolbar"
      aria-label="Highlight selection"
      // Pressing here must not move focus or take the selection away.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const index = buttons().findIndex((button) => button === (event.target as Node));
        if (index >= 0 && index !== current) setCurrent(index);
      }}
    >
      <div className="hl-toolbar-swatches">
        {colors.map(({ color, label, key }, index) => (
          <button
            key={color}
            type="button"
            className="hl-swatch-button"
            data-color={color}
            data-label={label}
            tabIndex={tab(index)}
            aria-label={`Highlight as ${label}`}
            aria-keyshortcuts={key}
            onClick={() => onHighlight(color)}
          >
            <span className="hl-swatch" data-color={color} aria-hidden="true" />
          </button>
        ))}
      </div>
      <span className="hl-toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="hl-toolbar-button"
        tabIndex={tab(colors.length)}
        aria-keyshortcuts="N"
        title="Highlight and write a note (N)"
        onClick={onNote}
      >
        <NoteIcon />
        Note
      </button>
      <button
        type="button"
        className="hl-toolbar-button hl-toolbar-icon"
        tabIndex={tab(colors.length + 1)}
        aria-label="Copy quote with citation"
        data-label="Copy quote with citation"
        onClick={onCopy}
      >
        <QuoteIcon />
      </button>
    </div>
  );
}
