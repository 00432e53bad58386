/**
 * The text-dump cleaner on the development corpus (tests/fixtures/textdump-corpus):
 * page copies in many site styles and languages, each with the story it must
 * give back. Every development copy must come out clean but for named known
 * problems, and the part must not fall below its measured quality; a blind
 * set-aside part, when the branch holds one, must be scorable. Then one
 * focused case per failure class the issue lists, on small copies written here.
 */
import { describe, expect, it } from 'vitest';
import { benchTextDumpQuality, readCorpus, scoreCopy, storyLines, summarizeScores } from '../../../bench/textdump-quality.ts';
import { extractDocument } from '../../../electron/import/document.ts';
import { blocksToArticle } from '../../../shared/text.ts';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';
import { RULES_ONLY } from '../../../shared/textdump/learned.ts';
import { LEARNED_MODEL_CROSS_VALIDATION } from '../../../shared/textdump/learned-weights.ts';

const DEV = readCorpus('dev');
/**
 * Development copies that do not come out clean yet: the kinds of problem the
 * bench reports for each ("kept", "lost", "title", "byline", "headings",
 * "phrase lost", "furniture kept") and why. Most came from the blind set-aside
 * parts (25 from the ninth and tenth), which showed failure classes the rules had not met; the
 * standfirsts some of them count as furniture, most development copies keep
 * as story. The learned headline model's cross-validated numbers are in
 * shared/textdump/learned-weights.ts.
 */
const KNOWN_PROBLEMS: Readonly<Record<string, { problems: string[]; why: string }>> = {
  'ar-bawabat-aqarat': { problems: ['kept', 'headings', 'furniture kept'], why: 'a calculator\'s link standing alone between two paragraphs ("احسب قيمة إيجارك العادلة", work out your fair rent) is kept as a subheading: the paragraph under it goes on with the story, as under a subheading' },
  'ar-mujammi-akhbar-tatbiq': { problems: ['kept', 'title'], why: 'an aggregator\'s button ("عرض الخبر من الموقع الأصلي", view on the source site) stands right over the headline, as a short headline stands over its deck; choosing the lower line when the upper names at most one story term fixed it and broke two short headlines over their decks (de-tech-magazine, en-culture-magazine-review)' },
  'bg-rzi-saobshtenie': { problems: ['kept', 'lost', 'headings', 'furniture kept'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: Разпределение на случаите по общини:" },
  'ca-diari-digital-comarques': { problems: ['kept', 'lost', 'headings', 'furniture kept'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: Subscriu-te" },
  'cs-horska-sluzba-zpravy': { problems: ['kept', 'furniture kept'], why: 'thirteenth part: the app prompt between two paragraphs, under a photo\'s caption ("Stáhněte si aplikaci Záchranka – v nouzi vás najdeme rychleji.", download the app), is a sentence of the story\'s length; the Czech word for the app is not among the app prompt\'s words, and page notes are looked for at the story\'s edges only' },
  'cs-obecni-zpravodaj-web': { problems: ['kept', 'title', 'byline', 'furniture kept'], why: 'the download link over the headline ("Stáhnout celé číslo v PDF") wins as in ar-mujammi-akhbar-tatbiq; the expectations keep the byline\'s degree ("Ing."), cs-thinktank-footnotes\'s strip it; the publisher\'s imprint line closing the issue reads as a sentence of the story' },
  'cs-thinktank-footnotes': { problems: ['byline'], why: 'the name is read without its degrees ("Tereza Horáková"), as other copies strip "Dr."; this expectation keeps "Mgr. … , Ph.D."' },
  'de-at-landeskorrespondenz': { problems: ['lost', 'phrase lost'], why: 'fifteenth part: the quotation under the photo credit („Das Hochwasser von 2002 …“), printed once, is taken for a pull quote and lost; the quoted deck under the headline is story, as the corpus\'s standfirst convention has it (its expectations listed it as furniture until stop 31)' },
  'de-forschungsschiff-expeditionsblog': { problems: ['byline'], why: 'the expectations keep the author\'s degree ("Dr. Marlene Voigt"), which the byline reader strips as cs-thinktank-footnotes\'s expectations want; the breadcrumb taken for the headline is a row of links since stop 28' },
  'de-parlament-kurzmeldung': { problems: ['kept', 'title'], why: 'the committee\'s name (five words) over a headline of eight reads as a headline over its deck; nothing language-independent yet tells such a kicker from a short headline over a short deck' },
  'de-partei-pressemitteilung': { problems: ['lost', 'phrase lost'], why: 'a long quotation printed once, opening its own paragraph, is taken for a pull quote' },
  'de-verbraucherzentrale-warnung': { problems: ['kept', 'headings', 'furniture kept'], why: 'the advice box after the story (a heading, one line asking the reader to book an appointment, its button) reads as the story\'s last section: a heading and one line over a button also close real stories' },
  'de-warentest-testbericht': { problems: ['kept', 'lost', 'headings', 'furniture kept'], why: 'a section heading under the paywall\'s two lines ("Testergebnisse freischalten für 4,90 €") is dropped with them as a short run, and the closing "Unsere Tests sind werbefrei und unabhängig." carries no page-note signal' },
  'el-limeniko-anakoinosi': { problems: ['kept', 'furniture kept'], why: 'the closing notes ("Επισυνάπτεται φωτογραφικό υλικό.", photos attached; a safety reminder to skippers) carry no page-note signal the rule knows' },
  'en-auction-house-sale-results': { problems: ['kept', 'byline'], why: 'the lot\'s label under the headline ("Lot 118 from the … sale") is kept as the first paragraph, and an upcoming sale in the footer ("Scottish Paintings — 21 January 2027") reads as a name and a date, so it is taken for the byline' },
  'en-audit-office-vfm-report': { problems: ['title', 'headings'], why: 'the "Key facts" figures under the headline (a number over its label) put a label ("hospitals the government committed to …") in the headline\'s place, and the "Summary" heading over the first paragraph is dropped before the story' },
  'en-bank-economics-flash-note': { problems: ['kept', 'byline', 'furniture kept'], why: 'only the first of the two analysts\' cards is read as the byline, and the closing certification and distribution notes carry no page-note signal the rule knows' },
  'en-campaign-press-release': { problems: ['kept', 'furniture kept'], why: 'fourteenth part: the endorsement quoted between two paragraphs with its speaker after a dash ("… and listened." — Federation President …) is expected as a pull quote, but it is printed once only, and an unrepeated quotation between paragraphs is the story\'s own in the other copies (restoreUnrepeatedQuotes)' },
  'en-catastrophe-loss-estimate': { problems: ['kept', 'furniture kept'], why: 'the closing box ("What the estimate includes" over three bullets) reads as the story\'s last section' },
  'en-conference-app-session': { problems: ['byline'], why: '"Written by the Summit content team" is not read as a byline (no person\'s name in it), so the first speaker in the speakers\' list is taken, as in en-thinktank-event-recap-2' },
  'en-coroner-prevention-future-deaths-report': { problems: ['kept', 'headings', 'furniture kept'], why: 'fourteenth part: the report\'s numbered capital sections ("2 CORONER\'S LEGAL POWERS") are partly furniture (the legal preamble) and partly the story, under one shape; the headline written as "Name: Prevention of Future Deaths Report" is read since stop 30\'s head round (a record\'s headline over fields that name its subject again)' },
  'en-council-committee-minutes': { problems: ['lost', 'title', 'headings'], why: 'the meeting\'s second title ("Minutes of … held on …") over the numbered items is taken for the headline, and the first item ("47. Apologies for absence") with its line is dropped before the story, so the other items\' numbers no longer start the set' },
  'en-court-judgment-summary-2': { problems: ['kept', 'furniture kept'], why: 'the closing note on the text ("References in square brackets are to paragraphs in the judgment") carries one page-note signal, and the rule wants two' },
  'en-credit-rating-action': { problems: ['kept', 'furniture kept'], why: 'the methodology and disclosure lines closing the page carry no page-note signal; the capital subheadings are right since stop 28, and the ratings table\'s header row, right over its dropped rows, is no subheading since stop 30' },
  'en-cricket-match-report-scorecard': { problems: ['title'], why: "fourteenth part, joined at stop 30; looked at in stop 30's head round, not fixed: a headline over a longer deck with no full stop, both over the byline, and the deck (the line right over the byline) is taken; telling a deck from a headline there by length alone would take kickers over headlines for decks" },
  'en-defence-ministry-daily-update': { problems: ['kept', 'furniture kept'], why: 'the closing "next update" line shares its one story-like word with the headline ("Operational update: …"), so the page-notes rule counts it as the story\'s' },
  'en-defence-thinktank-commentary': { problems: ['kept', 'furniture kept'], why: 'a one-sentence line between paragraphs that the expectations count as a pull quote, though the page prints it once and unquoted; such short paragraphs are story in other copies' },
  'en-earnings-release-table': { problems: ['lost', 'headings', 'phrase lost'], why: 'the results table under its heading ("Third quarter summary") between paragraphs is dropped as a fact box, which the expectations keep as story' },
  'en-esports-tournament-recap': { problems: ['kept', 'furniture kept'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: Spoiler warning: this article discusses the result of the Winter Open 2026 grand final." },
  'en-federal-register-rule-summary': { problems: ['kept', 'furniture kept'], why: 'fourteenth part: the rule\'s field block above its summary ("A Rule by the Coast Guard on …", "DATES:" over its date sentence, "FOR FURTHER INFORMATION CONTACT:" over the contact sentence) holds full sentences, which the field rules keep; the fields\' capital names ending in a colon are the only cue, and the same shape opens a story\'s sections elsewhere' },
  'en-fire-rescue-incident-update': { problems: ['kept', 'lost', 'headings', 'furniture kept'], why: 'fourteenth part: the entry stamps written as a word, a date and a time ("UPDATE 04/12/2026 14:20") are read as date lines, as the live-page stamps are read only when they give a time alone; the lede that says when the page was updated is dropped as a page note, and the "Safety advice:" line inside the last entry is expected as furniture' },
  'en-gh-news-portal': { problems: ['kept', 'headings', 'furniture kept'], why: 'fifteenth part: since stop 31\'s head round the banner asking readers to click ("Click here to start the nomination process …") is no headline, so the headline under the date is right, and the source line naming a person and her job ("Source: …, Contributor") gives the author; the caption between paragraphs is kept as a subheading (body rules)' },
  'en-government-gazette-notice': { problems: ['byline'], why: 'the signing official under the notice is read as its author' },
  'en-heritage-listing-announcement': { problems: ['kept', 'lost', 'headings', 'furniture kept', '1 lines kept twice'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: Grade: II" },
  'en-ifi-mission-concluding-statement': { problems: ['kept', 'title', 'furniture kept'], why: 'the country\'s name over the date ("Republic of Kasaria") stands where headlines stand and is taken for it, and the note on what a concluding statement is, under the date, is kept as the first paragraph' },
  'en-investing-community-analysis': { problems: ['kept', 'title', 'byline', 'headings', 'furniture kept'], why: 'fourteenth part: the chart\'s title with its source in brackets between paragraphs is kept as a subheading, the forum\'s disclosure under the story carries one page-note signal only, and the title and author are head problems (the ticker\'s page name under the date is taken for the headline, the pen name over a follower count is not read)' },
  'en-junior-miner-drill-results': { problems: ['kept', 'headings', 'furniture kept'], why: 'fourteenth part: the drill table\'s last row and the release\'s closing sections ("Qualified Person", QA/QC, the exchange\'s disclaimer, the forward-looking note) are sections of the story\'s length under subheadings like its own "NEXT STEPS"; the bold summary line under the headline is expected as furniture. The table\'s header over its dropped rows goes since stop 30' },
  'en-law-firm-client-alert': { problems: ['byline'], why: 'the authors are cards (name / role / city) under the headline, which the byline rules do not read, and the "Client Alert" label above the headline is taken for a name' },
  'en-legal-trade-news-paywall': { problems: ['kept', 'headings', 'furniture kept'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: Case Information" },
  'en-literary-magazine-essay': { problems: ['kept', 'furniture kept'], why: 'a one-sentence line between paragraphs that the expectations count as a pull quote, though the page prints it once and unquoted; such short paragraphs are story in other copies' },
  'en-mayor-speech-transcript': { problems: ['title'], why: 'the speaker is read, but the "Remarks as prepared for delivery" label stands between the headline and the speaker\'s line, so the city\'s name in the header wins' },
  'en-medicines-safety-update': { problems: ['kept', 'headings', 'furniture kept'], why: 'the closing box ("Report suspected side effects", one line, the article citation) reads as the story\'s last section; the page\'s contents list, which names only the story\'s two sections, is not read' },
  'en-medium-claps-post': { problems: ['lost'], why: 'a short quotation the page prints once is taken for a pull quote (unrepeated pull quotes of its length are furniture in other copies)' },
  'en-mountain-rescue-callout-report': { problems: ['kept', 'furniture kept'], why: 'fifteenth part: the menu item over the menu\'s "Join Us" link ("Safety Advice") is no author\'s card since stop 31\'s head round; the appeal for donations under the previous/next links ("Every callout is attended by unpaid volunteers …") is kept as the story\'s last paragraph (body rules)' },
  'en-newsletter-digest-also-in-issue': { problems: ['kept', 'headings', 'furniture kept'], why: 'the digest\'s "ALSO IN THIS ISSUE" items are sentences like the story\'s, and the heading over them is kept as a subheading' },
  'en-nuclear-regulator-event-report': { problems: ['kept', 'headings', 'furniture kept'], why: 'the closing explainer ("What is INES?" over its definition) reads as the story\'s last section' },
  'en-ombudsman-case-decision-summary': { problems: ['lost', 'headings'], why: 'the first section\'s heading ("What happened") right under the decision\'s fields goes with them as a label before the story, where the copy opens the story with it' },
  'en-open-consultation-page': { problems: ['kept', 'byline'], why: 'the consultation\'s summary under the headline ("We are seeking views on …") is kept as the first paragraph, and "From: Department for Transport and Infrastructure" gives "Department" as the byline' },
  'en-osint-imagery-blog': { problems: ['kept', 'lost', 'furniture kept'], why: 'an image note ("Image 1: … Imagery © …") between paragraphs reads as a field line of the story; the expectations count the byline line under the deck as story (the span opens at the deck)' },
  'en-parliament-library-insight': { problems: ['byline'], why: 'two authors parted by a comma alone read as a name and its affiliation, and the expectations keep the page\'s comma where the cleaner joins names with "and"' },
  'en-parliament-written-ministerial-statement': { problems: ['title'], why: 'thirteenth part: the statement\'s field "Made by: Kieran Blakemore (Minister of State …)" is taken for the headline over the short real one ("Prison Capacity Update"), which stands above the fields (head rules; see en-cyber-advisory-cve)' },
  'en-petition-government-response': { problems: ['kept', 'furniture kept'], why: 'the petition\'s own text and the response\'s lead-in above the response, and the revision note under the department\'s name after it, are kept as story' },
  'en-pharma-topline-results-release': { problems: ['kept', 'headings', 'furniture kept'], why: 'fourteenth part: the release\'s "Conference Call and Webcast" and "About the LUMEN Trial" sections under the story are subheadings over paragraphs of the story\'s length, shaped like its "Next steps" section; the "About" rule reads only the company\'s own name after "About". The first of its bulleted highlights goes with the others since stop 30\'s body round' },
  'en-photo-gallery-article': { problems: ['byline'], why: 'the expectations take the whole "Photos by … | Text by …" credit line for the byline; the cleaner reads the photographer from it' },
  'en-plain-newsletter-archive-issue': { problems: ['kept', 'furniture kept'], why: 'the expectations count the salutation (Hi all,) as furniture, as en-mailing-list-archive does, while de-newsletter-webview keeps its salutation as story' },
  'en-preprint-abstract-page': { problems: ['kept', 'byline', 'headings', 'furniture kept'], why: 'the expectations count the plain-language summary under its heading after the abstract as furniture, other copies keep a closing section under its subheading as story; the author list is not read as a byline (head rules)' },
  'en-published-shared-document': { problems: ['kept', 'byline', 'furniture kept'], why: 'the publishing tool\'s banner ("Published using Google Docs") is read as the byline, and the signatories\' line under the headline as the story\'s first paragraph' },
  'en-qa-answer-site': { problems: ['title', 'byline'], why: 'the question is the last item of the "Related" list above the answer, and the answer\'s card (name, credentials) sits under a sort menu\'s "Recommended", so the "Originally Answered:" line is taken for the headline and no author is read' },
  'en-radio-station-interview-transcript': { problems: ['lost'], why: 'the host\'s closing turn ("BRENNAN: The Rev. Thomas Okoye of the Northside Community Pantry, thank you.") is dropped as a sign-off naming a person and a body; in a transcript the last turns are story' },
  'en-refugee-agency-field-story': { problems: ['kept', 'furniture kept'], why: 'a one-line appeal inside the story ("… Donate today.") has no separate button line for the button-box rule' },
  'en-school-district-board-recap': { problems: ['kept', 'furniture kept'], why: '"Watch the full meeting on the district\'s YouTube channel." under the last paragraph is kept: a full sentence pointing to a platform reads as the story\'s close' },
  'en-scrollytelling-feature': { problems: ['title'], why: 'fourteenth part: the deck right under the headline ("How three decades of rising tides squeezed …") is taken for the headline, as a longer line naming more of the story\'s terms (a head problem); the chart labels between paragraphs go since stop 30\'s body round (a label over a dropped label is no subheading)' },
  'en-sg-national-daily-premium': { problems: ['kept', 'furniture kept'], why: "fifteenth part: the two-sentence caption between paragraphs closing on its agency's credit (\"… alternate floors. XX PHOTO: NAME\") goes now; the messaging-channel promotion (\"Join … WhatsApp channel …\") and the correction note closing the story are kept" },
  'en-shipping-line-advisory': { problems: ['kept', 'furniture kept'], why: 'the expectations count the salutation (Dear Valued Customer,) as furniture, as en-mailing-list-archive does, while de-newsletter-webview keeps its salutation as story; the table stays now' },
  'en-space-agency-mission-blog': { problems: ['kept', 'furniture kept'], why: "fifteenth part, joined at stop 31 and not yet worked on: kept: This image of the Moon's south polar region was taken by Pathfinder's wide-angle camera du" },
  'en-spectrum-auction-results': { problems: ['kept', 'lost', 'headings', 'furniture kept'], why: 'the notes line under the results table ("Notes: each … lot is …") is kept, and "What happens next" under the second table is dropped with the table as a fact box' },
  'en-sports-desk': { problems: ['lost'], why: "the match report's closing sentence stands behind the line-ups and the referee line, which end the story for the footer rule" },
  'en-startup-product-announcement': { problems: ['kept', 'furniture kept'], why: 'the closing call to book a demo carries no page-note signal the rule knows ("Book a 20-minute demo")' },
  'en-state-judiciary-newsroom': { problems: ['kept', 'furniture kept'], why: 'seventh part: the case number and caption line under the headline is kept as the first paragraph' },
  'en-status-page-incident-postmortem': { problems: ['kept', 'headings', 'furniture kept'], why: 'fifteenth part: the back link over the headline ("‹ Back to current status") is no headline since stop 31\'s head round, so the headline is right; the incident\'s status updates under the postmortem ("Resolved", "Monitoring" … each over its note) are kept as sections of the story (body rules)' },
  'en-substack-post-comments': { problems: ['lost'], why: 'the "Subscribe" buttons inside the post are not furniture by the expectations, so dropping one counts as lost' },
  'en-thinktank-event-recap-2': { problems: ['kept', 'byline', 'furniture kept'], why: 'the first speaker in the speakers\' list under the date ("Dr Ingrid Solberg, Senior Fellow, …") is read as the author; the closing confidentiality note names "this event", which the page-note words lack' },
  'en-thread-unroll-service': { problems: ['kept', 'title', 'byline', 'headings', 'furniture kept'], why: 'the thread\'s first post is its title; the unroll service\'s buttons ("Save as PDF") win, a "Popular" heading takes the author\'s card, and the service\'s closing prompts read as posts' },
  'en-trade-association-member-bulletin': { problems: ['kept', 'furniture kept'], why: 'the call to members ("Action for members: …") and the webinar line inside the bulletin carry no page-note signal' },
  'en-transit-agency-service-change': { problems: ['kept', 'headings', 'furniture kept'], why: 'thirteenth part: the timetable under a route\'s section (a header row "Stop First bus Last bus" and three rows of stops and times) is furniture by the expectations, and is read as a table in the story as development copies want theirs (see en-earnings-release-table); its rows also part the route\'s sections, so the headings differ' },
  'en-travel-advisory': { problems: ['kept', 'furniture kept'], why: 'the "Latest update:" summary under the headline reads as the first paragraph' },
  'en-un-noon-briefing': { problems: ['title'], why: 'the briefing\'s series name over the day\'s "Highlights of today\'s noon briefing" line: the lower line is taken, as a headline under a kicker' },
  'en-university-alumni-magazine': { problems: ['kept', 'furniture kept'], why: 'a photo caption with no credit beside it (Volunteer … checks germination trays …) reads like a short sentence of the story' },
  'en-webmail-reading-pane-local-newsletter': { problems: ['title'], why: 'thirteenth part: the e-mail\'s subject line in the reading pane ("The Ledger Morning: Bridge works paused after survey finds scour damage") is taken for the headline over the newsletter\'s own (head rules)' },
  'en-wikinews-style-article': { problems: ['kept', 'furniture kept'], why: 'fourteenth part: the wiki\'s tagline under the headline ("From OpenNews Wiki, the free news source you can write!") is cut off from the story by the date, the related box and the share row, and is read as a standfirst; it names the site, but so does many a lede' },
  'en-wildfire-live-page': { problems: ['lost', 'headings', 'phrase lost'], why: 'a live page\'s time stamps without a day ("6:48 a.m.") are dropped, the ones with a day ("11:52 p.m. Thursday") kept as subheadings' },
  'en-written-question-answer': { problems: ['kept', 'furniture kept'], why: 'the closing "This answer was submitted on …" note is kept as story (one signal only); the "Answer" label over its dropped date line is no subheading since stop 30' },
  'es-confederacion-hidrografica-nota': { problems: ['lost', 'headings'], why: 'fourteenth part: the subheading right under the reservoir table\'s source line ("Fuente: …") is dropped with the table as a short line outside the running text; a subheading is read under a photo\'s credit, not under a table\'s source' },
  'es-culture-magazine': { problems: ['kept', 'furniture kept'], why: 'a photo caption with no credit beside it reads like a short sentence of the story' },
  'es-resultados-electorales': { problems: ['lost', 'title'], why: 'the deck over the results box is taken for the headline, and the expectations count the byline line under the box as story (the span opens at the deck)' },
  'fr-be-quotidien-regional-abonnes': { problems: ['lost', 'headings'], why: "fifteenth part, joined at stop 31 and not yet worked on: lost: « Un chantier sans fin »" },
  'fr-ch-canton-communique': { problems: ['title', 'byline'], why: "fourteenth part, joined at stop 30; looked at in stop 30's head round, not fixed: the 'Renseignements' contacts (name, office, telephone) stand between headline and story, the second read as a byline and the first as the headline over it; a name-and-job line ending in a telephone number should be a contact's card, but the byline reader cannot use the body's telephone pattern without an import cycle, left for a later round" },
  'fr-cour-comptes-rapport': { problems: ['kept', 'furniture kept'], why: 'the note under the box of the bodies\' responses ("Les rapports d\'observations définitives sont communiqués …") carries no page-note signal; dropping a last sentence cut off from the story by a run of short links was tried at stop 28 and cost three clean copies (a read-also box before a story\'s last paragraph)' },
  'fr-kiosque-numerique-liseuse': { problems: ['kept', 'headings', 'furniture kept'], why: 'thirteenth part: a bare credit between paragraphs ("Photo Michel Grandjean", the credit word and a name with no colon) is kept as a subheading: the credit rules want a colon, a slash or the name printed again' },
  'id-dpr-parlementaria': { problems: ['byline'], why: 'the section\'s name ("Komisi IV") stands alone over the date, where bylines stand; the stop-28 rule for a section printed alone and in the page\'s path wants it printed alone in the header too, and here it is printed alone only on that line' },
  'it-comune-designers-italia-notizia': { problems: ['kept', 'furniture kept'], why: 'fourteenth part: the subtitle under the headline is expected as furniture, against the corpus\'s standfirst convention (a deck is story); the metadata and the page index stand between it and the story' },
  'it-consorzio-bonifica-notizia': { problems: ['kept', 'headings', 'furniture kept'], why: 'thirteenth part: a caption with neither credit nor full stop ("La stazione di pompaggio di Ca\' Mora, oggi") between paragraphs has a subheading\'s shape and is kept as one' },
  'it-live-ticker': { problems: ['kept', 'title', 'byline', 'furniture kept'], why: "the expectations count a live page's time stamps as furniture, which the live-page rule keeps with their entries; an entry headline is taken for the headline" },
  'it-rassegna-stampa-ritaglio': { problems: ['kept', 'furniture kept'], why: 'the press clipping\'s closing note ("Ritaglio stampa ad uso esclusivo del destinatario, non riproducibile.") carries no page-note signal the rule knows' },
  'ja-kouhoushi-pdf-henkan': { problems: ['kept', 'title', 'headings', 'furniture kept'], why: 'fourteenth part: the newsletter converted from PDF puts its contact line ("お問い合わせ … ☎…") at the top, where it is taken for the headline, and its "ひとくちメモ" tip box (a label over one sentence) reads as a subheading over a paragraph' },
  'ja-portal-haishin-kiji': { problems: ['lost'], why: 'the caption "…利用者＝4日朝、県内の駅前" (what = when, where) goes since stop 31\'s head round; the last paragraph, closing on the paper\'s name in brackets, is dropped as the footer' },
  'ja-uchu-kaihatsu-mission': { problems: ['kept', 'title'], why: 'the rules choose the mission\'s data field right above the headline ("地球からの距離：約2億8,400万km"): a field written with a full-width colon and no space is not read as a field, and the headline under it counts as its deck' },
  'ko-daetongnyeong-seomyeon-brifing': { problems: ['byline'], why: 'the spokesperson\'s sign-off after the briefing ("2026. 12. 4. 대통령실 대변인 한지우": date, office, role and name on one line) is not read as a byline' },
  'ko-naver-blog-post': { problems: ['lost', 'byline'], why: 'fourteenth part: the blog\'s closing line is a short exclamation under the story that the expectations keep as story, while the closing-exclamation rule (stop 29) reads such a line as the page calling out to its reader; the blogger\'s nickname is not read as the byline' },
  'nl-tweedekamer-commissiedebat': { problems: ['kept', 'headings', 'furniture kept'], why: 'the link to watch the debate back ("Bekijk het debat terug via Debat Direct") standing alone between paragraphs is kept as a subheading' },
  'nl-veiligheidsregio-incidentpagina': { problems: ['kept', 'headings', 'furniture kept'], why: 'fourteenth part: the closing "Meer informatie" section (a heading over a question and a telephone number) is a subheading over a sentence; the same shape, a heading over a contact line, is the story\'s closing section in en-city-council-notice, so a rule reading it as a contact box was not kept' },
  'nl-ziekenhuis-nieuwsbericht': { problems: ['kept', 'furniture kept'], why: 'thirteenth part: a one-sentence caption with no credit ("De ingang van de spoedeisende hulp op locatie Harderzijl.") between paragraphs reads as a short paragraph of the story (see en-university-alumni-magazine)' },
  'no-lokalavis-pluss': { problems: ['kept', 'furniture kept'], why: 'fourteenth part: the standfirst under the headline is expected as furniture, against the corpus\'s standfirst convention (a deck is story); the photo caption, the byline and dates stand between it and the story' },
  'pl-bip-informacja-kontrola': { problems: ['byline'], why: 'the author is given in the closing record under a label the byline rule does not know ("Wytworzył: …"); see sv-jordbruksverket-marknadsrapport' },
  'pl-kuratorium-wyniki-egzaminu': { problems: ['title'], why: 'the office\'s name in the header ("Kuratorium Oświaty w Olsztynie") is the rules\' headline and the learned headline model keeps it: the real headline stands under the "Autor:" line, not over it' },
  'pl-portal-obronny-kontrola-zbrojen': { problems: ['kept', 'furniture kept'], why: 'the author\'s job line closing the story ("Dziennikarz zajmujący się …") names no one, so the bio rule does not take it' },
  'pt-defesa-civil-boletim-chuvas': { problems: ['kept', 'title', 'furniture kept'], why: 'the bulletin\'s field line (Alerta vigente: …) is taken for the headline, and the SMS sign-up line under it is kept as the story\'s head (see en-cyber-advisory-cve)' },
  'ro-isu-comunicat-interventie': { problems: ['lost', 'headings'], why: 'fourteenth part: the one capitals subheading between two paragraphs ("RECOMANDĂRI") is dropped as a section label; making a lone capitals line between paragraphs of running text a subheading fixed it and broke the language-free shapes\' case of a lone "EXCLUSIVE" inside a story, which has the same shape' },
  'sv-jordbruksverket-marknadsrapport': { problems: ['byline'], why: 'the desk is given under a label the byline rule does not know ("Författare:"); see ko-peurogudan-sosik' },
  'sv-riksdag-betankande': { problems: ['headings'], why: 'the first section\'s heading right over the first paragraph ("Kort om ärendet") is dropped before the story; restoring such a line when a subheading of its shape stands further down was tried at stop 28 and cost 21 clean copies (decks and kickers stand there too)' },
  'tr-baro-basin-aciklamasi': { problems: ['title'], why: 'thirteenth part: a menu item of the bar\'s portal in the header ("UYAP Avukat Portal") is taken for the headline over the statement\'s title under it (head rules)' },
  'tr-iletilen-eposta-bulteni': { problems: ['kept', 'furniture kept'], why: 'the closing "forward it to a friend" line names the newsletter ("Bu bülteni") but its verb ("iletin") is not among the page-note calls to act' },
  'uk-blahodiynyi-zbir-zvit': { problems: ['byline'], why: 'the team\'s name under the headline ("Команда фонду", the fund\'s team) is not read as a byline: it names no person' },
  'uk-hromadske-media-chlenstvo': { problems: ['kept', 'furniture kept'], why: 'the closing membership appeal and tip request carry one page-note signal each ("Ця публікація", "Напишіть"), and the rule wants two' },
  'uk-oblenergo-povidomlennia': { problems: ['kept', 'headings', 'furniture kept'], why: 'thirteenth part: a prompt between paragraphs with no closing stop ("Дізнайтеся свою чергу відключень: введіть адресу на сторінці …", find your outage group) has a subheading\'s shape; it carries one page-note signal (the page), and page notes are looked for at the story\'s edges only' },
  'uk-prykordonna-statystyka': { problems: ['kept', 'furniture kept'], why: 'the closing note that the figures are preliminary ("Дані є оперативними …") carries no page-note signal' },
  'uk-tech-media-news': { problems: ['lost'], why: 'the standfirst under the headline, over the lead photo\'s credit (Фото: …), is taken for its caption, where other copies print the caption' },
  'zh-my-huawen-ribao': { problems: ['kept', 'headings', 'furniture kept'], why: 'fifteenth part: the reporter\'s "报道：" label is read since stop 31\'s head round; the caption right over the first paragraph ("峇六拜一带 … 早日通车。") and the "相关新闻：" link between paragraphs are kept (body rules)' },
  'zh-zhihu-huida-ye': { problems: ['byline'], why: 'the answerer\'s card (name over "轨道交通运营工程师，从业十二年" and a vote count) is not read: the job line is not among the known roles' },
};
/**
 * The development part's numbers as last measured (417 of 524 clean, precision 0.968, recall 0.992, titles 95.4%,
 * bylines 95.0%): a floor a change must not fall below. The seventh and eighth blind parts joined it on 2026-12-07
 * (stop 26) with 38 of their 60 copies not clean; after the head, body and page-notes rounds tuned on them, 10. The
 * ninth and tenth joined at stop 27 with 34 of 60 not clean; after that stop's rounds, 27 (the 344 before them: 324
 * clean). The eleventh and twelfth joined at stop 28 with 37 of 60 not clean (the 404 before them: 357 clean); after
 * that stop's round, 31 (the 404: still 357). The thirteenth joined at stop 29 with 22 of 30 not clean (494 copies: 394
 * clean, precision 0.971, recall 0.994, titles 95.7%, bylines 93.3%); after that stop's body round (captions' shapes, a
 * closing call to the reader, wire credits, contact cards) and head round (fields, contact and author cards, host
 * labels, offices), 13 (the 464 before them: 388 clean). The fourteenth joined at stop 30 with 25 of 30 not clean (the
 * 494 before it: 405 clean); after that stop's body round (fact boxes, glossaries, second-language versions, headlines
 * printed twice, labels over dropped lines) and head round (a record's headline over its fields, a closing signature
 * in capitals, ranks in bylines), 18 (the 494: still 405, precision 0.975). The fifteenth joined at stop 31 with 20 of
 * 30 not clean, once eight of its standfirsts, which its writer listed as furniture, were made story as the corpus's
 * convention has it (554 copies: 427 clean, precision 0.963, recall 0.991, titles 94.4%, bylines 94.2%); after stop 31's
 * body round (captions' credits, bios over closing notes, licence notes, call boxes) and head round (byline labels of
 * more scripts, caption tails, links and prompts over the headline) and three more decks made story, 13 (the 524 before
 * it: 418 clean; the part: precision 0.922, titles and bylines 100%), 435 of 554 (precision 0.965, titles 95.8%).
 */
const MEASURED_DEV = { cleanShare: 0.78, linePrecision: 0.96, lineRecall: 0.99, titleAccuracy: 0.95 };
/** The blind set-aside part: written elsewhere, merged later; a branch may hold none. */
const SET_ASIDE = readCorpus('setaside');
/**
 * The set-aside part holds the sixteenth blind part: 30 copies in 30 new site styles (14 en + 16 in 16 other languages:
 * a lottery's winner story, a golf tour's round report, a crowdfunding update, a car magazine's road test, a betting
 * site's preview, a racecourse's news, a tribal nation's paper, a Facebook post, a press regulator's ruling, a health
 * insurer's magazine, a Dzen channel, a literary prize's shortlist, a Persian sports site, an Urdu city page, a Hindi
 * exam-result story, a Bangladeshi district story, a Tamil film site, a shogi game report, a Korean party's statement, a
 * Bilibili column…), written in stop 31 by someone who did not read the cleaner. On arrival (the rules of stop 30's
 * end), with five byline lines under standfirsts listed as furniture as the corpus's convention has it: 7 clean,
 * precision 0.891, recall 0.929, titles 80.0%, bylines 76.7%. After stop 31's body and head rounds (tuned on the
 * fifteenth): the same, copy for copy. Then every script's sentence stops were put in one place (its Bengali copy lost
 * its story, which was seen here; the rule was written on invented pages): recall 0.943. Earlier parts on arrival: the fifteenth 8 of 30 (10 with its standfirsts made story, as the corpus's
 * convention has it; precision 0.899, recall 0.980), the fourteenth 4 (5 after stop 29's rounds, which were not tuned
 * on it), the thirteenth 8, the eleventh 14 (as re-scored), the twelfth 8, the seventh and eighth 22 of 60, the sixth
 * 13 of 30, the fifth 3, the fourth 4.
 */
const MEASURED_SET_ASIDE = { cleanShare: 0.23, linePrecision: 0.89, lineRecall: 0.94, titleAccuracy: 0.8 };

type Floor = typeof MEASURED_DEV;

/** Every number of a part's summary at or above its floor. */
function expectNotBelow(summary: Floor, floor: Floor): void {
  for (const key of Object.keys(floor) as Array<keyof Floor>) expect(summary[key], key).toBeGreaterThanOrEqual(floor[key]);
}

function clean(text: string): CleanedDump {
  const result = cleanTextDump(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** A browser copy of a page: a header, the parts around the story, the story's paragraphs, a footer. */
function pageCopy(parts: { header?: string[]; top: string[]; story: string[]; footer?: string[] }): string {
  return [...(parts.header ?? ['The Harbour Courier', 'News', 'Business', 'Sign in']), '', ...parts.top, '', parts.story.join('\n\n'), '', ...(parts.footer ?? ['© 2026 The Harbour Courier'])].join('\n');
}

/** Four paragraphs of an invented story. */
const STORY = [
  'The harbour board of Vellmar voted on Tuesday to extend the night ferry service to the outer islands until the end of October, after a summer in which crossings were full on most evenings.',
  'Board chair Ilse Marten said the extension would cost about 400,000 crowns and would be paid from the harbour reserve rather than from higher fares.',
  'Islanders had asked for the longer season at three public meetings this spring, saying the last ferry at seven left workers stranded on the mainland.',
  'The board will review passenger numbers in November before deciding whether to run the service all year.',
];

describe('the development corpus', () => {
  it('holds at least 40 copies in at least 25 site styles and several languages', () => {
    expect(DEV.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEV.map((copy) => copy.expect.style)).size).toBeGreaterThanOrEqual(25);
    for (const lang of ['en', 'tr', 'ar', 'fr', 'ru', 'de', 'es']) expect(DEV.map((copy) => copy.expect.lang)).toContain(lang);
  });

  it.each(DEV.map((copy) => [copy.name, copy] as const))('%s comes out clean: title, byline, subheadings and exactly the story lines', (name, copy) => {
    expect(storyLines(copy).length).toBeGreaterThanOrEqual(3);
    const { problems } = scoreCopy(copy);
    const kinds = [...new Set(problems.map((problem) => problem.split(':')[0]))];
    expect(kinds).toEqual(KNOWN_PROBLEMS[name]?.problems ?? []);
  });

  it('does not fall below the quality measured on the development part', () => {
    expectNotBelow(benchTextDumpQuality(['dev']).dev, MEASURED_DEV);
  });

  it('counts a copy as not clean when a line it keeps is furniture by the expectations', () => {
    const copy = DEV.find((entry) => entry.name === 'en-paywall-daily')!;
    const stricter = { ...copy, expect: { ...copy.expect, furniture: [...copy.expect.furniture, 'Opposition councillor Dina Shah'] } };
    const score = scoreCopy(stricter);
    expect(score.clean).toBe(false);
    expect(score.problems).toContain(`kept: ${copy.text.split('\n').find((line) => line.startsWith('Opposition councillor'))!.slice(0, 90)}`);
    expect(summarizeScores([score]).linePrecision).toBeLessThan(1);
  });

  it('keeps a story line that mentions a menu line: a whole line of furniture names that line alone', () => {
    const text = pageCopy({ header: ['The Harbour Courier', 'The harbour board', 'Ferries'], top: ['Night ferries run into October'], story: STORY });
    const copy = {
      name: 'invented-menu-named-in-story',
      part: 'dev' as const,
      text,
      expect: { style: 'invented', lang: 'en', title: 'Night ferries run into October', byline: null, first: STORY[0]!.slice(0, 40), last: STORY[3]!.slice(-40), keep: [], furniture: ['The Harbour Courier', 'The harbour board', 'Ferries', '© 2026 The Harbour Courier'] },
    };
    expect(storyLines(copy)).toHaveLength(4);
    const partOfLine = { ...copy, expect: { ...copy.expect, furniture: [...copy.expect.furniture, 'harbour board of Vellmar'] } };
    expect(storyLines(partOfLine)).toHaveLength(3);
  });
});

// The set-aside part's targets are reported by the bench; here it is only held to what was measured on it.
describe.skipIf(SET_ASIDE.length === 0)('the blind set-aside part (skipped when this branch holds no set-aside copies)', () => {
  it('holds at least 10 copies, each in a site style the development part does not have', () => {
    expect(SET_ASIDE.length).toBeGreaterThanOrEqual(10);
    const devStyles = new Set(DEV.map((copy) => copy.expect.style));
    for (const copy of SET_ASIDE) expect(devStyles.has(copy.expect.style), copy.name).toBe(false);
  });

  it.each(SET_ASIDE.map((copy) => [copy.name, copy] as const))('%s names a story of at least three lines that the bench can score', (_name, copy) => {
    expect(storyLines(copy).length).toBeGreaterThanOrEqual(3);
    expect(scoreCopy(copy).story).toBeGreaterThanOrEqual(3);
  });

  it('does not fall below what was measured on it when it arrived', () => {
    expectNotBelow(benchTextDumpQuality(['setaside']).setAside, MEASURED_SET_ASIDE);
  });
});

describe('the learned model', () => {
  it('does at least as well as the hand-set rules, cross-validated, on the copies the rules were never tuned on', () => {
    const { formerBlindPart: learned, rulesOnFormerBlindPart: rules } = LEARNED_MODEL_CROSS_VALIDATION;
    expect(learned.copies).toBe(rules.copies);
    expect(learned.clean).toBeGreaterThanOrEqual(rules.clean);
    expect(learned.linePrecision).toBeGreaterThanOrEqual(rules.linePrecision);
    expect(learned.lineRecall).toBeGreaterThanOrEqual(rules.lineRecall);
    expect(learned.titleAccuracy).toBeGreaterThanOrEqual(rules.titleAccuracy);
  });

  it("takes the headline whose words the story's opening repeats, not a share line in a language the rules do not know", () => {
    const source = pageCopy({
      header: ['Bandari Leo', 'Nyumbani', 'Habari'],
      top: ['Night ferries to the outer islands will run until October', 'Imeandikwa na Ilse Marten', 'Desemba 4, 2026', 'Sambaza taarifa hii'],
      story: STORY,
    });
    // The share line stands nearest the story; the rules pass over it too now, as it names none of the story's terms.
    const byRules = cleanTextDump(source, { model: RULES_ONLY });
    expect(byRules.ok && byRules.article.title).toBe('Night ferries to the outer islands will run until October');
    expect(clean(source).title).toBe('Night ferries to the outer islands will run until October');
    expect(clean(source).paragraphs).toEqual(STORY);
  });

  it('never takes the only sentence of a short note for its headline', () => {
    const sentence = 'Turkish Foreign Minister Hakan Fidan said the corridor would reopen within weeks, according to the ministry.';
    const note = clean(`Ankara follow-up\n\n${sentence}`);
    expect(note.paragraphs).toEqual([sentence]);
    expect(note.title).toBe('Ankara follow-up');
  });
});

describe('the failure classes the issue lists', () => {
  it('never takes the title from a subscription strip, an issue line, a contents entry or the author', () => {
    const article = clean(
      pageCopy({
        header: ['The Harbour Courier', 'Subscribe - $1/wk', 'Sign in'],
        top: ['From the March 2025 issue · 14 min read', 'In this issue', '1. Night ferries', '2. The island school', '', 'Night ferries to the outer islands will run until October', 'Ilse Marten', 'March 4, 2026'],
        story: STORY,
      }),
    );
    expect(article.title).toBe('Night ferries to the outer islands will run until October');
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops a related box inside the story: its heading, topic label, headline and teaser', () => {
    const box = ['Related', 'Transport', 'Island school gets a new roof before winter', 'The roof repair will take six weeks and lessons will move to the church hall while it lasts.'];
    const story = [...STORY.slice(0, 2), box.join('\n'), ...STORY.slice(2)];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops social lines with handles and links, inside the story and after it', () => {
    const story = [...STORY.slice(0, 3), "Follow our harbour team's latest videos @ HarbourCourier on YouTube: https://youtube.example/harbourcourier", STORY[3]!];
    const article = clean(
      pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story, footer: ['Get more Courier content at Twitter: @harbourcourier', 'Facebook: Harbour Courier https://facebook.example/courier'] }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('reads "Published By:" as the byline and keeps the closing third-person bio out of the body', () => {
    const article = clean(
      pageCopy({
        top: ['Night ferries will run until October', 'Published By: Arjun Hegde', 'Last Updated: March 3, 2026'],
        story: STORY,
        footer: ['Published By:', 'Arjun Hegde', 'Arjun Hegde is a senior correspondent with the Harbour Courier. He has covered the islands for a decade.', '© 2026 The Harbour Courier'],
      }),
    );
    expect(article.byline).toBe('Arjun Hegde');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops pull quotes, price tickers, photo credits, view counts, disclaimers and gallery counters', () => {
    const story = [
      STORY[0]!,
      '"A ferry at seven is no use to anyone who works a late shift."',
      '— Islander Jo Varga',
      STORY[1]!,
      'Item 1 of 2',
      'Passengers board the night ferry at Vellmar, March 3, 2026. Courier/Lena Varga/File Photo Purchase Licensing Rights',
      STORY[2]!,
      STORY[3]!,
    ];
    const article = clean(
      pageCopy({
        top: ['BRENT 82.50 +1.2%', 'GOLD 2,318.00 -0.3%', '', 'Night ferries will run until October', 'By Ilse Marten', 'March 4, 2026', 'Okunma: 2.418'],
        story,
        footer: ['Disclaimer: This article is for information only and does not constitute investment advice.', '© 2026 The Harbour Courier'],
      }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('stores subheadings as h2 headings in the article HTML', () => {
    const story = [STORY[0]!, STORY[1]!, 'What the islanders asked for', STORY[2]!, STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph']);
    const { html, text } = blocksToArticle(article.blocks);
    expect(html).toContain('<h2>What the islanders asked for</h2>');
    expect(text.split('\n\n')).toEqual(story);
  });

  it('imports a pasted copy with its subheading stored as an h2 and the excerpt from the first paragraph', () => {
    const story = [STORY[0]!, STORY[1]!, 'What the islanders asked for', STORY[2]!, STORY[3]!];
    const source = pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story });
    const document = extractDocument({ kind: 'text', source, baseUrl: null, label: 'pasted text' });
    expect(document.html).toContain('<h2>What the islanders asked for</h2>');
    expect(document.html.match(/<p>/g)).toHaveLength(4);
    expect(document.text.split('\n\n')).toEqual(story);
    expect(document.excerpt).toBe(STORY[0]!.slice(0, 300));
  });

  it("drops a wire editor's initials, an audio length and a partnership note, and ends the story at ENDS", () => {
    const story = [...STORY, 'ENDS', 'Notes to editors', 'The harbour board publishes its minutes on its website.'];
    const article = clean(
      pageCopy({
        top: ['Night ferries will run until October', 'By Ilse Marten', 'Audio: 2 Min.'],
        story,
        footer: ['lfr/jmc', 'This story was produced in partnership with the Island Gazette.', 'Republish this story'],
      }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('never takes the title from a "Label: value" field, a UI line or a section name above the date', () => {
    const article = clean(
      pageCopy({
        top: ['Text size: A A A', 'Transport', 'March 4, 2026', 'Notice type: Timetable change', '', 'Night ferries to the outer islands will run until October'],
        story: STORY,
      }),
    );
    expect(article.title).toBe('Night ferries to the outer islands will run until October');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops calls to follow the site, a box ending in its button and a note on what the page is, and keeps a closing "Thank you."', () => {
    const story = [
      ...STORY.slice(0, 2),
      'Your gift keeps the night ferries running for islanders. £25 pays for one crossing. Donate now',
      ...STORY.slice(2),
      'Thank you.',
      'Have you seen a ferry cancelled? Send us a message on WhatsApp.',
      'This summary is prepared by the harbour office for general information.',
    ];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual([...STORY, 'Thank you.']);
  });

  it('ends the story at an author line under it, and reads that line as the byline', () => {
    const story = [...STORY, 'Report: Ilse Marten', 'The ferry service is funded by the Vellmar harbour board. The views expressed are not the board’s.'];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'March 4, 2026'], story }));
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(STORY);
  });

  it("keeps a live page's time stamps in the story, with the headline under each as a subheading", () => {
    const entries = ['16:42 GMT', 'Night ferry extended', STORY[0]!, '15:10 GMT', 'Board chair speaks', STORY[1]!, '14:05 GMT', 'Islanders asked for it', STORY[2]!];
    const article = clean(pageCopy({ top: ['Vellmar ferries live: night service extended to October', 'Live reporting by Ilse Marten', 'Pinned'], story: entries }));
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(entries);
    expect(article.blocks.filter((block) => block.kind === 'h2').map((block) => block.text)).toEqual(['Night ferry extended', 'Board chair speaks', 'Islanders asked for it']);
  });

  it('reads subheadings written in capitals, the one-word ones too', () => {
    const story = [STORY[0]!, STORY[1]!, 'WHAT THE ISLANDERS ASKED FOR', STORY[2]!, 'DECISION', STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual(story);
    expect(article.blocks.filter((block) => block.kind === 'h2').map((block) => block.text)).toEqual(['WHAT THE ISLANDERS ASKED FOR', 'DECISION']);
  });

  it('finds the story in a language without cased letters or a Latin stop-word list', () => {
    const story = [
      'أعلن مجلس الميناء يوم الثلاثاء تمديد خدمة العبارات الليلية إلى الجزر الخارجية حتى نهاية أكتوبر، بعد صيف امتلأت فيه الرحلات في معظم الأمسيات.',
      'وقالت رئيسة المجلس إن التمديد سيكلف نحو أربعمئة ألف وسيدفع من احتياطي الميناء بدلا من رفع الأسعار.',
      'وكان سكان الجزر قد طالبوا بموسم أطول في ثلاثة اجتماعات عامة هذا الربيع.',
    ];
    const article = clean(pageCopy({ header: ['بوابة الميناء', 'الرئيسية', 'أخبار'], top: ['تمديد خدمة العبارات الليلية حتى أكتوبر', 'عدد المشاهدات: 2.840'], story, footer: ['تابعونا على تويتر: @harbour_news', 'جميع الحقوق محفوظة'] }));
    expect(article.title).toBe('تمديد خدمة العبارات الليلية حتى أكتوبر');
    expect(article.paragraphs).toEqual(story);
  });

  it('drops a contents list whose entries head the sections below, and keeps those as subheadings', () => {
    const story = [STORY[0]!, 'Why now', STORY[1]!, 'What it costs', STORY[2]!, STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten', 'Contents', 'Why now', 'What it costs'], story }));
    expect(article.paragraphs).toEqual(story);
    expect(article.blocks.filter((block) => block.kind === 'h2').map((block) => block.text)).toEqual(['Why now', 'What it costs']);
  });

  it('drops a read-also line and gallery captions sharing their credit, and keeps a long quotation printed nowhere else', () => {
    const appeal = '"We would ask anyone who crossed on the last ferry of the evening in August and was left waiting on the pier to write to the board, because their experience will decide the winter timetable and the number of crossings next summer."';
    const story = [STORY[0]!, 'Ferry workers on the pier at dawn. (Jan Nowak / The Harbour Courier)', STORY[1]!, 'Read also: Bridge tolls rise again on the mainland coast', STORY[2]!, 'The last ferry leaves the island at seven. (Jan Nowak / The Harbour Courier)', appeal, STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual([STORY[0], STORY[1], STORY[2], appeal, STORY[3]]);
  });

  it.each([
    ['a label in another language', ['Redaktion: Ilse Marten'], 'Ilse Marten'],
    ['a label joined by a dash', ['كتب- سلمى الحداد'], 'سلمى الحداد'],
    ['the date line', ['March 4, 2026 by Ilse Marten'], 'Ilse Marten'],
    ['a name particle that is also a date word', ['Par Yann Le Goff', 'March 4, 2026'], 'Yann Le Goff'],
    ['a team', ['By the Island Desk Team', 'March 4, 2026'], 'the Island Desk Team'],
  ])('reads a byline in %s', (_form, top, byline) => {
    const article = clean(pageCopy({ top: ['Night ferries will run until October', ...top], story: STORY }));
    expect(article.byline).toBe(byline);
    expect(article.paragraphs).toEqual(STORY);
  });

  it("drops a donation appeal, a sign-up prompt, a tip prompt and a funder's note, and takes a closing beat line as the author's bio", () => {
    const story = [STORY[0]!, 'Your gift can keep local reporting like this free for every reader. Donate today.', STORY[1]!, 'Sign up here.', STORY[2]!, STORY[3]!];
    const bio = 'Maya Holt covers transport and the islands for the Courier.';
    const footer = ['Got a tip? Get in touch.', 'The Courier is funded in part by the Island Trust, which has no say over our coverage.', '© 2026 The Harbour Courier'];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'March 4, 2026'], story: [...story, bio], footer }));
    expect(article.paragraphs).toEqual(STORY);
    expect(article.byline).toBe('Maya Holt');
    expect(article.bylineBio).toBe(bio);
  });

  it('keeps a subheading under a photo credit between paragraphs, and drops a caption set apart from the story under it', () => {
    const story = [STORY[0]!, STORY[1]!, 'Visualisation: Studio Nord / Vellmar Harbour', 'What the islanders asked for', STORY[2]!, STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story: [story.slice(0, 2).join('\n\n'), story.slice(2).join('\n')] }));
    expect(article.paragraphs).toEqual([STORY[0], STORY[1], 'What the islanders asked for', STORY[2], STORY[3]]);
    expect(article.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text)).toEqual(['What the islanders asked for']);
    const captioned = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story: [STORY[0]!, STORY[1]!, 'Photo: Jan Nowak / The Harbour Courier\nThe night ferry at the Vellmar pier', STORY[2]!, STORY[3]!] }));
    expect(captioned.paragraphs).toEqual(STORY);
  });

  it.each([
    ['a syndication note', 'Republished with permission of the Island Gazette.'],
    ["an issuer's filing boilerplate", 'This announcement contains inside information for the purposes of the market abuse rules.'],
    ['a views disclaimer in Chinese', '本文为作者独立观点，不代表本站立场。'],
  ])('drops %s closing the story', (_kind, note) => {
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story: [...STORY, note] }));
    expect(article.paragraphs).toEqual(STORY);
  });

  it('reads a section label over the headline, its signed date line and the first paragraph as the story, not as a related block', () => {
    const article = clean(pageCopy({ top: ['You are here: Home / News / 2026', 'Latest news', 'Night ferries will run until October', 'Posted on 4 March 2026 by Communications Team'], story: STORY }));
    expect(article.title).toBe('Night ferries will run until October');
    expect(article.byline).toBe('Communications Team');
    expect(article.paragraphs).toEqual(STORY);
  });

  it("keeps a list under its lead-in near the story's end, and the paragraph after it", () => {
    const story = [STORY[0]!, STORY[1]!, STORY[2]!, 'The new timetable:', '- Monday to Friday: last ferry at 22:00', '- Saturday: last ferry at 23:30', STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story, footer: ['Share', '© 2026 The Harbour Courier'] }));
    expect(article.paragraphs).toEqual(story);
  });

  it("does not take a page section's four capitalised words above the headline for its author", () => {
    const article = clean(pageCopy({ top: ['Weekly Harbour Board Briefing', 'Home > Board > Briefings', '4 March 2026', 'Night ferries will run until October'], story: STORY }));
    expect(article.byline).toBeNull();
    expect(article.paragraphs).toEqual(STORY);
  });
});
