/**
 * The lint rule that holds electron/ to Electron's security checklist
 * (eslint.config.js, `electronSafetyRules`), run on snippets: each unsafe
 * setting anywhere fails, the safe ones pass, and `shell.openExternal` is
 * allowed only in the module that validates links.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

interface SafetyRules {
  webPreferences: unknown[];
  openExternal: unknown[];
}
// The config is plain JavaScript without types: read it as what it is.
const { default: config, electronSafetyRules } = (await import(new URL('../../../eslint.config.js', import.meta.url).href)) as {
  default: Linter.Config[];
  electronSafetyRules: SafetyRules;
};

const linter = new Linter({ configType: 'flat' });

/** The no-restricted-syntax setting the real config gives `file`. */
function restrictedSyntaxFor(file: string): unknown {
  const blocks = config.filter((block) => block.rules?.['no-restricted-syntax'] && block.files?.some((pattern) => typeof pattern === 'string' && (pattern === file || (pattern === 'electron/**/*.ts' && file.startsWith('electron/')))));
  return blocks.at(-1)?.rules?.['no-restricted-syntax'];
}

function lint(code: string, file = 'electron/shell/print-window.ts'): string[] {
  const rule = restrictedSyntaxFor(file);
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-syntax': rule as Linter.RuleEntry } }], file);
  return messages.map((message) => message.message);
}

describe('the Electron safety lint rule', () => {
  it('is the rule the config applies to electron/', () => {
    expect(restrictedSyntaxFor('electron/shell/window.ts')).toEqual(['error', ...electronSafetyRules.webPreferences, ...electronSafetyRules.openExternal]);
  });

  it.each([
    'nodeIntegration: true',
    "'nodeIntegration': true",
    'nodeIntegrationInWorker: true',
    'nodeIntegrationInSubFrames: true',
    'contextIsolation: false',
    'sandbox: false',
    'webSecurity: false',
    'allowRunningInsecureContent: true',
    'experimentalFeatures: true',
    "enableBlinkFeatures: 'CSSVariables'",
    'webviewTag: true',
    'plugins: true',
    'sandbox: isSafe',
    'contextIsolation: !dev',
  ])('fails on a window with %s', (setting) => {
    const problems = lint(`new BrowserWindow({ show: false, webPreferences: { preload, ${setting} } });`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Electron security checklist/);
  });

  it('fails on unsafe settings kept in a variable, far from any window', () => {
    expect(lint('const printPreferences = { sandbox: false, nodeIntegration: true };')).toHaveLength(2);
  });

  it.each(["app.commandLine.appendSwitch('disable-web-security')", "app.commandLine.appendSwitch('no-sandbox')", "app.commandLine.appendSwitch('ignore-certificate-errors')"])(
    'fails on %s',
    (call) => {
      expect(lint(`${call};`)).toEqual([expect.stringMatching(/turns a protection off/)]);
    },
  );

  it('fails on a privileged scheme that bypasses the policy', () => {
    expect(lint("protocol.registerSchemesAsPrivileged([{ scheme: 'x', privileges: { bypassCSP: true } }]);")).toHaveLength(1);
  });

  it('passes the locked-down preferences of a window, such as a hidden print window', () => {
    const code = `new BrowserWindow({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, preload } });`;
    expect(lint(code)).toEqual([]);
  });

  it.each(['shell.openExternal(url);', 'electron.shell.openExternal(url);', "shell['openExternal'](url);", 'const { openExternal } = shell;'])(
    'refuses %s outside the validating module',
    (code) => {
      expect(lint(code, 'electron/api/handlers.ts')).toEqual([expect.stringMatching(/createOpenExternal/)]);
    },
  );

  it('allows shell.openExternal in electron/shell/external-links.ts, and only there', () => {
    expect(lint('await shell.openExternal(check.url);', 'electron/shell/external-links.ts')).toEqual([]);
    expect(lint('const window = { sandbox: false };', 'electron/shell/external-links.ts')).toHaveLength(1);
  });
});

describe('the fake electron the tests use', () => {
  it('refuses to create a window that breaks the checklist, whichever code asks', async () => {
    const { FakeBrowserWindow } = await import('../shell/fake-electron.ts');
    expect(() => new FakeBrowserWindow({ show: false, webPreferences: { sandbox: false, contextIsolation: true, nodeIntegration: false } })).toThrow(/sandbox is false/);
    expect(() => new FakeBrowserWindow({ show: false })).toThrow(/contextIsolation is undefined/);
  });
});
