/** The one app store, made of the slices in this folder. Components select single values from it. */
import { create } from 'zustand';
import { createArticlesSlice } from './articles-slice.ts';
import { createBackupSlice } from './backup-slice.ts';
import { createBriefingsSlice } from './briefings-slice.ts';
import { createExportSlice } from './export-slice.ts';
import { createHighlightsSlice } from './highlights-slice.ts';
import { createImportSlice } from './import-slice.ts';
import { createJudgmentsSlice } from './judgments-slice.ts';
import { createLibrarySlice } from './library-slice.ts';
import { createNoticesSlice } from './notices-slice.ts';
import { createNotesSlice } from './notes-slice.ts';
import { createReaderSlice } from './reader-slice.ts';
import { createReadingPositionSlice } from './reading-position-slice.ts';
import { createSearchSlice } from './search-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createSettingsSlice } from './settings-slice.ts';
import { createEvidenceSlice } from './evidence-slice.ts';
import { createTagsSlice } from './tags-slice.ts';
import { createTradecraftSlice } from './tradecraft-slice.ts';
import { createArticleEditSlice } from './article-edit-slice.ts';
import { createBundleOffersSlice } from './bundle-offers-slice.ts';
import { createCleanedCopySlice } from './cleaned-copy-slice.ts';
import type { AppState } from './types.ts';

export const useAppStore = create<AppState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createBriefingsSlice(...a),
  ...createArticlesSlice(...a),
  ...createSelectionSlice(...a),
  ...createReaderSlice(...a),
  ...createReadingPositionSlice(...a),
  ...createSettingsSlice(...a),
  ...createImportSlice(...a),
  ...createNoticesSlice(...a),
  ...createHighlightsSlice(...a),
  ...createNotesSlice(...a),
  ...createBackupSlice(...a),
  ...createTagsSlice(...a),
  ...createEvidenceSlice(...a),
  ...createSearchSlice(...a),
  ...createExportSlice(...a),
  ...createJudgmentsSlice(...a),
  ...createTradecraftSlice(...a),
  ...createArticleEditSlice(...a),
  ...createBundleOffersSlice(...a),
  ...createCleanedCopySlice(...a),
}));

export type AppStore = typeof useAppStore;
