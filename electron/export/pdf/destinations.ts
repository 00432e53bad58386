/**
 * Reads, from a PDF Chromium printed, the page each named destination points
 * to. Chromium (Skia) writes a destination for every in-document link target
 * (our table of contents links to each article's heading) as an uncompressed
 * `/Dests` dictionary in the catalog: `/article-1 [12 0 R /XYZ …]`. With the
 * cross-reference table and the page tree, that names the page of every
 * heading the contents list: enough to check the printed page numbers,
 * without extracting any text.
 */

export interface PdfObjects {
  text: string;
  offsets: Map<number, number>;
}

/** The object's dictionary text, from `N 0 obj` to `endobj` (or its stream). */
export function objectBody({ text, offsets }: PdfObjects, id: number): string {
  const start = offsets.get(id);
  if (start === undefined) throw new Error(`The PDF has no object ${id}.`);
  const end = text.indexOf('endobj', start);
  const body = text.slice(start, end < 0 ? undefined : end);
  const stream = body.indexOf('stream');
  return stream < 0 ? body : body.slice(0, stream);
}

export function reference(body: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return match ? Number(match[1]) : null;
}

/** Object offsets from the classic cross-reference table Skia writes. */
export function readObjects(pdf: Uint8Array): PdfObjects {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('The PDF has no cross-reference table.');
  const xref = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(Number(startxref[1])));
  if (!xref) throw new Error('The PDF’s cross-reference table is not one this reader knows.');
  const first = Number(xref[1]);
  const count = Number(xref[2]);
  const rowsAt = Number(startxref[1]) + xref[0].length;
  const offsets = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const row = text.slice(rowsAt + i * 20, rowsAt + i * 20 + 18);
    if (row.endsWith(' n')) offsets.set(first + i, Number(row.slice(0, 10)));
  }
  return { text, offsets };
}

/** Page object ids in page order, walking the page tree. */
function pageOrder(objects: PdfObjects, nodeId: number, into: number[] = []): number[] {
  const body = objectBody(objects, nodeId);
  if (/\/Type\s*\/Pages\b/.test(body)) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) pageOrder(objects, Number(kid[1]), into);
  } else {
    into.push(nodeId);
  }
  return into;
}

/** Destination name → page number (1-based), for every named destination in the PDF. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const objects = readObjects(pdf);
  const trailer = objects.text.slice(objects.text.lastIndexOf('trailer'));
  const rootId = reference(trailer, 'Root');
  if (rootId === null) throw new Error('The PDF has no catalog.');
  const catalog = objectBody(objects, rootId);
  const pagesId = reference(catalog, 'Pages');
  const destsId = reference(catalog, 'Dests');
  const pages = new Map<number, number>();
  if (pagesId !== null) pageOrder(objects, pagesId).forEach((id, index) => pages.set(id, index + 1));
  const result = new Map<string, number>();
  if (destsId === null) return result;
  const dests = objectBody(objects, destsId);
  for (const [, name, pageId] of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pages.get(Number(pageId));
    if (page !== undefined) result.set(decodeName(name!), page);
  }
  return result;
}

/** PDF names escape bytes as #xx. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
