/** "Import": opens the import dialog. In the list pane's header, whichever header the view shows. */
import { useAppStore } from '../store/store.ts';
import { IMPORT_BUTTON_ID, pasteShortcut } from './ImportDialog.tsx';
import { ImportIcon } from './icons.tsx';

export function ImportButton() {
  const openImportDialog = useAppStore((s) => s.openImportDialog);
  return (
    <button
      type="button"
      id={IMPORT_BUTTON_ID}
      className="button button-small import-button"
      aria-haspopup="dialog"
      title={`Import web pages, files or text — or drop them on the window, or paste a link with ${pasteShortcut}`}
      onClick={() => openImportDialog()}
    >
      <ImportIcon />
      Import
    </button>
  );
}
