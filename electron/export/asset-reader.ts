/**
 * Reading cached images out of a library for an export: only paths that name
 * one of our assets exactly (/library-assets/<sha256>.<ext>), only files
 * inside the library's assets folder.
 */
import fs from 'node:fs';
import { resolveAsset } from '../library/assets.ts';

export interface AssetFile {
  bytes: Uint8Array;
  mime: string;
}

/** The bytes and type of the image an asset path names, or null if there is none. */
export type AssetReader = (assetPath: string) => AssetFile | null;

export function libraryAssetReader(assetsDir: string): AssetReader {
  return (assetPath) => {
    const found = resolveAsset(assetsDir, assetPath);
    if (!found) return null;
    try {
      return { bytes: fs.readFileSync(found.file), mime: found.mime };
    } catch {
      return null;
    }
  };
}
