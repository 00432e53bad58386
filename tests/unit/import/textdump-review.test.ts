/**
 * Reviewing a cleaned text copy: the cleaner reports its call on every unit
 * of the paste without changing what it keeps, and the story is rebuilt from
 * those calls with the analyst's overrides — or refused, with a reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';
import { fittingOverrides, NO_OVERRIDES, NO_STORY_LEFT, rebuildStory, type CleanedUnit, type ReviewOverrides } from '../../../shared/textdump/review.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/textdumps');

const UNITS: CleanedUnit[] = [
  { text: 'Harbour strike ends', kept: null, rule: 'title' },
  { text: 'Share this article', kept: null, rule: 'share-bar' },
  { text: 'Dock workers voted to accept the offer.', kept: 'paragraph', rule: null },
  { text: 'What the deal gives', kept: 'h2', rule: null },
  { text: 'Members backed the offer two to one.', kept: null, rule: 'photo-caption' },
  { text: 'Ships berth on Tuesday.', kept: 'paragraph', rule: null },
];

describe('rebuilding the story with the analyst’s overrides', () => {
  it.each<[string, ReviewOverrides, Array<[kind: string, text: string]>]>([
    ['no overrides keeps the cleaner’s story', NO_OVERRIDES, [['paragraph', 'Dock workers voted to accept the offer.'], ['h2', 'What the deal gives'], ['paragraph', 'Ships berth on Tuesday.']]],
    [
      'a line put back goes in where it stood, as a paragraph',
      { putBack: [4], leaveOut: [] },
      [['paragraph', 'Dock workers voted to accept the offer.'], ['h2', 'What the deal gives'], ['paragraph', 'Members backed the offer two to one.'], ['paragraph', 'Ships berth on Tuesday.']],
    ],
    ['a kept line left out goes', { putBack: [], leaveOut: [3] }, [['paragraph', 'Dock workers voted to accept the offer.'], ['paragraph', 'Ships berth on Tuesday.']]],
    ['the title line may be put back into the text', { putBack: [0], leaveOut: [2, 3, 5] }, [['paragraph', 'Harbour strike ends']]],
    [
      'both at once',
      { putBack: [1, 4], leaveOut: [5] },
      [['paragraph', 'Share this article'], ['paragraph', 'Dock workers voted to accept the offer.'], ['h2', 'What the deal gives'], ['paragraph', 'Members backed the offer two to one.']],
    ],
  ])('%s', (_name, overrides, expected) => {
    const rebuilt = rebuildStory(UNITS, overrides);
    expect(rebuilt).toEqual({ ok: true, blocks: expected.map(([kind, text]) => ({ kind, text })) });
  });

  it.each<[string, ReviewOverrides, string]>([
    ['a line past the end', { putBack: [6], leaveOut: [] }, 'The pasted copy has 6 lines; there is no line 7. Open the review again.'],
    ['a negative index', { putBack: [], leaveOut: [-1] }, 'The pasted copy has 6 lines; there is no line 0. Open the review again.'],
    ['a fraction', { putBack: [1.5], leaveOut: [] }, 'The pasted copy has 6 lines; there is no line 2.5. Open the review again.'],
    ['putting back a kept line', { putBack: [2], leaveOut: [] }, 'Line 3 is already in the story. Open the review again.'],
    ['leaving out a line already out', { putBack: [], leaveOut: [1] }, 'Line 2 is already left out of the story. Open the review again.'],
    ['the same line twice', { putBack: [4, 4], leaveOut: [] }, 'Line 5 is both put back and left out. Choose one.'],
    ['leaving nothing', { putBack: [], leaveOut: [2, 3, 5] }, NO_STORY_LEFT],
  ])('refuses %s, with a reason', (_name, overrides, reason) => {
    expect(rebuildStory(UNITS, overrides)).toEqual({ ok: false, reason });
  });
});

describe('overrides saved under an earlier reading of the copy', () => {
  it('keeps those that still fit and drops the rest', () => {
    expect(fittingOverrides(UNITS, { putBack: [4, 2, 9], leaveOut: [5, 1, -1] })).toEqual({ putBack: [4], leaveOut: [5] });
  });
});

describe('the cleaner’s report of its calls', () => {
  const source = fs.readFileSync(path.join(FIXTURES, 'photo-credit-drops-story.txt'), 'utf8');

  it('lists every unit of the copy in order, with what it became', () => {
    const cleaned = cleanTextDump(source);
    if (!cleaned.ok) throw new Error(cleaned.reason);
    const { units, blocks, removed } = cleaned.article;
    expect(units.map((unit) => unit.text)).toEqual(source.trim().split('\n'));
    expect(units.find((unit) => unit.text.startsWith('Harbour strike'))).toMatchObject({ kept: null, rule: 'title' });
    expect(units.find((unit) => unit.text === 'By Marta Kowal')).toMatchObject({ kept: null, rule: 'metadata' });
    expect(units.find((unit) => unit.text.startsWith('The union said'))).toMatchObject({ kept: null, rule: 'photo-caption' });
    // The report is the story and the removed list, nothing more or less.
    expect(units.filter((unit) => unit.kept !== null).map(({ kept, text }) => ({ kind: kept, text }))).toEqual(blocks);
    expect(units.filter((unit) => unit.kept === null).map(({ text, rule }) => ({ line: text, rule }))).toEqual(removed);
  });

  it('rebuilds, with no overrides, exactly the story it keeps', () => {
    for (const name of fs.readdirSync(FIXTURES)) {
      const cleaned = cleanTextDump(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), { fileName: name });
      if (cleaned.ok) expect(rebuildStory(cleaned.article.units, NO_OVERRIDES)).toEqual({ ok: true, blocks: cleaned.article.blocks });
    }
  });
});
