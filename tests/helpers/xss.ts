/**
 * The XSS corpus (tests/fixtures/xss/payloads.ts) made concrete: each payload
 * with its sentinel filled in, and a saved web page per category that carries
 * its payloads inside an ordinary news story, long enough that Readability
 * keeps the story (and with it whatever the payloads left behind).
 */
import { XSS_CATEGORIES, XSS_PAYLOADS, type XssCategory, type XssPayload } from '../fixtures/xss/payloads.ts';

/** Where payloads send their requests; a test replaces it with its own collector server. */
export const UNUSED_COLLECTOR = 'http://127.0.0.2:9';

/** The script a payload runs to prove it ran: a call the test page exposes. */
export const sentinelCall = (id: string) => `__xss('${id}')`;

/** The payload's HTML with its sentinel script and collector address filled in. */
export function payloadHtml(payload: XssPayload, collectorOrigin = UNUSED_COLLECTOR): string {
  return payload.html.replaceAll('$JS', sentinelCall(payload.id)).replaceAll('$URL', `${collectorOrigin}/xss/${payload.id}`);
}

/** The sentence before each payload, which the reader must show: proof that the payload's place was rendered. */
export const markerSentence = (id: string) => `Sample ${id} is discussed in the paragraph that follows.`;

/** One saved page of the corpus: a category's payloads, or part of them where one swallows what follows. */
export interface XssPage {
  category: XssCategory;
  title: string;
  payloads: XssPayload[];
}

export const XSS_PAGES: XssPage[] = XSS_CATEGORIES.flatMap((category) => {
  const parts: XssPayload[][] = [[]];
  for (const payload of XSS_PAYLOADS.filter((p) => p.category === category)) {
    parts.at(-1)?.push(payload);
    if (payload.endsPage) parts.push([]);
  }
  return parts
    .filter((payloads) => payloads.length > 0)
    .map((payloads, index) => ({
      category,
      title: `Regional councils review ${category} findings in annual audit${index > 0 ? `, part ${index + 1}` : ''}`,
      payloads,
    }));
});

const PROSE = [
  'The audit office of the fictional province of Halvard published its annual review on Thursday, covering forty-two regional councils, their budgets, their procurement and the state of their public records.',
  'Auditors found that most councils had improved their record keeping since last year, although several still kept contracts in paper files that were neither indexed nor backed up, and two could not produce minutes for meetings held in the spring.',
  'The review recommends that every council publish its spending above a fixed threshold each quarter, that tenders be advertised for at least thirty days, and that conflicts of interest be declared in a register open to residents.',
  'Council leaders said the recommendations were reasonable but warned that smaller councils, with fewer than twenty staff, would need help from the province to meet them, particularly for the registers and the quarterly reports.',
];

/** The saved news page whose story carries the page's payloads, each after its marker sentence. */
export function articlePage({ title, payloads }: XssPage, collectorOrigin = UNUSED_COLLECTOR): string {
  const body = payloads
    .map((payload, index) => `<p>${markerSentence(payload.id)} ${PROSE[index % PROSE.length]}</p>\n${payloadHtml(payload, collectorOrigin)}`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} | The Provincial Record</title>
  <meta name="author" content="Ines Varga">
</head>
<body>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">By Ines Varga</p>
      ${PROSE.map((sentence) => `<p>${sentence}</p>`).join('\n      ')}
      ${body}
      <p>The province said it would respond to the review within three months, and that it would publish the councils' answers alongside its own.</p>
    </article>
  </main>
</body>
</html>`;
}
