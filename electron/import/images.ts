/**
 * Offline images: each image of an article is downloaded at save time (image
 * types only, capped per image and per article), stored under its sha256 in
 * the library's assets folder, and the HTML is pointed at the cached copy.
 * An image that cannot be fetched is dropped: the saved HTML keeps no remote
 * reference.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { assetPath, IMAGE_TYPES } from '../../shared/assets.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGES_BYTES_PER_ARTICLE } from '../../shared/import.ts';
import { imagePlaceholder } from './image-placeholder.ts';
import { fetchFollowing, readCapped, type FetchLimits } from './fetch.ts';

export interface CachedImage {
  sha256: string;
  mime: string;
  bytes: number;
  sourceUrl: string;
}

/** Width and height from a PNG or GIF header: enough to spot 1×1 trackers that carry no size attributes. */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  return null;
}

/**
 * Writes the file once under its hash, through a temporary file flushed to
 * disk before the rename, so a crash never leaves half an image. The import
 * stores an article's row only after its images are written: a crash can
 * leave an image no article uses, never an article whose image is missing.
 */
export function storeAsset(assetsDir: string, bytes: Uint8Array, extension: string): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = path.join(assetsDir, `${sha256}.${extension}`);
  if (!fs.existsSync(target)) {
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  }
  return sha256;
}

async function downloadImage(url: string, budget: number, limits: FetchLimits): Promise<{ bytes: Uint8Array; mime: string } | null> {
  try {
    const { response } = await fetchFollowing(url, { ...limits, accept: 'image' });
    const mime = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!IMAGE_TYPES[mime]) {
      await response.body?.cancel();
      return null;
    }
    const bytes = await readCapped(response, Math.min(MAX_IMAGE_BYTES, budget), 'The image');
    const size = imageDimensions(bytes);
    if (size && size.width <= 2 && size.height <= 2) return null;
    return { bytes, mime };
  } catch {
    return null;
  }
}

/** Removes the <img> carrying a placeholder; alt text of a dropped image is not article text. */
function dropImage(html: string, index: number): string {
  const tag = new RegExp(`<img\\b(?:[^>"]|"[^"]*")*src="${imagePlaceholder(index)}"(?:[^>"]|"[^"]*")*>`);
  return html.replace(tag, '');
}

/**
 * Downloads the article's images into `assetsDir` and returns the HTML with
 * every placeholder replaced by a cached image or removed.
 */
export async function cacheImages(
  html: string,
  images: readonly string[],
  assetsDir: string,
  limits: FetchLimits = {},
): Promise<{ html: string; cached: CachedImage[] }> {
  let result = html;
  const cached: CachedImage[] = [];
  let budget = MAX_IMAGES_BYTES_PER_ARTICLE;
  for (const [index, url] of images.entries()) {
    const image = budget > 0 ? await downloadImage(url, budget, limits) : null;
    if (!image) {
      result = dropImage(result, index);
      continue;
    }
    budget -= image.bytes.byteLength;
    const extension = IMAGE_TYPES[image.mime]!;
    const sha256 = storeAsset(assetsDir, image.bytes, extension);
    result = result.replace(`src="${imagePlaceholder(index)}"`, `src="${assetPath(sha256, extension)}"`);
    if (!cached.some((c) => c.sha256 === sha256)) cached.push({ sha256, mime: image.mime, bytes: image.bytes.byteLength, sourceUrl: url });
  }
  return { html: result, cached };
}
