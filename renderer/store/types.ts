/**
 * The shape of the one app store: the union of its slices. Each slice lives
 * in its own file and is written against the whole `AppState`, so one slice's
 * actions may read and call another's (zustand's "slices pattern").
 *
 * A later feature (import, highlights, search, export) adds a file here with
 * its slice interface and creator, joins the interface to `AppState` below and
 * spreads the creator in ./store.ts.
 */
import type { StateCreator } from 'zustand';
import type { ArticlesSlice } from './articles-slice.ts';
import type { BackupSlice } from './backup-slice.ts';
import type { BriefingsSlice } from './briefings-slice.ts';
import type { ExportSlice } from './export-slice.ts';
import type { HighlightsSlice } from './highlights-slice.ts';
import type { ImportSlice } from './import-slice.ts';
import type { JudgmentsSlice } from './judgments-slice.ts';
import type { LibrarySlice } from './library-slice.ts';
import type { NoticesSlice } from './notices-slice.ts';
import type { NotesSlice } from './notes-slice.ts';
import type { ReaderSlice } from './reader-slice.ts';
import type { ReadingPositionSlice } from './reading-position-slice.ts';
import type { SearchSlice } from './search-slice.ts';
import type { SelectionSlice } from './selection-slice.ts';
import type { SettingsSlice } from './settings-slice.ts';
import type { EvidenceSlice } from './evidence-slice.ts';
import type { TagsSlice } from './tags-slice.ts';
import type { TradecraftSlice } from './tradecraft-slice.ts';
import type { ArticleEditSlice } from './article-edit-slice.ts';
import type { BundleOffersSlice } from './bundle-offers-slice.ts';
import type { CleanedCopySlice } from './cleaned-copy-slice.ts';

/** Where a piece of remote data stands. `idle`: never asked for. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the middle pane lists: a library view, one briefing, one tag's articles, the evidence locker (every highlight), or the entity index or timeline (of the library or one briefing). */
export type LibraryView =
  | { kind: 'all' }
  | { kind: 'unread' }
  | { kind: 'briefing'; id: number }
  | { kind: 'tag'; id: number }
  | { kind: 'evidence' }
  | { kind: 'entities'; briefingId: number | null }
  | { kind: 'timeline'; briefingId: number | null };

/** Views whose middle pane is a list of articles. */
export function listsArticles(view: LibraryView): boolean {
  return view.kind === 'all' || view.kind === 'unread' || view.kind === 'briefing' || view.kind === 'tag';
}

export type AppState = LibrarySlice &
  BriefingsSlice &
  ArticlesSlice &
  SelectionSlice &
  ReaderSlice &
  ReadingPositionSlice &
  SettingsSlice &
  ImportSlice &
  NoticesSlice &
  HighlightsSlice &
  NotesSlice &
  BackupSlice &
  TagsSlice &
  EvidenceSlice &
  SearchSlice &
  ExportSlice &
  JudgmentsSlice &
  TradecraftSlice &
  ArticleEditSlice &
  BundleOffersSlice &
  CleanedCopySlice;

/** A slice creator that sees the whole store. */
export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;

export function sameView(a: LibraryView, b: LibraryView): boolean {
  if ((a.kind === 'briefing' && b.kind === 'briefing') || (a.kind === 'tag' && b.kind === 'tag')) return a.id === b.id;
  if ((a.kind === 'entities' && b.kind === 'entities') || (a.kind === 'timeline' && b.kind === 'timeline')) return a.briefingId === b.briefingId;
  return a.kind === b.kind;
}
