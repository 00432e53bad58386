/**
 * Reading the arguments of `briefing export` and `briefing import FILE.briefing`
 * without loading the exporters: every command starts fast.
 */
import { BUNDLE_EXTENSION } from '../../shared/bundle.ts';
import type { ExportFormat } from '../../shared/export.ts';

/** The format flags of `briefing export`, each naming the file to write. */
export const EXPORT_FLAGS = { pdf: 'pdf', md: 'markdown', html: 'html', json: 'annotations', bundle: 'bundle' } as const satisfies Record<string, ExportFormat>;
export type ExportFlag = keyof typeof EXPORT_FLAGS;

/**
 * `--json` means two things on `briefing export`: followed by a file name it
 * is the Web Annotation format (`--json notes.json`), alone it asks for
 * machine-readable output as on every command. Takes the first kind out.
 */
export function takeJsonFile(argv: readonly string[]): { argv: string[]; jsonFile: string | undefined } {
  if (argv[0] !== 'export') return { argv: [...argv], jsonFile: undefined };
  const at = argv.findIndex((arg, index) => arg === '--json' && index + 1 < argv.length && !argv[index + 1]!.startsWith('-'));
  // `briefing export --json 3` names the briefing, not a file: a file comes after the briefing.
  if (at < 0 || at === 1) return { argv: [...argv], jsonFile: undefined };
  return { argv: [...argv.slice(0, at), ...argv.slice(at + 2)], jsonFile: argv[at + 1] };
}

export function isBundlePath(input: string): boolean {
  return input.toLowerCase().endsWith(BUNDLE_EXTENSION);
}
