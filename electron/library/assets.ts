/**
 * Serving cached images, for the app's protocol and the preview's bridge
 * alike: only files named exactly like our assets, only inside the library's
 * assets folder, never through a link that leads out of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAssetPath } from '../../shared/assets.ts';

/** Images are inert here: no scripts even if opened directly, and only for our own pages. */
export const ASSET_RESPONSE_HEADERS = {
  'content-security-policy': "default-src 'none'; sandbox",
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, max-age=31536000, immutable',
} as const;

/** The file and type for an asset URL path, or null for anything else. */
export function resolveAsset(assetsDir: string, urlPath: string): { file: string; mime: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const asset = parseAssetPath(decoded);
  if (!asset) return null;
  try {
    const root = fs.realpathSync(assetsDir);
    const file = fs.realpathSync(path.join(root, asset.fileName));
    if (path.dirname(file) !== root || !fs.statSync(file).isFile()) return null;
    return { file, mime: asset.mime };
  } catch {
    return null;
  }
}
