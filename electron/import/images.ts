/**
 * Offline images: each image of an article is downloaded at save time (image
 * types only, capped per image and per article), or decoded when the page
 * carried it inline as a data: address, stored under its sha256 in the
 * library's assets folder, and the HTML is pointed at the cached copy. An
 * image that cannot be saved leaves a placeholder that says so, with no
 * remote reference, and is counted for the import result.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { assetPath, IMAGE_NOT_SAVED, IMAGE_NOT_SAVED_REASON, IMAGE_TYPES } from '../../shared/assets.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGES_BYTES_PER_ARTICLE } from '../../shared/import.ts';
import { imagePlaceholder } from './image-placeholder.ts';
import { fetchFollowing, readCapped, type FetchLimits } from './fetch.ts';

export interface CachedImage {
  sha256: string;
  mime: string;
  bytes: number;
  /** Where it was fetched from; null for an image the page carried inline. */
  sourceUrl: string | null;
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

type Loaded = { bytes: Uint8Array; mime: string } | 'tracker' | null;

/** A pixel-sized image is a tracker, not an illustration: it is dropped, not counted as lost. */
function unlessTracker(image: { bytes: Uint8Array; mime: string }): Loaded {
  const size = imageDimensions(image.bytes);
  return size && size.width <= 2 && size.height <= 2 ? 'tracker' : image;
}

/** Does the file start the way its type's files do? A data: address's declared type is only a claim. */
function hasSignatureOf(mime: string, bytes: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  switch (mime) {
    case 'image/png':
      return bytes[0] === 0x89 && ascii(1, 4) === 'PNG';
    case 'image/jpeg':
      return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'image/gif':
      return ascii(0, 4) === 'GIF8';
    case 'image/webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case 'image/avif':
      return ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12));
    default:
      return false;
  }
}

const DATA_IMAGE = /^data:(image\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[^;,]*)*);base64,([A-Za-z0-9+/=\s]*)$/i;

/** An image the page carried inline (base64 only; an image type we keep, its bytes matching that type, within the caps). */
export function decodeDataImage(url: string, budget: number): Loaded {
  if (url.length > Math.ceil(Math.min(MAX_IMAGE_BYTES, budget) / 3) * 4 + 256) return null;
  const match = DATA_IMAGE.exec(url);
  const mime = match?.[1]?.toLowerCase();
  if (!match || !mime || !IMAGE_TYPES[mime]) return null;
  const bytes = Buffer.from(match[3]!.replace(/\s+/g, ''), 'base64');
  if (bytes.byteLength === 0 || bytes.byteLength > Math.min(MAX_IMAGE_BYTES, budget) || !hasSignatureOf(mime, bytes)) return null;
  return unlessTracker({ bytes, mime });
}

async function downloadImage(url: string, budget: number, limits: FetchLimits): Promise<Loaded> {
  try {
    const { response } = await fetchFollowing(url, { ...limits, accept: 'image' });
    const mime = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!IMAGE_TYPES[mime]) {
      await response.body?.cancel();
      return null;
    }
    return unlessTracker({ bytes: await readCapped(response, Math.min(MAX_IMAGE_BYTES, budget), 'The image'), mime });
  } catch {
    return null;
  }
}

const placeholderTag = (index: number) => new RegExp(`<img\\b(?:[^>"]|"[^"]*")*src="${imagePlaceholder(index)}"(?:[^>"]|"[^"]*")*>`);

/**
 * Turns the <img> carrying a placeholder into the mark of an image not saved:
 * no source (nothing to load), its alt text kept behind words that say what
 * happened. Attributes hold no article text, so highlights are not moved.
 */
function markNotSaved(html: string, index: number): string {
  return html.replace(placeholderTag(index), (img) => {
    const alt = /\salt="([^"]*)"/.exec(img)?.[1]?.trim();
    return `<img alt="${alt ? `${IMAGE_NOT_SAVED}: ${alt}` : IMAGE_NOT_SAVED}" title="${IMAGE_NOT_SAVED_REASON}">`;
  });
}

/**
 * Downloads or decodes the article's images into `assetsDir` and returns the
 * HTML with every placeholder replaced by a cached image or by the mark of an
 * image not saved, and how many were not.
 */
export async function cacheImages(
  html: string,
  images: readonly string[],
  assetsDir: string,
  limits: FetchLimits = {},
): Promise<{ html: string; cached: CachedImage[]; notSaved: number }> {
  let result = html;
  const cached: CachedImage[] = [];
  let budget = MAX_IMAGES_BYTES_PER_ARTICLE;
  let notSaved = 0;
  for (const [index, url] of images.entries()) {
    const inline = url.startsWith('data:');
    const image = budget <= 0 || url === '' ? null : inline ? decodeDataImage(url, budget) : await downloadImage(url, budget, limits);
    if (image === 'tracker') {
      result = result.replace(placeholderTag(index), '');
      continue;
    }
    if (!image) {
      result = markNotSaved(result, index);
      notSaved += 1;
      continue;
    }
    budget -= image.bytes.byteLength;
    const extension = IMAGE_TYPES[image.mime]!;
    const sha256 = storeAsset(assetsDir, image.bytes, extension);
    result = result.replace(`src="${imagePlaceholder(index)}"`, `src="${assetPath(sha256, extension)}"`);
    if (!cached.some((c) => c.sha256 === sha256)) {
      cached.push({ sha256, mime: image.mime, bytes: image.bytes.byteLength, sourceUrl: inline ? null : url });
    }
  }
  return { html: result, cached, notSaved };
}
