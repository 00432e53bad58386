/** Starts the app's data: preferences, library, the remembered view, and live updates. */
import { useAppStore } from './store.ts';
import { readSavedSelection } from './selection-slice.ts';
import { connectLibraryEvents } from './sync.ts';

/**
 * Returns the function that disconnects from library events. The library's
 * views load only once main says it is open; otherwise the window shows the
 * recovery screen (components/RecoveryScreen.tsx), which loads them after a
 * restore.
 */
export function startApp(): () => void {
  const state = useAppStore.getState();
  let disconnect = () => {};
  try {
    disconnect = connectLibraryEvents(useAppStore);
  } catch (error) {
    state.reportError("Live updates are off", error);
  }
  void state.loadSettings();
  void state.loadLibraryState().then((status) => {
    if (status?.state === 'unavailable') return;
    void state.loadLibraryInfo();
    void state.loadBriefings();
    void state.loadTags();
    void state.loadSites();
    void state.loadBundleOffers();
    const saved = readSavedSelection();
    state.selectView(saved?.view ?? { kind: 'all' }, { articleId: saved?.articleId ?? null });
  });
  return disconnect;
}
