/**
 * The reader's keyboard shortcuts as the cheat sheet lists them, named by the
 * colours' current meanings. The keys themselves are handled in
 * components/ReaderAnnotations.tsx (the article list's in
 * components/ArticleList.tsx, the key judgments' in components/KeyJudgmentList.tsx, the grading keys in
 * components/Evaluation.tsx):
 * a change there belongs here too.
 */
import type { HighlightLabels } from './highlight-colors.ts';
import { labelledColors } from './highlight-colors.ts';

export interface ShortcutGroup {
  title: string;
  shortcuts: Array<{ keys: string[]; description: string }>;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

export function readerShortcuts(labels: HighlightLabels): ShortcutGroup[] {
  const undo = isMac ? '⌘Z' : 'Ctrl+Z';
  const save = isMac ? '⌘Enter' : 'Ctrl+Enter';
  return [
    {
      title: 'Highlight a selection',
      shortcuts: [
        ...labelledColors(labels).map(({ key, label }) => ({ keys: [key], description: `Highlight as ${label}` })),
        { keys: ['N'], description: 'Highlight and write a note' },
        { keys: ['Shift+←', 'Shift+→'], description: 'Extend the selection (also ↑ ↓)' },
        { keys: ['Tab'], description: 'Move into the highlight toolbar' },
      ],
    },
    {
      title: 'Highlights',
      shortcuts: [
        { keys: [']'], description: 'Next highlight' },
        { keys: ['['], description: 'Previous highlight' },
        { keys: ['Enter'], description: 'Open the highlight: colour, note, delete' },
        { keys: ['N'], description: 'Write a note on the highlight' },
        { keys: ['1', '–', '5'], description: 'Change its colour' },
        { keys: ['Delete'], description: 'Delete the highlight' },
        { keys: [undo], description: 'Undo the last delete' },
      ],
    },
    {
      title: 'Article list',
      shortcuts: [
        { keys: ['Shift+↑', 'Shift+↓'], description: 'Select more articles (or Shift/Ctrl+click)' },
        { keys: ['Alt+↑', 'Alt+↓'], description: 'Move the article within its briefing' },
        { keys: ['Delete'], description: 'Take the selected articles out of the briefing' },
        { keys: [undo], description: 'Undo a deleted briefing or removed articles' },
      ],
    },
    {
      title: 'Key judgments',
      shortcuts: [
        { keys: ['Alt+↑', 'Alt+↓'], description: 'Move the focused judgment' },
        { keys: ['Enter'], description: 'Edit it: words, likelihood, confidence, citations' },
        { keys: ['Delete'], description: 'Delete it' },
        { keys: [save], description: 'Save the judgment being edited' },
      ],
    },
    {
      title: 'Source evaluation',
      shortcuts: [
        { keys: ['G', 'A', '–', 'F'], description: 'Grade the source’s reliability (G, then A to F)' },
        { keys: ['C', '1', '–', '6'], description: 'Grade the highlight’s credibility (C, then 1 to 6)' },
      ],
    },
    {
      title: 'Notes and help',
      shortcuts: [
        { keys: [save], description: 'Save a note and close the editor' },
        { keys: ['Esc'], description: 'Close the toolbar or popover' },
        { keys: ['?'], description: 'Show these shortcuts' },
      ],
    },
  ];
}
