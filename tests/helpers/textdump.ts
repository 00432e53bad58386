import { cleanTextDump, type CleanedDump } from '../../shared/textdump/clean.ts';

/** Cleans a page copy given line by line; a copy the cleaner refuses fails the test with its reason. */
export function cleanLines(lines: readonly string[]): CleanedDump {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}
