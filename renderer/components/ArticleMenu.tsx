/**
 * An article's context menu in the list (right click, the Menu key or
 * Shift+F10): mark it read or unread. A menu of the ARIA pattern: focus goes
 * to its first item, arrows move, Escape or a click elsewhere closes it and
 * focus goes back to the row.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/store.ts';
import { CheckIcon, CircleIcon } from './icons.tsx';

export interface ArticleMenuState {
  articleId: number;
  /** Where it opens, in window coordinates. */
  x: number;
  y: number;
}

export function ArticleMenu({ articleId, x, y, onClose }: ArticleMenuState & { onClose: () => void }) {
  const article = useAppStore((s) => s.articlesById[articleId]);
  const setReadingStatus = useAppStore((s) => s.setReadingStatus);
  const menuRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);

  useLayoutEffect(() => {
    returnTo.current = document.activeElement;
    const menu = menuRef.current;
    if (!menu) return;
    // Kept inside the window.
    const box = menu.getBoundingClientRect();
    menu.style.left = `${Math.min(x, window.innerWidth - box.width - 8)}px`;
    menu.style.top = `${Math.min(y, window.innerHeight - box.height - 8)}px`;
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [x, y]);

  const close = (refocus: boolean) => {
    onClose();
    if (refocus && returnTo.current instanceof HTMLElement) returnTo.current.focus({ preventScroll: true });
  };

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  if (!article) return null;
  const read = article.readingStatus === 'read';

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
  };

  const choose = (status: 'read' | 'unread') => {
    void setReadingStatus(articleId, status);
    close(true);
  };

  return (
    <div ref={menuRef} className="context-menu" role="menu" aria-label={`Article: ${article.title}`} onKeyDown={onKeyDown} style={{ left: x, top: y }}>
      <button type="button" role="menuitem" className="context-menu-item" onClick={() => choose(read ? 'unread' : 'read')}>
        {read ? <CircleIcon /> : <CheckIcon />}
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      {article.readingStatus === 'reading' ? (
        <button type="button" role="menuitem" className="context-menu-item" onClick={() => choose('unread')}>
          <CircleIcon />
          Mark as unread
        </button>
      ) : null}
    </div>
  );
}
