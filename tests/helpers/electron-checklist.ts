/**
 * Electron's security checklist for one window's options: what must be on,
 * what must be off, what must not be set at all. The fake `electron` applies
 * it to every window any test creates, and the built-app check applies it to
 * every window the app creates, so a window added later is held to it too.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

const REQUIRED: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};
const NEVER_ON = ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'experimentalFeatures', 'plugins'];
const NEVER_SET = ['enableBlinkFeatures', 'disableBlinkFeatures', 'additionalArguments'];

/** What is wrong with a window's web preferences; empty when nothing is. */
export function checklistProblems(options: BrowserWindowConstructorOptions): string[] {
  const preferences: Record<string, unknown> = { ...options.webPreferences };
  const problems = Object.entries(REQUIRED)
    .filter(([key, value]) => preferences[key] !== value)
    .map(([key, value]) => `${key} is ${String(preferences[key])}, not ${String(value)}`);
  for (const key of NEVER_ON) if (preferences[key] === true) problems.push(`${key} is on`);
  for (const key of NEVER_SET) if (preferences[key] !== undefined) problems.push(`${key} is set`);
  return problems;
}
