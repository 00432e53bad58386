import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/api/backend.ts';
import type { PdfPrinter } from '../../../electron/export/printer.ts';
import { writeFileAtomic } from '../../../electron/export/write-file.ts';
import { createBundle } from '../../../electron/export/bundle.ts';
import type { CallArgs, CallName, CallValue, Events } from '../../../shared/contract.ts';
import { suggestedFileName } from '../../../shared/export.ts';
import { pdfTextString } from '../../../electron/export/pdf/info.ts';
import { fillAnnotatedBriefing } from '../../helpers/annotated-library.ts';
import { testBackend } from '../../helpers/backend.ts';
import { readOnlyDir } from '../../helpers/read-only.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';
import { tempDir } from '../../helpers/temp.ts';

/** The smallest PDF a viewer opens: what the fake printer hands back. */
/** A PDF laid out as Chromium prints one (classic cross-reference table). */
const PRINTED_PDF = pdfWithDestinations(1, {});

let current: Backend | undefined;
afterEach(() => current?.close());

function start(options: Parameters<typeof testBackend>[0] = {}) {
  const made = testBackend({ seedSample: false, ...options });
  current = made.backend;
  const annotated = fillAnnotatedBriefing(made.backend.library);
  const progress: Array<Events['exportProgress']> = [];
  const changes: string[][] = [];
  made.backend.events.subscribe((name, payload) => {
    if (name === 'exportProgress') progress.push(payload as Events['exportProgress']);
    if (name === 'libraryChanged') changes.push((payload as Events['libraryChanged']).kinds);
  });
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
    const result = await made.backend.dispatch(name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as CallValue<K>;
  }
  return { ...made, ...annotated, call, progress, changes };
}

const intoFolder = (dir: string) => vi.fn((name: string) => Promise.resolve(path.join(dir, name)));
const leftovers = (dir: string) => fs.readdirSync(dir);

describe('exporting a briefing to a file', () => {
  it.each([
    ['markdown', 'Grain corridor week 10.md', /^---\ntitle: "Grain corridor: week 10"/],
    ['html', 'Grain corridor week 10.html', /^<!doctype html>/],
    ['annotations', 'Grain corridor week 10.json', /"@context": "http:\/\/www.w3.org\/ns\/anno.jsonld"/],
    ['bundle', 'Grain corridor week 10.briefing', /^PK/],
  ] as const)('as %s: main asks where, writes the file whole, and reports progress to the end', async (format, name, content) => {
    const dir = tempDir('exports');
    const chooseExportPath = intoFolder(dir);
    const { call, briefingId, progress } = start({ chooseExportPath });
    const result = await call('exportBriefing', { exportId: 'export-0001', briefingId, format });
    expect(chooseExportPath).toHaveBeenCalledWith(name, format);
    const file = path.join(dir, name);
    expect(result).toEqual({ cancelled: false, path: file, bytes: fs.statSync(file).size });
    expect(fs.readFileSync(file, 'latin1')).toMatch(content);
    expect(leftovers(dir)).toEqual([name]);
    expect(progress.every((p) => p.exportId === 'export-0001')).toBe(true);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ exportId: 'export-0001', stage: 'Saved', fraction: 1 });
  });

  it('includes the full text in Markdown only when asked', async () => {
    const dir = tempDir('exports');
    const { call, briefingId } = start({ chooseExportPath: intoFolder(dir) });
    const { path: plain } = (await call('exportBriefing', { exportId: 'export-0002', briefingId, format: 'markdown' })) as { path: string };
    expect(fs.readFileSync(plain, 'utf8')).not.toContain('### Full text');
    fs.rmSync(plain);
    const { path: full } = (await call('exportBriefing', { exportId: 'export-0003', briefingId, format: 'markdown', markdown: { fullText: true } })) as { path: string };
    expect(fs.readFileSync(full, 'utf8')).toContain('### Full text');
  });

  it('does nothing when the person cancels the save dialog', async () => {
    const { call, briefingId, progress } = start({ chooseExportPath: () => Promise.resolve(null) });
    expect(await call('exportBriefing', { exportId: 'export-0004', briefingId, format: 'html' })).toEqual({ cancelled: true });
    expect(progress).toEqual([]);
  });

  it('never takes a path from the renderer', async () => {
    const { backend, briefingId } = start({ chooseExportPath: intoFolder(tempDir('exports')) });
    const result = await backend.dispatch('exportBriefing', { exportId: 'export-0005', briefingId, format: 'html', path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('prints a PDF with the chosen options through the printer it was given', async () => {
    const dir = tempDir('exports');
    const printPdf = vi.fn<PdfPrinter>((_request, onProgress) => {
      onProgress?.({ stage: 'Laying out pages…' });
      return Promise.resolve(PRINTED_PDF);
    });
    const { call, briefingId, progress } = start({ chooseExportPath: intoFolder(dir), printPdf });
    const result = await call('exportBriefing', { exportId: 'export-0006', briefingId, format: 'pdf', pdf: { content: 'digest', paper: 'letter', notes: 'endnotes' } });
    expect(printPdf).toHaveBeenCalledWith({ briefingId, options: { content: 'digest', paper: 'letter', notes: 'endnotes', timeline: false } }, expect.any(Function));
    const saved = fs.readFileSync(path.join(dir, 'Grain corridor week 10.pdf'));
    expect(result).toMatchObject({ cancelled: false, bytes: saved.byteLength });
    // What the printer made, then the update that names the briefing in the document properties.
    expect(saved.subarray(0, PRINTED_PDF.byteLength)).toEqual(Buffer.from(PRINTED_PDF));
    expect(saved.subarray(PRINTED_PDF.byteLength).toString('latin1')).toContain(`/Title ${pdfTextString('Grain corridor: week 10')}`);
    expect(progress.map((p) => p.stage)).toContain('Laying out pages…');
  });

  it('says PDF printing is not available where no printer is wired', async () => {
    const { backend, briefingId } = start({ chooseExportPath: intoFolder(tempDir('exports')) });
    expect(await backend.dispatch('exportBriefing', { exportId: 'export-0007', briefingId, format: 'pdf' })).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'PDF printing is not available here. Export as HTML and print that from a browser instead.' },
    });
  });

  it('leaves no file when the printer fails half-way', async () => {
    const dir = tempDir('exports');
    const printPdf: PdfPrinter = () => Promise.reject(new Error('Chromium crashed'));
    const { backend, briefingId } = start({ chooseExportPath: intoFolder(dir), printPdf });
    const result = await backend.dispatch('exportBriefing', { exportId: 'export-0008', briefingId, format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Chromium crashed/) } });
    expect(leftovers(dir)).toEqual([]);
  });

  it('says the folder is not writable, and leaves nothing in it', async () => {
    const dir = readOnlyDir();
    const { backend, briefingId } = start({ chooseExportPath: intoFolder(dir) });
    const result = await backend.dispatch('exportBriefing', { exportId: 'export-0009', briefingId, format: 'bundle' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: `The folder ${dir} is not writable, so Grain corridor week 10.briefing was not saved. Choose another folder.` },
    });
    expect(leftovers(dir)).toEqual([]);
  });

  it('shows in its folder only a file this session exported', async () => {
    const dir = tempDir('exports');
    const showItemInFolder = vi.fn();
    const { backend, call, briefingId } = start({ chooseExportPath: intoFolder(dir), showItemInFolder });
    const { path: file } = (await call('exportBriefing', { exportId: 'export-0010', briefingId, format: 'html' })) as { path: string };
    expect(await call('showExportedFile', { path: file })).toEqual({ shown: true });
    expect(showItemInFolder).toHaveBeenCalledWith(file);
    expect(await backend.dispatch('showExportedFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('imports a dropped bundle, then one chosen in the dialog, and tells the windows', async () => {
    const dir = tempDir('bundles');
    const chooseBundleFile = vi.fn(() => Promise.resolve(path.join(dir, 'week 10.briefing')));
    const { backend, call, briefingId, changes } = start({ chooseBundleFile });
    const bundle = createBundle(backend.library, briefingId, '2026-04-01T00:00:00.000Z');
    fs.writeFileSync(path.join(dir, 'week 10.briefing'), bundle);
    const seen: string[] = [];
    backend.events.subscribe((name) => seen.push(name));

    const dropped = await call('importBundle', { importId: 'import-0001', file: { name: 'week 10.briefing', data: Buffer.from(bundle).toString('base64') } });
    expect(dropped).toMatchObject({ cancelled: false, briefingMerged: true, articlesAdded: 0, articlesMerged: 3, highlightsSkipped: 6 });
    const chosen = await call('importBundle', { importId: 'import-0002' });
    expect(chooseBundleFile).toHaveBeenCalledOnce();
    expect(chosen).toMatchObject({ cancelled: false, articlesMerged: 3 });
    expect(seen).toContain('bundleImportProgress');
    expect(changes.at(-1)).toEqual(['briefings', 'articles', 'highlights', 'notes', 'judgments']);
  });

  it('refuses a damaged dropped bundle with the reason', async () => {
    const { backend } = start();
    const result = await backend.dispatch('importBundle', { importId: 'import-0003', file: { name: 'x.briefing', data: Buffer.from('not a zip').toString('base64') } });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_BUNDLE', message: 'This bundle cannot be imported: it is not a zip file, or the zip is damaged. Nothing was changed.' } });
  });
});

describe('writing a file atomically', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('says the disk is full, and removes the half-written temporary file', async () => {
    const dir = tempDir('exports');
    const target = path.join(dir, 'brief.html');
    let written: string | null = null;
    const write = async (file: fs.promises.FileHandle, data: Uint8Array) => {
      await file.write(data.subarray(0, 10));
      written = leftovers(dir)[0] ?? null;
      throw enospc();
    };
    await expect(writeFileAtomic(target, 'x'.repeat(1000), { write })).rejects.toThrow('The disk is full, so brief.html was not saved. Free some space or choose another disk.');
    expect(written).toMatch(/^\.brief\.html\.[0-9a-f]{12}\.tmp$/);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the earlier file when writing its replacement fails', async () => {
    const dir = tempDir('exports');
    const target = path.join(dir, 'brief.md');
    fs.writeFileSync(target, 'the earlier export');
    await expect(writeFileAtomic(target, 'new', { write: () => Promise.reject(enospc()) })).rejects.toThrow(/disk is full/);
    expect(fs.readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(leftovers(dir)).toEqual(['brief.md']);
  });

  it.each([
    ['a folder that does not exist', (dir: string) => path.join(dir, 'missing', 'brief.md'), /The folder .*missing does not exist/],
    ['a folder where the file should be', (dir: string) => fs.mkdirSync(path.join(dir, 'brief.md')) ?? path.join(dir, 'brief.md'), /is a folder; choose a file name/],
  ])('explains %s', async (_what, targetIn, message) => {
    await expect(writeFileAtomic(targetIn(tempDir('exports')), 'x')).rejects.toThrow(message);
  });
});

describe('suggested file names', () => {
  it.each([
    ['Grain corridor: week 10', 'markdown', 'Grain corridor week 10.md'],
    ['../../etc/passwd', 'html', 'etc passwd.html'],
    ['A/B\\C*?"<>|', 'bundle', 'A B C.briefing'],
    ['   ', 'pdf', 'briefing.pdf'],
    ['x'.repeat(400), 'annotations', `${'x'.repeat(120)}.json`],
  ] as const)('%s as %s → %s', (title, format, expected) => {
    expect(suggestedFileName(title, format)).toBe(expected);
  });
});
