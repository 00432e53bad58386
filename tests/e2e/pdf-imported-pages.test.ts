/**
 * What import did to a page shows in the client PDF: an image that could not
 * be saved is a placeholder that says so, where the image was, and a title
 * whose bidi controls would reorder the line prints without them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/importer.ts';
import { tempDir } from '../helpers/temp.ts';
import { briefing } from '../helpers/cli.ts';

describe('an imported page in the PDF', () => {
  it('prints a placeholder for each image not saved, and its title without bidi controls', () => {
    const libraryDir = tempDir('library');
    const pages = tempDir('pages');
    const saved = path.join(pages, 'harbour-saved.html');
    // A saved page: its images have relative addresses, so they cannot be fetched; its headline carries an override.
    fs.writeFileSync(saved, fs.readFileSync(path.join(FIXTURES, 'pages/harbour-report.html'), 'utf8').replace(/<h1>[^<]*<\/h1>/, '<h1>Harbour \u202Ecod.eton\u202C report</h1>'));
    const imported = briefing(['import', saved, '--briefing', 'Ports', '--json', '--library', libraryDir]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject([{ status: 'saved', imagesNotSaved: 2, title: 'Harbour cod.eton report' }]);

    const out = path.join(tempDir('out'), 'ports.pdf');
    const exported = briefing(['export', 'Ports', '--pdf', out, '--library', libraryDir]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    const lines = text.split('\n');
    const quay = lines.indexOf('Image not saved: Cranes over the eastern quay at dusk');
    const chart = lines.indexOf('Image not saved: Ships waiting, January to April');
    expect(quay).toBeGreaterThan(-1);
    expect(chart).toBeGreaterThan(quay);
    // Each where its image was: the chart's between the paragraphs it stood between.
    const before = lines.findIndex((line) => line.includes('routing cargoes elsewhere'));
    const after = lines.findIndex((line) => line.startsWith('The repairs to the idle loading arms'));
    expect(before).toBeLessThan(chart);
    expect(after).toBeGreaterThan(chart);
    expect(text).toContain('Harbour cod.eton report');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  }, 60_000);
});
