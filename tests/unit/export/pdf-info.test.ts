/**
 * A printed PDF's document properties name the briefing — title, author, the
 * marking as subject — and Briefing Reader as the creator, in any script;
 * what Chromium wrote stays readable (pages, contents destinations).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { destinationPages } from '../../../electron/export/pdf/destinations.ts';
import { pdfTextString, withPdfInfo } from '../../../electron/export/pdf/info.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';
import { tempDir } from '../../helpers/temp.ts';

/** pdfinfo's reading of the file (poppler), as a person's PDF viewer shows it. */
function pdfinfo(pdf: Uint8Array): Record<string, string> {
  const file = path.join(tempDir('pdf-info'), 'brief.pdf');
  fs.writeFileSync(file, pdf);
  const output = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(output.split('\n').flatMap((line) => {
    const match = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    return match ? [[match[1]!, match[2]!]] : [];
  }));
}

/** A PDF with the Info dictionary Chromium writes. */
function chromiumLikePdf(): Uint8Array {
  return pdfWithDestinations(3, { 'article-1': 2 }, {
    info: "/Creator (HeadlessChrome)\n/Producer (Skia/PDF m140)\n/CreationDate (D:20260310093000+00'00')\n/ModDate (D:20260310093000+00'00')\n/Title (print)",
  });
}

describe('the PDF’s document properties', () => {
  it('name the briefing’s title, author and marking, and Briefing Reader as the creator', () => {
    const original = chromiumLikePdf();
    expect(pdfinfo(original)).toMatchObject({ Title: 'print', Creator: 'HeadlessChrome' });

    const pdf = withPdfInfo(original, { title: 'Grain corridor: week 10', author: 'R. Analyst', subject: 'TLP:AMBER', creator: 'Briefing Reader' });

    expect(pdfinfo(pdf)).toMatchObject({
      Title: 'Grain corridor: week 10',
      Author: 'R. Analyst',
      Subject: 'TLP:AMBER',
      Creator: 'Briefing Reader',
      Producer: 'Skia/PDF m140',
      Pages: '3',
    });
    expect(pdfinfo(pdf).CreationDate).toMatch(/2026/);
  });

  it('keep every byte Chromium wrote, and its pages and contents destinations readable', () => {
    const original = chromiumLikePdf();
    const pdf = withPdfInfo(original, { title: 'T', author: 'A', subject: 'TLP:CLEAR', creator: 'Briefing Reader' });
    expect(Buffer.from(pdf.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);
    expect(Object.fromEntries(destinationPages(pdf))).toEqual({ 'article-1': 2 });
    // poppler reads the update without complaint (it reports a broken xref on stderr and rebuilds it).
    const file = path.join(tempDir('pdf-info'), 'brief.pdf');
    fs.writeFileSync(file, pdf);
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stderr).toBe('');
  });

  it('carry titles in any script, and brackets and backslashes as they are', () => {
    const title = 'Ports (north) \\ “Odesa” — مرفأ — נמל ✓';
    const pdf = withPdfInfo(pdfWithDestinations(1, {}), { title, author: 'Ана Шевченко', subject: 'TLP:AMBER+STRICT', creator: 'Briefing Reader' });
    expect(pdfinfo(pdf)).toMatchObject({ Title: title, Author: 'Ана Шевченко', Subject: 'TLP:AMBER+STRICT' });
  });

  it('leave out an empty author rather than writing an empty one', () => {
    const info = pdfinfo(withPdfInfo(pdfWithDestinations(1, {}), { title: 'T', author: '', subject: 'TLP:CLEAR', creator: 'Briefing Reader' }));
    expect(info.Author).toBeUndefined();
    expect(info.Title).toBe('T');
  });

  it('are written as UTF-16 with a byte-order mark', () => {
    expect(pdfTextString('A✓')).toBe('<FEFF00412713>');
  });

  it('leave a PDF they cannot read as it is, with a warning, rather than fail the export', () => {
    const warn = vi.fn();
    const odd = new TextEncoder().encode('%PDF-1.7\n% written with a cross-reference stream\n%%EOF\n');
    expect(withPdfInfo(odd, { title: 'T', author: '', subject: 'TLP:CLEAR', creator: 'B' }, warn)).toBe(odd);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^The printed PDF keeps the printer's own title and author: .*cross-reference/));
  });
});
