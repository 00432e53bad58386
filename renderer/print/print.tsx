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
import { numberContents } from './paginate.ts';
import { PrintDocument } from './PrintDocument.tsx';
import '../typography/fonts.ts';
import '../styles/theme.css';
import '../styles/highlights.css';
import './print.css';

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
  flushSync(() => {
    createRoot(container).render(<PrintDocument
        document={briefingDocument}
        options={request.options}
        labels={settings.highlightLabels}
        entities={exportDocument.entities}
        timeline={exportDocument.timeline}
      />);
  });
  const page = contentBox(request.options.paper);
  container.style.setProperty('--page-width', `${page.width}px`);
  container.style.setProperty('--page-height', `${page.height}px`);
  const images = [...container.querySelectorAll('img')].map((img) => {
    img.loading = 'eager'; // a lazy image below the fold would never load: nothing scrolls
    return img.decode().catch(() => undefined);
  });
  await Promise.all([...images, document.fonts.ready]);
  // Fonts in use load as the layout asks for them: lay out, wait again, then measure.
  const root = container.querySelector<HTMLElement>('.print-document');
  if (!root) throw new Error('The briefing was not drawn.');
  root.getBoundingClientRect();
  await document.fonts.ready;
  numberContents(root, page);
  document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
}

draw().catch((error: unknown) => {
  document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, errorMessage(error));
});
