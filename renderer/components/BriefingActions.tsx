/**
 * A briefing's "More actions" button and its menu: Rename… (where the place
 * showing the briefing can rename it), Duplicate, Delete (with undo). The
 * menu's state comes from the caller, so a context menu can open it too.
 */
import { useAppStore } from '../store/store.ts';
import { MoreIcon } from './icons.tsx';
import { Menu, type MenuItem, type MenuState } from './Menu.tsx';

export function BriefingActions({
  id,
  title,
  label,
  className,
  menu,
  onRename,
}: {
  id: number;
  title: string;
  /** The button's accessible name. */
  label: string;
  className: string;
  menu: MenuState;
  onRename?: () => void;
}) {
  const duplicateBriefing = useAppStore((s) => s.duplicateBriefing);
  const deleteBriefing = useAppStore((s) => s.deleteBriefing);
  const items: MenuItem[] = [
    ...(onRename ? [{ label: 'Rename…', onSelect: onRename }] : []),
    { label: 'Duplicate', onSelect: () => void duplicateBriefing(id) },
    { label: 'Delete', danger: true, onSelect: () => void deleteBriefing(id) },
  ];
  return (
    <>
      <button
        type="button"
        className={`icon-button ${className}`}
        aria-label={label}
        title="More actions"
        aria-haspopup="menu"
        aria-expanded={menu.at !== null}
        onClick={menu.open}
      >
        <MoreIcon />
      </button>
      {menu.at ? <Menu label={`Actions for ${title}`} at={menu.at} onClose={menu.close} items={items} /> : null}
    </>
  );
}
