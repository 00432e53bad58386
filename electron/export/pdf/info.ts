/**
 * The PDF's document properties. Chromium writes its own Info dictionary
 * (Creator "HeadlessChrome" or "Chromium", Title from the page title); this
 * appends an update to the file — a new Info object and a cross-reference
 * table that lists every object — that names the briefing's title, author,
 * marking (as the subject) and "Briefing Reader" as the creator. The bytes
 * Chromium wrote are kept as they are; readers take the last update.
 */
import { objectBody, readObjects, reference } from './destinations.ts';

export interface PdfInfo {
  title: string;
  author: string;
  /** The handling marking, e.g. "TLP:AMBER". */
  subject: string;
  creator: string;
}

/** A PDF text string any reader decodes: UTF-16BE with its byte-order mark, written as hex. */
export function pdfTextString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** Entries of Chromium's Info dictionary kept in ours: when it was made, and by which PDF library. */
const KEPT_ENTRIES = ['Producer', 'CreationDate', 'ModDate'];

function keptEntries(oldInfo: string | null): string[] {
  if (oldInfo === null) return [];
  return KEPT_ENTRIES.flatMap((key) => {
    const match = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`).exec(oldInfo);
    return match ? [`/${key} ${match[1]}`] : [];
  });
}

/**
 * The PDF with the update appended. A PDF this cannot read (not one Chromium
 * wrote) comes back as it is, with a warning: a file without its title beats
 * no file at all.
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo, warn: (message: string) => void = console.warn): Uint8Array {
  let objects: ReturnType<typeof readObjects>;
  try {
    objects = readObjects(pdf);
  } catch (error) {
    warn(`The printed PDF keeps the printer's own title and author: ${(error as Error).message}`);
    return pdf;
  }
  const { text, offsets } = objects;
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const rootId = reference(trailer, 'Root');
  const previousXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  if (rootId === null || previousXref === undefined) {
    warn("The printed PDF keeps the printer's own title and author: its trailer names no catalog.");
    return pdf;
  }
  const oldInfoId = reference(trailer, 'Info');
  const fileId = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];

  const size = Math.max(0, ...offsets.keys()) + 1;
  const infoId = size;
  const named = { Title: info.title, Author: info.author, Subject: info.subject, Creator: info.creator };
  const entries = [
    // A briefing without an author gets no empty Author entry.
    ...Object.entries(named).flatMap(([key, value]) => (value.trim() === '' ? [] : [`/${key} ${pdfTextString(value)}`])),
    ...keptEntries(oldInfoId === null ? null : objectBody(objects, oldInfoId)),
  ];
  const separator = text.endsWith('\n') ? '' : '\n';
  let update = `${separator}${infoId} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const infoOffset = pdf.byteLength + separator.length;
  const xrefOffset = pdf.byteLength + Buffer.byteLength(update, 'latin1');
  // One subsection for every object, old and new: a reader that looks only at the last table still finds them all.
  const row = (offset: number | undefined, generation: string, kind: 'n' | 'f') => `${String(offset ?? 0).padStart(10, '0')} ${generation} ${kind} \n`;
  let table = `xref\n0 ${size + 1}\n${row(0, '65535', 'f')}`;
  for (let id = 1; id < size; id++) table += offsets.has(id) ? row(offsets.get(id), '00000', 'n') : row(0, '00000', 'f');
  table += row(infoOffset, '00000', 'n');
  update += `${table}trailer\n<</Size ${size + 1} /Root ${rootId} 0 R /Info ${infoId} 0 R${fileId ? ` ${fileId}` : ''} /Prev ${previousXref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + Buffer.byteLength(update, 'latin1'));
  out.set(pdf);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}
