/**
 * Cached images: stored content-addressed in the library's assets folder and
 * referenced from saved HTML by one path that both the app's protocol and the
 * preview's bridge serve, so the same HTML reads offline everywhere.
 */
export const ASSET_PATH_PREFIX = '/library-assets/';

export const IMAGE_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

export const ASSET_TYPES_BY_EXTENSION: Record<string, string> = Object.fromEntries(
  Object.entries(IMAGE_TYPES).map(([mime, extension]) => [extension, mime]),
);

export function assetPath(sha256: string, extension: string): string {
  return `${ASSET_PATH_PREFIX}${sha256}.${extension}`;
}

/** The file name an asset path names, or null if it is not exactly one of ours. */
export function parseAssetPath(path: string): { fileName: string; mime: string } | null {
  const match = /^\/library-assets\/([0-9a-f]{64})\.([a-z]{3,4})$/.exec(path);
  const extension = match?.[2];
  const mime = extension ? ASSET_TYPES_BY_EXTENSION[extension] : undefined;
  if (!match || !mime) return null;
  return { fileName: `${match[1]}.${extension}`, mime };
}

/**
 * An image that could not be saved stays in the article as an <img> without
 * a source, its alt text starting with these words: the reader and the print
 * view draw it as a framed placeholder, and a screen reader says it.
 */
export const IMAGE_NOT_SAVED = 'Image not saved';
export const IMAGE_NOT_SAVED_REASON = 'This image could not be saved when the article was imported.';
