/**
 * Backups and the library's health: whether the library is open (the window
 * asks first, and shows the recovery screen when it is not), the backups
 * dialog, "Back up now", restoring a backup and opening another library.
 * After a restore or a switch, every view loads again from the new file.
 */
import { api } from '../api.ts';
import { describeBackupReason, type BackupInfo, type LibraryStatus, type RestoreResult } from '../../shared/backup.ts';
import { formatBackupTime } from '../format.ts';
import type { SliceCreator } from './types.ts';

export interface BackupSlice {
  /** Null until main has answered getLibraryStatus. */
  libraryState: LibraryStatus | null;
  /** The backups dialog's list; null while it is closed or loading. */
  backups: BackupInfo[] | null;
  backupsDialogOpen: boolean;
  /** A backup, restore or library switch is under way. */
  libraryBusy: boolean;
  /** Asks main whether the library is open; returns the answer, or null if the call failed. */
  loadLibraryState: () => Promise<LibraryStatus | null>;
  backUpNow: () => Promise<void>;
  openBackupsDialog: () => void;
  closeBackupsDialog: () => void;
  /** Restores the named backup; true when the library is open on it. */
  restoreBackup: (name: string) => Promise<boolean>;
  /** The folder dialog (app) or a typed path (preview); true when another library is open. */
  openLibraryFolder: (path?: string) => Promise<boolean>;
  /** After a stray write-ahead log was moved aside: opens the library as it is. */
  openLibraryAsItIs: () => Promise<boolean>;
  quitApp: () => Promise<void>;
}

function restoredMessage(result: RestoreResult): string {
  const parts = [`The library is now as it was on ${formatBackupTime(result.restored.createdAt)}.`];
  if (result.setAsidePath) parts.push(`The previous file is kept as ${result.setAsidePath}.`);
  if (result.missingAssets > 0) parts.push(`${result.missingAssets} cached image(s) the restored articles use are missing.`);
  return parts.join(' ');
}

export const createBackupSlice: SliceCreator<BackupSlice> = (set, get) => {
  /** Everything the window shows comes from the library: load it all again. */
  const reloadViews = () => {
    const state = get();
    void state.loadSettings();
    void state.loadLibraryInfo();
    void state.loadBriefings();
    void state.loadBundleOffers();
    state.selectView({ kind: 'all' }, { articleId: null });
  };

  /** Runs a library-wide action once at a time, with the busy flag set. */
  const busy = async <T>(work: () => Promise<T>): Promise<T> => {
    set({ libraryBusy: true });
    try {
      return await work();
    } finally {
      set({ libraryBusy: false });
    }
  };

  return {
    libraryState: null,
    backups: null,
    backupsDialogOpen: false,
    libraryBusy: false,

    async loadLibraryState() {
      try {
        const status = await api.getLibraryStatus({});
        set({ libraryState: status });
        return status;
      } catch (error) {
        get().reportError("Couldn't ask about the library", error, () => void get().loadLibraryState());
        return null;
      }
    },

    async backUpNow() {
      if (get().libraryBusy) return;
      await busy(async () => {
        try {
          const { backup, removed } = await api.backupNow({});
          get().notify({
            tone: 'success',
            title: 'Backed up',
            message: `${describeBackupReason(backup.reason)} backup of ${formatBackupTime(backup.createdAt)} saved as ${backup.name}${
              removed.length > 0 ? `; ${removed.length} older backup(s) removed by the retention rule` : ''
            }.`,
          });
          if (get().backupsDialogOpen) set({ backups: await api.listBackups({}) });
        } catch (error) {
          get().reportError("Couldn't back up the library", error, () => void get().backUpNow());
        }
      });
    },

    openBackupsDialog() {
      set({ backupsDialogOpen: true, backups: null });
      api.listBackups({}).then(
        (backups) => set({ backups }),
        (error: unknown) => {
          set({ backups: [] });
          get().reportError("Couldn't list the backups", error);
        },
      );
    },

    closeBackupsDialog() {
      set({ backupsDialogOpen: false, backups: null });
    },

    async restoreBackup(name) {
      return busy(async () => {
        try {
          const result = await api.restoreBackup({ name });
          set({ backupsDialogOpen: false, backups: null, libraryState: await api.getLibraryStatus({}) });
          reloadViews();
          get().notify({ tone: 'success', title: 'Backup restored', message: restoredMessage(result), duration: 15_000 });
          return true;
        } catch (error) {
          get().reportError("Couldn't restore the backup", error);
          return false;
        }
      });
    },

    async openLibraryFolder(path) {
      return busy(async () => {
        try {
          const status = await api.openLibraryFolder(path === undefined ? {} : { path });
          if (status.state !== 'open' || status.dir === get().libraryState?.dir) return false;
          set({ libraryState: status });
          reloadViews();
          get().notify({ tone: 'success', title: 'Library opened', message: status.dir });
          return true;
        } catch (error) {
          get().reportError("Couldn't open that library", error);
          return false;
        }
      });
    },

    async openLibraryAsItIs() {
      return busy(async () => {
        try {
          const status = await api.openLibraryAsItIs({});
          set({ libraryState: status });
          if (status.state !== 'open') return false;
          reloadViews();
          return true;
        } catch (error) {
          get().reportError("Couldn't open the library", error);
          return false;
        }
      });
    },

    async quitApp() {
      try {
        const { quitting } = await api.quitApp({});
        if (!quitting) get().notify({ tone: 'info', title: 'The preview cannot quit', message: 'Close the browser tab instead.' });
      } catch (error) {
        get().reportError("Couldn't quit", error);
      }
    },
  };
};
