// Lint is how the folders keep their rooms: shared/ is pure, renderer/ is a web
// page, electron/ is the only place with Node and Electron. Each rule says why.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'better-sqlite3', 'electron-store', 'conf'];

/** Turns module names into a no-restricted-imports rule with one reason. */
function forbidImports(names, message, patterns = []) {
  return [
    'error',
    {
      paths: names.filter((n) => !n.includes('*')).map((name) => ({ name, message })),
      patterns: [
        ...names.filter((n) => n.includes('*')).map((group) => ({ group: [group], message })),
        ...patterns,
      ],
    },
  ];
}

/**
 * Electron's security checklist as syntax that may not appear in electron/:
 * web preferences turned the unsafe way (or computed, so nobody can tell),
 * privileged schemes that skip the policy, command-line switches that switch
 * protections off, and `shell.openExternal` outside the module that validates
 * every link first. A window added later (a print window, say) is held to
 * the same line without anyone remembering to.
 */
const property = (names) => `Property:matches([key.name=/^(${names})$/], [key.value=/^(${names})$/])`;
export const electronSafetyRules = {
  webPreferences: [
    {
      selector: `${property('nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|experimentalFeatures|webviewTag|plugins|bypassCSP')}:not([value.value=false])`,
      message: 'Electron security checklist: this setting must be the literal false (Node, insecure content, experimental features, webviews, plugins and CSP bypass stay off).',
    },
    {
      selector: `${property('contextIsolation|sandbox|webSecurity')}:not([value.value=true])`,
      message: 'Electron security checklist: contextIsolation, sandbox and webSecurity must be the literal true.',
    },
    {
      selector: property('enableBlinkFeatures|disableBlinkFeatures|additionalArguments'),
      message: 'Electron security checklist: no Blink feature switches or extra renderer arguments.',
    },
    {
      selector: "CallExpression[callee.property.name='appendSwitch'][arguments.0.value=/^(no-sandbox|disable-web-security|ignore-certificate-errors|allow-running-insecure-content|enable-blink-features|disable-site-isolation-trials|remote-debugging-port|inspect|js-flags)$/]",
      message: 'Electron security checklist: this command-line switch turns a protection off.',
    },
  ],
  openExternal: [
    {
      selector: "MemberExpression:matches([property.name='openExternal'], [property.value='openExternal']):matches([object.name='shell'], [object.property.name='shell'])",
      message: 'Open links through createOpenExternal (electron/shell/external-links.ts), which validates them; never shell.openExternal directly.',
    },
    {
      selector: "VariableDeclarator:matches([init.name='shell'], [init.property.name='shell']) > ObjectPattern > Property[key.name='openExternal']",
      message: 'Open links through createOpenExternal (electron/shell/external-links.ts), which validates them; never shell.openExternal directly.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused code is dead code; a leading underscore marks a deliberately ignored parameter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-only imports must say so: Node's type stripping runs our .ts files and needs them erased.
      '@typescript-eslint/consistent-type-imports': 'error',
      // A floating promise hides failures from the user.
      '@typescript-eslint/no-floating-promises': 'error',
      // `any` switches the compiler off; untrusted data is `unknown` and gets validated.
      '@typescript-eslint/no-explicit-any': 'error',
      // Strict equality only: loose equality hides type confusion.
      eqeqeq: ['error', 'always'],
      // Debug output belongs in tests, not in shipped code paths (CLI and preview print on purpose: see below).
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      // shared/ is the contract and pure logic: used by both processes, so it may depend on neither.
      'no-restricted-imports': forbidImports(
        [...nodeModules, 'react', 'react-dom', 'zustand'],
        'shared/ is pure TypeScript: no Electron, Node or UI libraries.',
        [{ group: ['../electron/*', '../renderer/*', '**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' }],
      ),
      // No DOM or Node globals either: pure functions take their inputs as arguments.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Node', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({ name, message: 'shared/ runs in both processes and in tests: pass this in instead.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer is a sandboxed web page: it reaches the main process only through window.briefing.
      'no-restricted-imports': forbidImports(
        nodeModules,
        'renderer/ is a sandboxed web page: use window.briefing, never Electron or Node.',
        [{ group: ['../electron/*', '../../electron/*', '**/electron/**'], message: 'renderer/ may import shared/, never electron/.' }],
      ),
      'no-restricted-globals': ['error', { name: 'process', message: 'There is no process in the sandboxed renderer.' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'bin/**/*.js', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The main process never reaches into the UI's code.
      'no-restricted-imports': forbidImports([], '', [
        { group: ['**/renderer/**', '../renderer/*'], message: 'electron/ may import shared/, never renderer/.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...electronSafetyRules.webPreferences, ...electronSafetyRules.openExternal] },
  },
  {
    // The one module that may call shell.openExternal: it validates every link first.
    files: ['electron/shell/external-links.ts'],
    rules: { 'no-restricted-syntax': ['error', ...electronSafetyRules.webPreferences] },
  },
  {
    // Command-line programs print to stdout by design.
    files: ['electron/cli/**/*.ts', 'electron/bridge/preview.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests print diagnostics and poke at untyped boundaries on purpose (payload fuzzing, mocks).
      'no-console': 'off',
      // Spies are passed around as plain functions: `expect(handlers.x).toHaveBeenCalled()`.
      '@typescript-eslint/unbound-method': 'off',
      // Vitest's asymmetric matchers (expect.any, objectContaining, stringMatching) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
