import type { TextDumpModel } from './learned.ts';

export const LEARNED_MODEL: TextDumpModel = { line: null, heading: null, title: null };
