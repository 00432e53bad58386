/** The window: sidebar, article list and reader, with notices above them; import's and export's dialogs and the drop overlay. */
import { useEffect } from 'react';
import { useAppStore } from '../store/store.ts';
import { BundleImportStatus } from './BundleImportStatus.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportGestures } from './ImportGestures.tsx';
import { ListPane } from './ListPane.tsx';
import { Notices } from './Notices.tsx';
import { ReaderPane } from './ReaderPane.tsx';
import { Sidebar } from './Sidebar.tsx';

export function App() {
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');

  useEffect(() => {
    // styles/theme.css reads this; "system" follows prefers-color-scheme.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

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
      <ExportDialog />
      <BundleImportStatus />
    </div>
  );
}
