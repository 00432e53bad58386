/** The app's "Open another library…" folder dialog, over the main window when there is one. */
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

const OPTIONS: OpenDialogOptions = {
  title: 'Open another library',
  buttonLabel: 'Open library',
  message: 'Choose a folder with a Briefing Reader library, or an empty folder for a new one.',
  properties: ['openDirectory', 'createDirectory'],
};

/** Returns the chosen folder, or null when the dialog was cancelled. */
export function createFolderPicker(dialog: Pick<Dialog, 'showOpenDialog'>, getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, OPTIONS) : await dialog.showOpenDialog(OPTIONS);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
