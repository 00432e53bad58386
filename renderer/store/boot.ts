/** Starts the app's data: preferences, library, the remembered view, and live updates. */
import { useAppStore } from './store.ts';
import { readSavedSelection } from './selection-slice.ts';
import { connectLibraryEvents } from './sync.ts';

/** Returns the function that disconnects from library events. */
export function startApp(): () => void {
  const state = useAppStore.getState();
  let disconnect = () => {};
  try {
    disconnect = connectLibraryEvents(useAppStore);
  } catch (error) {
    state.reportError("Live updates are off", error);
  }
  void state.loadSettings();
  void state.loadLibraryInfo();
  void state.loadBriefings();
  void state.loadTags();
  void state.loadSites();
  const saved = readSavedSelection();
  state.selectView(saved?.view ?? { kind: 'all' }, { articleId: saved?.articleId ?? null });
  return disconnect;
}
