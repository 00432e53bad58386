import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs } from '../../../electron/shell/file-dialogs.ts';

function host(answers: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] } } = {}, window: unknown = { id: 1 }) {
  const dialog = {
    showSaveDialog: vi.fn(() => Promise.resolve(answers.save ?? { canceled: true })),
    showOpenDialog: vi.fn(() => Promise.resolve(answers.open ?? { canceled: true, filePaths: [] })),
  };
  const shell = { showItemInFolder: vi.fn() };
  const app = { getPath: vi.fn(() => '/home/analyst/Documents') };
  const dialogs = createFileDialogs({
    dialog: dialog as never,
    shell,
    app: app,
    getWindow: () => window as BrowserWindow | null,
  });
  return { dialogs, dialog, shell, app };
}

describe('the app asks where to save and what to import, in the system dialogs', () => {
  it('offers the briefing’s name in Documents, filtered to the format, over the window', async () => {
    const { dialogs, dialog } = host({ save: { canceled: false, filePath: '/home/analyst/Desktop/brief.md' } });
    expect(await dialogs.chooseExportPath('Grain corridor week 10.md', 'markdown')).toBe('/home/analyst/Desktop/brief.md');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      { id: 1 },
      {
        title: 'Export as Markdown',
        defaultPath: path.join('/home/analyst/Documents', 'Grain corridor week 10.md'),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    );
  });

  it.each([
    ['a name typed without its extension gets it', '/tmp/brief', 'bundle', '/tmp/brief.briefing'],
    ['a name with its extension keeps it', '/tmp/brief.PDF', 'pdf', '/tmp/brief.PDF'],
  ] as const)('%s', async (_what, typed, format, expected) => {
    const { dialogs } = host({ save: { canceled: false, filePath: typed } });
    expect(await dialogs.chooseExportPath('x', format)).toBe(expected);
  });

  it('returns nothing when the person cancels, and works without a window', async () => {
    const { dialogs, dialog } = host({}, null);
    expect(await dialogs.chooseExportPath('brief.html', 'html')).toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export as HTML' }));
    expect(await dialogs.chooseBundleFile()).toBeNull();
  });

  it('opens .briefing files only, one at a time', async () => {
    const { dialogs, dialog } = host({ open: { canceled: false, filePaths: ['/home/analyst/week 10.briefing'] } });
    expect(await dialogs.chooseBundleFile()).toBe('/home/analyst/week 10.briefing');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      { id: 1 },
      { title: 'Import briefing bundle', filters: [{ name: 'Briefing bundle', extensions: ['briefing'] }], properties: ['openFile'] },
    );
  });

  it('shows a file in its folder through the shell', () => {
    const { dialogs, shell } = host();
    dialogs.showItemInFolder('/tmp/brief.html');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/tmp/brief.html');
  });
});
