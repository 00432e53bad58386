/**
 * "Changes offered by bundles": what imported bundles would change on
 * articles already in the library, grouped by article, each said in words
 * (the note's text, the highlight's quote and colour, the tags, the grade and
 * the marking from → to, a raised marking flagged), with the bundle it came
 * from and Accept / Dismiss per change and for all. Nothing applies until
 * accepted. The sidebar's "N changes offered" and the import notice open it.
 *
 * Accept and Dismiss ignore the second click of a double click: the list
 * closes up under the pointer, and that click would land on the next change.
 */
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BundleOffer, BundleOfferChange } from '../../shared/bundle.ts';
import { HIGHLIGHT_STYLES, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import { CREDIBILITY_LABELS, formatSourceGrade } from '../../shared/tradecraft/grades.ts';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';
import { TlpBadge, tlpLabel } from './TlpBadge.tsx';

const NO_LABELS: Partial<Record<HighlightColor, string>> = {};

/** The offers of one article, in the order they were made. */
function byArticle(offers: readonly BundleOffer[]): Array<{ articleId: number; title: string; offers: BundleOffer[] }> {
  const groups = new Map<number, { articleId: number; title: string; offers: BundleOffer[] }>();
  for (const offer of offers) {
    const group = groups.get(offer.articleId) ?? { articleId: offer.articleId, title: offer.articleTitle, offers: [] };
    group.offers.push(offer);
    groups.set(offer.articleId, group);
  }
  return [...groups.values()];
}

export function BundleOffersDialog() {
  const open = useAppStore((s) => s.bundleOffersDialogOpen);
  return open ? <BundleOffersDialogBody /> : null;
}

function BundleOffersDialogBody() {
  const offers = useAppStore((s) => s.bundleOffers);
  const busy = useAppStore((s) => s.bundleOffersBusy.length > 0);
  const { close, accept, dismiss } = useAppStore(
    useShallow((s) => ({ close: s.closeBundleOffers, accept: s.acceptBundleOffers, dismiss: s.dismissBundleOffers })),
  );
  const listRef = useRef<HTMLDivElement>(null);
  const ids = (offers ?? []).map((offer) => offer.id);

  // A change accepted or dismissed leaves the list (its focused button with it): focus moves on to the next change.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    listRef.current?.querySelector<HTMLButtonElement>('.offer-actions button:not(:disabled)')?.focus({ preventScroll: true });
  }, [offers]);

  return (
    <ReaderDialog
      title="Changes offered by bundles"
      className="offers-dialog"
      onClose={close}
      description="Imported bundles would change these articles you already have. Nothing has changed yet: accept what you want, dismiss the rest."
      footer={
        <>
          <button type="button" className="button button-quiet offers-dismiss-all" disabled={ids.length === 0 || busy} onClick={singleClick(() => void dismiss(ids))}>
            Dismiss all
          </button>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button type="button" className="button button-primary" disabled={ids.length === 0 || busy} onClick={singleClick(() => void accept(ids))}>
            Accept all
          </button>
        </>
      }
    >
      <div ref={listRef} className="offers-list">
        {offers === null ? (
          <p className="offers-empty">Looking for changes…</p>
        ) : offers.length === 0 ? (
          <p className="offers-empty">No changes are waiting. Bundles you import offer here what they would change on articles you already have.</p>
        ) : (
          byArticle(offers).map((group) => <ArticleOffers key={group.articleId} title={group.title} offers={group.offers} />)
        )}
      </div>
    </ReaderDialog>
  );
}

/** Runs `action` for a single click or a keyboard press, never for the second click of a double click. */
function singleClick(action: () => void) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail > 1) return;
    action();
  };
}

function ArticleOffers({ title, offers }: { title: string; offers: BundleOffer[] }) {
  const headingId = useId();
  const { marking, sourceGrade } = offers[0]!.article;
  return (
    <section className="offers-article" aria-labelledby={headingId}>
      <h3 className="offers-article-title" id={headingId}>
        {title}
      </h3>
      <p className="offers-article-now">
        Now <TlpBadge marking={marking} />
        {sourceGrade ? ` · source ${formatSourceGrade(sourceGrade)}` : ' · source not graded'}
        {` · ${plural(offers.length, 'change')} offered`}
      </p>
      <ul className="offers-items">
        {offers.map((offer) => (
          <OfferItem key={offer.id} offer={offer} />
        ))}
      </ul>
    </section>
  );
}

function OfferItem({ offer }: { offer: BundleOffer }) {
  const busy = useAppStore((s) => s.bundleOffersBusy.includes(offer.id));
  const accept = useAppStore((s) => s.acceptBundleOffers);
  const dismiss = useAppStore((s) => s.dismissBundleOffers);
  const descriptionId = useId();
  return (
    <li className="offer" data-kind={offer.change.kind} aria-describedby={descriptionId}>
      <div className="offer-change" id={descriptionId}>
        <OfferChange change={offer.change} article={offer.article} />
        <p className="offer-source">From the bundle “{offer.bundleTitle}”</p>
      </div>
      <div className="offer-actions">
        <button type="button" className="button button-primary" disabled={busy} aria-describedby={descriptionId} onClick={singleClick(() => void accept([offer.id]))}>
          Accept
        </button>
        <button type="button" className="button" disabled={busy} aria-describedby={descriptionId} onClick={singleClick(() => void dismiss([offer.id]))}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

function OfferChange({ change, article }: { change: BundleOfferChange; article: BundleOffer['article'] }) {
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);
  switch (change.kind) {
    case 'note':
      return (
        <>
          <p className="offer-what">Add to the article’s note:</p>
          <blockquote className="offer-text">{change.body}</blockquote>
        </>
      );
    case 'highlight': {
      const { highlight, citedBy } = change;
      return (
        <>
          <p className="offer-what">
            Highlight in{' '}
            <span className="offer-swatch" style={{ background: HIGHLIGHT_STYLES[highlight.color].accent }} aria-hidden="true" />
            <span>
              <strong>{highlightLabel(highlight.color, labels)}</strong>:
            </span>
          </p>
          <blockquote className="offer-text">“{highlight.quote.exact}”</blockquote>
          {highlight.note ? <p className="offer-detail">With the note: {highlight.note}</p> : null}
          {highlight.tags.length > 0 ? <p className="offer-detail">Tagged {highlight.tags.join(', ')}</p> : null}
          {highlight.credibility ? <p className="offer-detail">Credibility {highlight.credibility} — {CREDIBILITY_LABELS[highlight.credibility]}</p> : null}
          {highlight.marking && highlight.marking !== 'CLEAR' ? (
            <p className="offer-detail">
              Marked <TlpBadge marking={highlight.marking} />
            </p>
          ) : null}
          {citedBy.length > 0 ? <p className="offer-detail">Cited by {plural(citedBy.length, 'key judgment')} of the bundle’s briefing</p> : null}
        </>
      );
    }
    case 'tags':
      return (
        <p className="offer-what">
          Tag the article{' '}
          {change.tags.map((tag) => (
            <span key={tag} className="offer-tag">
              {tag}
            </span>
          ))}
        </p>
      );
    case 'source-grade':
      return (
        <p className="offer-what">
          Source grade: {article.sourceGrade ? formatSourceGrade(article.sourceGrade) : 'not graded'} → <strong>{formatSourceGrade(change.grade)}</strong>
        </p>
      );
    case 'marking':
      return (
        <>
          <p className="offer-what">
            Marking: <TlpBadge marking={article.marking} /> → <TlpBadge marking={change.marking} />
          </p>
          <p className="offer-warning" role="note">
            This <strong>raises</strong> the article’s marking from {tlpLabel(article.marking)} to {tlpLabel(change.marking)}: it will be shared more narrowly, and left out of
            briefings exported under a lower marking.
          </p>
        </>
      );
  }
}

/** "3 changes offered by bundles" in the sidebar while any wait; opens the review. */
export function BundleOffersButton() {
  const count = useAppStore((s) => s.bundleOffers?.length ?? 0);
  const open = useAppStore((s) => s.openBundleOffers);
  if (count === 0) return null;
  return (
    <button type="button" className="offers-button" onClick={open}>
      <span className="offers-button-count">{count.toLocaleString()}</span> {count === 1 ? 'change' : 'changes'} offered by bundles
    </button>
  );
}
