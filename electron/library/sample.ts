/**
 * The sample briefing a new library starts with, so the first run shows what
 * the app is for. Written for this app; the places and figures are invented.
 */
import { createHash } from 'node:crypto';
import { countWords, paragraphsToArticle } from '../../shared/text.ts';
import { insertArticle } from './articles.ts';
import { addToBriefing, createBriefing, updateBriefing } from './briefings.ts';
import type { Db } from './open.ts';

interface SampleArticle {
  title: string;
  byline: string;
  siteName: string;
  publishedAt: string;
  excerpt: string;
  paragraphs: string[];
}

const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    title: 'Northern corridor ports report shorter queues after new inspection rules',
    byline: 'Briefing Reader sample desk',
    siteName: 'Sample Wire',
    publishedAt: '2026-03-02T08:00:00.000Z',
    excerpt: 'Average waiting time for container ships fell from nine days to four.',
    paragraphs: [
      'Average waiting time for container ships at the three ports of the fictional northern corridor fell from nine days to four in February, according to figures the port authority published on Monday.',
      'Officials credited a rule that moved customs inspections from the quay to inland depots, freeing berths for unloading. Shipping agents said the change had been requested for more than two years.',
      'Not everyone is convinced the gains will last. A logistics adviser quoted by the authority noted that February is traditionally a quiet month, and that the real test will come with the spring harvest exports.',
      'The authority said it would publish weekly queue figures from April, a step analysts have long asked for.',
    ],
  },
  {
    title: 'How to read a briefing: judgments first, evidence after',
    byline: 'Briefing Reader sample desk',
    siteName: 'Sample Notes',
    publishedAt: '2026-02-14T12:00:00.000Z',
    excerpt: 'A good briefing leads with what the reader must know and shows how it is known.',
    paragraphs: [
      'A good briefing leads with its key judgments: two or three sentences that tell a busy reader what has changed and why it matters.',
      'Every judgment should point to the evidence behind it. In Briefing Reader that evidence is a highlighted passage in a saved article, with a note that says what it shows and how far it can be trusted.',
      'Handling markings travel with the briefing. A briefing marked TLP:GREEN may be shared within the reader\u2019s community, but not published.',
      'Finally, say what would change the assessment. A judgment without its indicators cannot be checked later.',
    ],
  },
];

export function seedSampleBriefing(db: Db, now: string): number {
  const briefing = createBriefing(db, 'Sample briefing: northern corridor', now);
  updateBriefing(
    db,
    briefing.id,
    {
      author: 'Briefing Reader',
      marking: 'GREEN',
      summary:
        '- Port queues on the northern corridor have roughly halved since inspections moved inland.\n' +
        '- The improvement is untested against peak season; weekly figures from April will show whether it holds.',
    },
    now,
  );
  for (const sample of SAMPLE_ARTICLES) {
    const { html, text } = paragraphsToArticle(sample.paragraphs);
    const articleId = insertArticle(db, {
      url: null,
      canonicalUrl: null,
      title: sample.title,
      byline: sample.byline,
      siteName: sample.siteName,
      publishedAt: sample.publishedAt,
      savedAt: now,
      lang: 'en',
      dir: 'ltr',
      excerpt: sample.excerpt,
      html,
      text,
      wordCount: countWords(text),
      contentHash: createHash('sha256').update(text).digest('hex'),
    });
    addToBriefing(db, briefing.id, articleId, now);
  }
  return briefing.id;
}
