/**
 * The one place article HTML passes on its way into the reader. The main
 * process sanitized it on import; for now it is shown as stored. The second,
 * renderer-side sanitize (and later, highlight painting) slots in here, so
 * every view that shows article HTML gets it.
 */
export function prepareArticleHtml(html: string): string {
  return html;
}
