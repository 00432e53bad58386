/**
 * "Edit details": corrects an article's title, byline, site, published date
 * and address. Each field is checked as it is saved, with the same checks the
 * library makes (shared/articles.ts), and a problem shows under its field;
 * only the fields that changed are sent. An empty byline, site, date or
 * address clears it. Names and dates are read again by the library.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { readArticleDetails, type ArticleDetailsChanges, type ArticleDetailsInput } from '../../shared/articles.ts';
import type { ArticleSummary } from '../../shared/model.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

type Field = keyof ArticleDetailsChanges;

const FIELDS: ReadonlyArray<{ field: Field; label: string; hint?: string; type?: string }> = [
  { field: 'title', label: 'Title', hint: 'As it reads in the list, the reader and exports.' },
  { field: 'byline', label: 'Byline', hint: 'Who wrote it. Leave empty if unknown.' },
  { field: 'siteName', label: 'Site', hint: 'The publication, as it should read in the list and exports.' },
  { field: 'publishedAt', label: 'Published', hint: 'YYYY-MM-DD, e.g. 2026-03-02. Relative dates in the text are read against it.' },
  { field: 'url', label: 'Address', hint: 'The web address (http or https) it came from.', type: 'url' },
];

/** The published date as a person edits it: the day, and the time only when it is not midnight UTC. */
function publishedText(iso: string | null): string {
  if (!iso) return '';
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

function initialValues(article: Pick<ArticleSummary, 'title' | 'byline' | 'siteName' | 'publishedAt' | 'url'>): Record<Field, string> {
  return {
    title: article.title,
    byline: article.byline ?? '',
    siteName: article.siteName ?? '',
    publishedAt: publishedText(article.publishedAt),
    url: article.url ?? '',
  };
}

export function ArticleDetailsDialog() {
  const id = useAppStore((s) => s.editingArticleId);
  const article = useAppStore((s) => (id === null ? undefined : s.readerArticle?.id === id ? s.readerArticle : s.articlesById[id]));
  return id !== null && article ? <ArticleDetailsForm key={id} article={article} /> : null;
}

function ArticleDetailsForm({ article }: { article: ArticleSummary }) {
  const close = useAppStore((s) => s.closeArticleDetails);
  const save = useAppStore((s) => s.saveArticleDetails);
  const firstField = useAppStore((s) => s.editingArticleField);
  const [initial] = useState(() => initialValues(article));
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<{ field: Field | null; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const formId = `${baseId}-form`;

  // After the dialog opened (its effect runs first) and put focus on its first button: the field to correct.
  useEffect(() => {
    document.getElementById(`${baseId}-${firstField}`)?.focus();
  }, [baseId, firstField]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = Object.fromEntries((Object.keys(values) as Field[]).filter((field) => values[field] !== initial[field]).map((field) => [field, values[field]])) as ArticleDetailsInput;
    const checked = readArticleDetails(changed);
    if (!checked.ok) {
      setProblem({ field: checked.field, reason: checked.reason });
      document.getElementById(`${baseId}-${checked.field}`)?.focus();
      return;
    }
    if (Object.keys(changed).length === 0) {
      close();
      return;
    }
    setBusy(true);
    const refusal = await save(article.id, changed);
    setBusy(false);
    if (refusal === null) close();
    else setProblem({ field: null, reason: refusal });
  };

  return (
    <ReaderDialog
      title="Edit details"
      description="Correct what the page said about itself. The article’s text stays as it was saved."
      className="article-details-dialog"
      onClose={close}
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={busy}>
            Save
          </button>
        </>
      }
    >
      <form id={formId} className="article-details-form" noValidate onSubmit={(event) => void submit(event)}>
        {FIELDS.map(({ field, label, hint, type }) => {
          const inputId = `${baseId}-${field}`;
          const wrong = problem?.field === field;
          return (
            <div className="article-details-field" key={field}>
              <label className="article-details-label" htmlFor={inputId}>
                {label}
              </label>
              <input
                id={inputId}
                className="text-input"
                type={type ?? 'text'}
                value={values[field]}
                spellCheck={field === 'title'}
                // An Arabic or Hebrew title, byline or site reads right to left as it is typed; dates and addresses stay left to right.
                dir={field === 'publishedAt' || field === 'url' ? 'ltr' : 'auto'}
                placeholder={field === 'publishedAt' ? 'YYYY-MM-DD' : undefined}
                aria-invalid={wrong || undefined}
                aria-describedby={`${inputId}-hint`}
                onChange={(event) => {
                  setValues({ ...values, [field]: event.target.value });
                  if (wrong) setProblem(null);
                }}
              />
              <p className="field-hint" id={`${inputId}-hint`} data-problem={wrong || undefined}>
                {wrong ? problem.reason : hint}
              </p>
            </div>
          );
        })}
        {problem && problem.field === null ? (
          <p className="field-hint" role="alert" data-problem>
            {problem.reason}
          </p>
        ) : null}
      </form>
    </ReaderDialog>
  );
}
