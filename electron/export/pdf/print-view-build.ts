/**
 * The print view for `briefing export --pdf` in a fresh checkout: built on
 * first use (no `npm run build` needed), into a staging folder that replaces
 * dist/renderer only once it is complete, so an interrupted build leaves no
 * half view behind and two exports at once do not trip over each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINT_PAGE } from '../../../shared/print.ts';
import { BriefingError } from '../../../shared/result.ts';

const VITE_CONFIG = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

/** Builds the renderer into `rendererDir` unless its print view is there; says so first through `report`. */
export async function ensurePrintView(rendererDir: string, report: (line: string) => void): Promise<void> {
  const printPage = path.join(rendererDir, PRINT_PAGE);
  if (fs.existsSync(printPage)) return;
  if (!fs.existsSync(VITE_CONFIG)) {
    throw new BriefingError('NOT_FOUND', `The print view is missing from ${rendererDir} and there are no sources here to build it from.`);
  }
  report('Building the print view (once, for the first PDF export)…');
  // Vite is a development dependency: the CLI runs from the project's checkout, where npm install put it.
  const { build } = await import('vite');
  const staging = `${rendererDir}.building-${process.pid}`;
  try {
    await build({ configFile: VITE_CONFIG, logLevel: 'error', build: { outDir: staging, emptyOutDir: true } });
    // Another export may have finished its own build meanwhile; its complete view stays.
    if (fs.existsSync(printPage)) return;
    fs.rmSync(rendererDir, { recursive: true, force: true });
    fs.renameSync(staging, rendererDir);
  } catch (error) {
    if (fs.existsSync(printPage)) return;
    throw new BriefingError('INTERNAL', `The print view could not be built: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
