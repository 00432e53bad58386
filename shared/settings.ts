/**
 * Preferences: their schema and defaults. Documents live in the library;
 * this is only how the app looks and where it keeps things.
 */
import { z } from 'zod';
import { DEFAULT_EXPORT_CHOICE, exportChoiceSchema } from './export.ts';
import { HIGHLIGHT_COLORS } from './highlights.ts';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;

const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

const readerSchema = z.object({
  font: z.enum(['serif', 'sans']),
  fontSize: z.number().min(12).max(32),
  lineHeight: z.number().min(1.1).max(2.4),
  columnWidth: z.number().int().min(480).max(1200),
});

/** The user's own names for the highlight colours ("Key fact", "Claim", …). */
const highlightLabelsSchema = z.partialRecord(z.enum(HIGHLIGHT_COLORS), z.string().trim().min(1).max(40));

export const settingsSchema = z.object({
  theme: z.enum(THEMES),
  reader: readerSchema,
  highlightLabels: highlightLabelsSchema,
  windowBounds: windowBoundsSchema.nullable(),
  /** Absolute path of the library folder; null means the app's data folder. */
  libraryDir: z.string().min(1).max(4096).nullable(),
  /** A file from before the choice was kept, or one with a choice this version does not know, starts from the default. */
  exportChoice: exportChoiceSchema.catch(DEFAULT_EXPORT_CHOICE),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  reader: { font: 'serif', fontSize: 18, lineHeight: 1.6, columnWidth: 680 },
  highlightLabels: {},
  windowBounds: null,
  libraryDir: null,
  exportChoice: DEFAULT_EXPORT_CHOICE,
};

/** What the renderer may change; window bounds and library location are the shell's. */
export const settingsPatchSchema = z
  .object({
    theme: settingsSchema.shape.theme,
    reader: readerSchema.partial().strict(),
    highlightLabels: highlightLabelsSchema,
    exportChoice: exportChoiceSchema,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export type SettingsReading =
  | { ok: true; settings: Settings }
  | { ok: false; settings: Settings; problem: string };

/**
 * Reads stored preferences that may be anything: a damaged or hand-edited file
 * must never stop the app, so anything that does not fit gives the defaults and
 * says why.
 */
export function readSettings(stored: unknown): SettingsReading {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const firstIssue = parsed.error.issues[0];
  const where = firstIssue && firstIssue.path.length > 0 ? ` at "${firstIssue.path.join('.')}"` : '';
  return {
    ok: false,
    settings: structuredClone(DEFAULT_SETTINGS),
    problem: `Settings did not match the expected shape${where}; defaults are used.`,
  };
}

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ...(patch.theme ? { theme: patch.theme } : {}),
    reader: { ...settings.reader, ...patch.reader },
    highlightLabels: { ...settings.highlightLabels, ...patch.highlightLabels },
    ...(patch.exportChoice ? { exportChoice: patch.exportChoice } : {}),
  };
}
