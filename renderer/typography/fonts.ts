/**
 * The reader's fonts, shipped with the app (the CSP allows fonts from the app
 * itself only, and analysts read offline). Vite bundles the woff2 files these
 * stylesheets point at. Only what the reader uses is imported:
 *
 * - Source Serif 4 (the default reader face): regular, italic, semibold, bold;
 *   every subset it has (Latin, Latin Extended, Cyrillic, Greek, Vietnamese),
 *   each fetched only when a page holds its characters (unicode-range).
 * - Source Sans 3 (the "Sans" choice): regular, italic, semibold, bold.
 * - Noto Naskh Arabic and Noto Sans Hebrew: their own script's subset only,
 *   regular and bold, next in the reader's font stacks (theme.css) so that
 *   Arabic and Hebrew articles read in a face made for them.
 *
 * The UI chrome keeps the system UI font.
 */
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-hebrew/hebrew-400.css';
import '@fontsource/noto-sans-hebrew/hebrew-700.css';
