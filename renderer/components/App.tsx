/** The window: sidebar, article list and reader, with notices above them; import's dialog and drop overlay; the search palette. */
import { useEffect } from 'react';
import { useAppStore } from '../store/store.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportGestures } from './ImportGestures.tsx';
import { ListPane } from './ListPane.tsx';
import { Notices } from './Notices.tsx';
import { ReaderPane } from './ReaderPane.tsx';
import { SearchPalette } from './SearchPalette.tsx';
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
      <SearchPalette />
    </div>
  );
}
