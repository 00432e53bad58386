/**
 * Bytes to text: the character set comes from a byte-order mark, then the
 * HTTP header, then the page's own <meta>, else UTF-8. Bytes that are not text
 * at all, or not valid in the charset they claim, are refused with a reason.
 */
import { BriefingError } from '../../shared/result.ts';

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const [mark, charset] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { charset, length: mark.length };
  }
  return null;
}

/** `charset=` from a Content-Type value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** `<meta charset>` or `<meta http-equiv="content-type" content="…charset=…">` in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase() ?? null;
}

/** Text files have no NUL bytes and few control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function makeDecoder(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    throw new BriefingError('INVALID_ARGUMENTS', `The page declares the character set "${charset}", which Briefing Reader cannot read.`);
  }
}

export interface DecodeOptions {
  /** The Content-Type header, for pages fetched over HTTP. */
  contentType?: string | null;
  /** Look for <meta charset> (HTML only). */
  html: boolean;
  /** How to name the input in error messages. */
  label: string;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions): string {
  if (bytes.length === 0) throw new BriefingError('INVALID_ARGUMENTS', `${options.label} is empty.`);
  const bom = bomCharset(bytes);
  if (!bom && looksBinary(bytes)) {
    throw new BriefingError('INVALID_ARGUMENTS', `${options.label} is not text: it looks like a binary file.`);
  }
  const declared = charsetFromContentType(options.contentType) ?? (options.html ? charsetFromMeta(bytes) : null);
  const charset = bom?.charset ?? declared ?? 'utf-8';
  try {
    return makeDecoder(charset).decode(bytes.subarray(bom?.length ?? 0));
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    const claim = declared ? `the ${charset} it declares` : 'UTF-8, and it declares no other character set';
    throw new BriefingError(
      'INVALID_ARGUMENTS',
      `${options.label} is not valid ${claim}. Save it again as UTF-8 and import that file.`,
    );
  }
}
