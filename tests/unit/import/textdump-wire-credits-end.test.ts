/**
 * A wire story ends with its credits ("(Reporting by …; Editing by …)"), as a press release ends with its end mark:
 * what a page prints under them — a platform's disclaimer, a syndication note, the next story's link — is the page's,
 * even when it reads as a sentence. Invented copies of a wire story as a broker's news panel, a portal and a regional
 * paper reprint it; credits above the story, and a story that goes on past a mid-page credit of a photo, stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

const STORY = [
  'Tidewater Cement said on Thursday it would close its kiln at Port Ellery by the end of March, cutting about 180 jobs, after two years of falling demand from housebuilders in the region.',
  'The company will keep the site open as a grinding and distribution terminal, supplied with clinker shipped from its larger plant at Carrow Head, a spokeswoman said.',
  'Local officials said they had not been told of the decision in advance and would ask the company to help workers find places at the new container terminal being built nearby.',
  'Shares in Tidewater fell 3.1% in early trading.',
];

const CREDITS = '(Reporting by Owen Castellano; Editing by Ruth Parmenter)';

interface Page {
  head: string[];
  /** Lines the page prints under the credits. */
  under: string[];
  foot: string[];
}

const PAGES: ReadonlyArray<readonly [string, Page]> = [
  [
    'a broker’s news panel: a disclaimer and the platform’s data note, with the panel’s arrows between',
    {
      head: ['Harbourline Invest', 'Markets', 'Portfolio', 'News', '', 'Tidewater Cement to shut Port Ellery kiln, cut 180 jobs', 'Dec 4, 2026 9:12 AM ET'],
      under: [
        'News and research on this platform come from third parties and are not advice to buy or sell any security.',
        'Previous',
        'Next',
        'Quotes delayed by at least 15 minutes. Brokerage services provided by Harbourline Securities Ltd.',
      ],
      foot: ['Terms', 'Privacy'],
    },
  ],
  [
    'a portal reprinting the wire: a syndication note naming the agency',
    {
      head: ['Ellery Today', 'Home', 'Business', 'Local', '', 'Tidewater Cement to shut Port Ellery kiln, cut 180 jobs', '4 December 2026'],
      under: ['This story was published from a wire agency feed without modifications to the text.', 'More business news'],
      foot: ['© 2026 Ellery Today'],
    },
  ],
  [
    'a regional paper: the reader invited to send tips',
    {
      head: ['The Carrow Gazette', 'News', 'Jobs', '', 'Tidewater Cement to shut Port Ellery kiln, cut 180 jobs', 'Thursday, December 4, 2026'],
      under: ['Do you work at the Port Ellery plant? We would like to hear how the closure affects you and your family.'],
      foot: ['Contact the newsroom', '© The Carrow Gazette'],
    },
  ],
];

function paragraphsOf(lines: string[]): string[] {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

describe('a wire story’s closing credits end the story', () => {
  it.each(PAGES)('%s', (_name, page) => {
    const paragraphs = paragraphsOf([...page.head, '', ...STORY, CREDITS, ...page.under, '', ...page.foot]);
    expect(paragraphs).toEqual(STORY);
  });

  it('leaves the story whole when the credits stand above it', () => {
    const [, page] = PAGES[1]!;
    expect(paragraphsOf([...page.head, CREDITS, '', ...STORY, '', ...page.foot])).toEqual(STORY);
  });

  it('keeps the story going past a photo credit that is no wire credit', () => {
    const [, page] = PAGES[1]!;
    const story = [...STORY.slice(0, 2), 'Photo: Harbour Board', ...STORY.slice(2)];
    expect(paragraphsOf([...page.head, '', ...story, '', ...page.foot])).toEqual(STORY);
  });
});
