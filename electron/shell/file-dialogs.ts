/**
 * Where exports go and which bundle to import: the person chooses, in the
 * system's own dialogs. The renderer never names a path; main asks here.
 */
import path from 'node:path';
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import { EXPORT_EXTENSIONS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../../shared/export.ts';
import { BUNDLE_EXTENSION } from '../../shared/bundle.ts';

export interface FileDialogHost {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  app: Pick<App, 'getPath'>;
  getWindow: () => BrowserWindow | null;
}

export interface FileDialogs {
  chooseExportPath: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  chooseBundleFile: () => Promise<string | null>;
  showItemInFolder: (file: string) => void;
}

export function createFileDialogs(host: FileDialogHost): FileDialogs {
  const { dialog, shell, app, getWindow } = host;
  return {
    async chooseExportPath(suggestedName, format) {
      const extension = EXPORT_EXTENSIONS[format];
      const options = {
        title: `Export as ${EXPORT_FORMAT_NAMES[format]}`,
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: EXPORT_FORMAT_NAMES[format], extensions: [extension.slice(1)] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const window = getWindow();
      const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return null;
      // Linux dialogs may return the name as typed: the file still gets its format's extension.
      return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
    },
    async chooseBundleFile() {
      const options = {
        title: 'Import briefing bundle',
        filters: [{ name: 'Briefing bundle', extensions: [BUNDLE_EXTENSION.slice(1)] }],
        properties: ['openFile'] as Array<'openFile'>,
      };
      const window = getWindow();
      const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },
    showItemInFolder(file) {
      shell.showItemInFolder(file);
    },
  };
}
