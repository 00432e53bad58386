/**
 * The window: sidebar, article list and reader, with notices above them; import's dialog and drop overlay;
 * the backups dialog. When the library cannot be opened, the recovery screen instead.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/store.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportGestures } from './ImportGestures.tsx';
import { ListPane } from './ListPane.tsx';
import { Notices } from './Notices.tsx';
import { ReaderPane } from './ReaderPane.tsx';
import { RecoveryScreen } from './RecoveryScreen.tsx';
import { Sidebar } from './Sidebar.tsx';

export function App() {
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const libraryState = useAppStore((s) => s.libraryState);

  useEffect(() => {
    // styles/theme.css reads this; "system" follows prefers-color-scheme.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (libraryState?.state === 'unavailable') {
    return (
      <div className="app app-recovery">
        <RecoveryScreen status={libraryState} />
        <Notices />
      </div>
    );
  }

  return (
    <div className="app">
      <Sidebar />
      <main className="workspace">
        <ListPane />
        <ReaderPane />
      </main>
      <Notices />
      <ImportDialog />
      <ImportGestures />
      <BackupsDialog />
    </div>
  );
}
