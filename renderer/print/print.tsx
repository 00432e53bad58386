/**
 * The print view's entry: reads which briefing and options from its address,
 * loads the briefing document through `window.briefing` (the preload in the
 * app, the bridge client in the preview), draws it, numbers the contents, and
 * tells the printer it may print by setting data-print-ready on <html>, or
 * data-print-error with a message for a person.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { neutralizeBidiControls } from '../../shared/bidi.ts';
import { contentBox, parsePrintQuery, PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../shared/print.ts';
import { api, errorMessage } from '../api.ts';
import { pageStyleSheet } from './page-style.ts';
import { measureMarginNotes, notesOffTheirLine } from './margin-notes.ts';
import { numberContents } from './paginate.ts';
import { PrintDocument } from './PrintDocument.tsx';
import '../typography/fonts.ts';
import '../styles/theme.css';
import '../styles/highlights.css';
import './print.css';

/** Most rounds of moving margin notes to endnotes: each round only frees the margin, so one or two settle it. */
const MARGIN_NOTE_ROUNDS = 3;

/** Waits until every image is decoded and every font in use is loaded, so that what is measured is what prints. */
async function settle(container: HTMLElement): Promise<void> {
  const images = [...container.querySelectorAll('img')].map((img) => {
    img.loading = 'eager'; // a lazy image below the fold would never load: nothing scrolls
    return img.decode().catch(() => undefined);
  });
  await Promise.all([...images, document.fonts.ready]);
  // Fonts in use load as the layout asks for them: lay out, wait again, then measure.
  container.getBoundingClientRect();
  await document.fonts.ready;
}

/** Prints as endnotes the margin notes that landed away from their passage, measuring again after each move. */
async function moveDriftingNotes(root: HTMLElement, page: { width: number; height: number }, render: (moved: ReadonlySet<number>) => void): Promise<void> {
  // A named measure, for the bench: what fitting the margin costs (one layout per round, and a redraw when notes move).
  const started = performance.now();
  const moved = new Set<number>();
  for (let round = 0; round < MARGIN_NOTE_ROUNDS; round++) {
    const drifting = notesOffTheirLine(measureMarginNotes(root, page));
    if (drifting.length === 0) break;
    for (const id of drifting) moved.add(id);
    render(new Set(moved));
    await settle(root);
  }
  performance.measure('print: fit the margin notes', { start: started });
}

async function draw(): Promise<void> {
  const request = parsePrintQuery(window.location.search);
  if (!request) throw new Error('The print view was opened without a briefing to print.');
  const [exportDocument, settings] = await Promise.all([api.getExportDocument({ id: request.briefingId }), api.getSettings({})]);
  const briefingDocument = exportDocument.document;
  const container = document.getElementById('print-root');
  if (!container) throw new Error('The print page has no #print-root element.');
  document.title = neutralizeBidiControls(briefingDocument.briefing.title);
  const pageStyle = new CSSStyleSheet();
  pageStyle.replaceSync(pageStyleSheet({ title: briefingDocument.briefing.title, marking: briefingDocument.briefing.marking, paper: request.options.paper }));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyle];
  const reactRoot = createRoot(container);
  const render = (movedNotes: ReadonlySet<number>) =>
    flushSync(() => {
      reactRoot.render(
        <PrintDocument
          document={briefingDocument}
          options={request.options}
          labels={settings.highlightLabels}
          entities={exportDocument.entities}
          timeline={exportDocument.timeline}
          leftOut={exportDocument.leftOut}
          movedNotes={movedNotes}
        />,
      );
    });
  render(new Set());
  const page = contentBox(request.options.paper);
  const root = container.querySelector<HTMLElement>('.print-document');
  if (!root) throw new Error('The briefing was not drawn.');
  await settle(root);
  if (request.options.content === 'full' && request.options.notes === 'margin') await moveDriftingNotes(root, page, render);
  numberContents(root, page);
  document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
}

draw().catch((error: unknown) => {
  document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, errorMessage(error));
});
