/** Opening the library for one command, saying on stderr what the open set aside. */
import { openLibrary, type Library, type OpenLibraryOptions } from '../library/library.ts';
import { humanText } from './terminal.ts';

export function openCliLibrary(dir: string, options: OpenLibraryOptions = {}): Library {
  const library = openLibrary(dir, options);
  if (library.strayWal) process.stderr.write(`briefing: warning: ${humanText(library.strayWal.message)}\n`);
  return library;
}
