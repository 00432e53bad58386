/**
 * The context features the learned line model reads (shared/textdump/learned.ts),
 * on small invented copies in several languages: they must say the same thing
 * of the same page shape whatever the language, or the model cannot carry
 * what it learns from one site to the next.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';
import { RULES_ONLY, type FeatureLog, type Features } from '../../../shared/textdump/learned.ts';

/** Each line's features, by the line's text, as the trainer logs them. */
function featuresByLine(lines: readonly string[]): Map<string, Features> {
  const log: FeatureLog = { titleCandidates: [], lines: [] };
  cleanTextDump(lines.join('\n\n'), { model: RULES_ONLY, log });
  return new Map(log.lines.map((row) => [row.text, row.features]));
}

interface PageCase {
  name: string;
  headline: string;
  story: string[];
  /** A chat-channel promo set inside the story, opened by a pictograph. */
  promo: string;
  /** A box of short facts set under the story. */
  box: string[];
}

const CASES: PageCase[] = [
  {
    name: 'English county paper',
    headline: 'Ferry crews vote to strike over winter timetable',
    story: [
      'Ferry crews on the northern crossing voted on Tuesday to strike for two days in January, after talks on the winter timetable broke down.',
      'The crews say the new timetable cuts rest time between crossings, and that the ferry company has not answered their letters since October.',
      'The ferry company said it regretted the vote and that the timetable had been agreed with the harbour board in the summer.',
    ],
    promo: '📲 Follow our channel on WhatsApp for the latest news',
    box: ['Route facts', 'Two vessels', 'Eleven crossings a day', 'Opened 1974'],
  },
  {
    name: 'German regional site',
    headline: 'Fährleute stimmen für Streik gegen den Winterfahrplan',
    story: [
      'Die Fährleute auf der nördlichen Route haben am Dienstag für einen zweitägigen Streik im Januar gestimmt, nachdem die Gespräche über den Winterfahrplan gescheitert waren.',
      'Die Fährleute sagen, der neue Fahrplan verkürze die Ruhezeit zwischen den Überfahrten, und die Reederei habe ihre Briefe seit Oktober nicht beantwortet.',
      'Die Reederei bedauerte die Abstimmung und erklärte, der Fahrplan sei im Sommer mit der Hafenbehörde abgestimmt worden.',
    ],
    promo: '👉 Folgen Sie unserem Kanal auf Telegram',
    box: ['Zahlen zur Route', 'Zwei Schiffe', 'Elf Fahrten am Tag', 'Seit 1974'],
  },
  {
    name: 'Indonesian news portal',
    headline: 'Awak kapal feri sepakat mogok menolak jadwal musim hujan',
    story: [
      'Awak kapal feri di lintasan utara sepakat pada hari Selasa untuk mogok selama dua hari pada bulan Januari setelah perundingan jadwal musim hujan gagal.',
      'Para awak kapal feri mengatakan jadwal baru itu memangkas waktu istirahat di antara pelayaran, dan perusahaan feri tidak menjawab surat mereka sejak Oktober.',
      'Perusahaan feri menyatakan menyesalkan keputusan itu dan mengatakan jadwal tersebut telah disepakati dengan otoritas pelabuhan pada musim kemarau.',
    ],
    promo: '🔔 Ikuti saluran kami di WhatsApp',
    box: ['Fakta lintasan', 'Dua kapal', 'Sebelas pelayaran sehari', 'Dibuka 1974'],
  },
];

describe('the learned line model’s context features', () => {
  it.each(CASES)('$name: story lines share the story’s words, the promo and the box do not', ({ headline, story, promo, box }) => {
    const features = featuresByLine([headline, story[0]!, promo, ...story.slice(1), ...box]);
    const second = features.get(story[1]!)!;
    expect(second['storyVocabulary']).toBeGreaterThanOrEqual(0.25);
    expect(second['sentences']).toBeGreaterThan(0);
    expect(second['pictograph']).toBe(0);
    expect(features.get(promo)!['pictograph']).toBe(1);
    expect(features.get(promo)!['storyVocabulary']!).toBeLessThan(second['storyVocabulary']!);
    // The box's lines stand in one run of short lines; the story's paragraphs in none.
    expect(features.get(box[2]!)!['shortRun']).toBeGreaterThan(0);
    expect(second['shortRun']).toBe(0);
  });

  it.each(CASES)('$name: a story paragraph reads as long as the story’s median one; a box line far shorter', ({ headline, story, box }) => {
    const features = featuresByLine([headline, ...story, ...box]);
    expect(Math.abs(features.get(story[1]!)!['relativeLength']!)).toBeLessThan(0.2);
    expect(features.get(box[1]!)!['relativeLength']).toBeLessThan(-0.3);
  });
});
