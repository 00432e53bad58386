/**
 * The window: sidebar, article list and reader (the evidence locker, entities
 * or timeline across both until a passage opens beside them), with notices above them;
 * import's dialog and drop overlay, "Add to briefing…", export's dialog, the backups dialog, the search palette.
 * When the library cannot be opened, the recovery screen instead. Ctrl/Cmd+Z
 * outside a text field takes up the newest offer to undo (a deleted briefing,
 * articles taken out of one, deleted articles) while its notice shows.
 */
import { useEffect } from 'react';
import { isEditable } from '../dom/editable.ts';
import { useAppStore } from '../store/store.ts';
import { listsArticles } from '../store/types.ts';
import { AddToBriefingDialog } from './AddToBriefingDialog.tsx';
import { ArticleDetailsDialog } from './ArticleDetailsDialog.tsx';
import { DeleteArticlesDialog } from './DeleteArticlesDialog.tsx';
import { CiteInJudgmentDialog } from './CiteInJudgmentDialog.tsx';
import { JudgmentEditorDialog } from './JudgmentEditorDialog.tsx';
import { BackupsDialog } from './BackupsDialog.tsx';
import { BundleOffersDialog } from './BundleOffersDialog.tsx';
import { BundleImportStatus } from './BundleImportStatus.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportGestures } from './ImportGestures.tsx';
import { ListPane } from './ListPane.tsx';
import { Notices } from './Notices.tsx';
import { ReaderPane } from './ReaderPane.tsx';
import { RecoveryScreen } from './RecoveryScreen.tsx';
import { SearchPalette } from './SearchPalette.tsx';
import { Sidebar } from './Sidebar.tsx';

export function App() {
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const libraryState = useAppStore((s) => s.libraryState);
  // The evidence locker, the entity index and the timeline take the whole width until a passage is opened beside them.
  const wide = useAppStore((s) => !listsArticles(s.view) && s.selectedArticleId === null);
  // A narrow window shows the list or the reader, not both: styles/layout.css reads this.
  const reading = useAppStore((s) => s.selectedArticleId !== null);

  useEffect(() => {
    // styles/theme.css reads this; "system" follows prefers-color-scheme.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // After the reader's own keys (on document): a highlight's undo there comes first.
      if (event.defaultPrevented || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
      if (event.key.toLowerCase() !== 'z' || isEditable(event.target)) return;
      if (useAppStore.getState().undoLatest()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

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
      <main className="workspace" data-layout={wide ? 'wide' : undefined} data-reading={reading || undefined}>
        <ListPane />
        {wide ? null : <ReaderPane />}
      </main>
      <Notices />
      <ImportDialog />
      <ImportGestures />
      <AddToBriefingDialog />
      <CiteInJudgmentDialog />
      <JudgmentEditorDialog />
      <BackupsDialog />
      <BundleOffersDialog />
      <SearchPalette />
      <ExportDialog />
      <BundleImportStatus />
      <ArticleDetailsDialog />
      <DeleteArticlesDialog />
    </div>
  );
}
