/**
 * The packaging configuration, checked against electron-builder's own JSON
 * schema (the one it validates with, app-builder-lib/scheme.json) and against
 * what we promise: Electron's fuses set the safe way, no native rebuild, and
 * the installers we ship.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// js-yaml is the parser electron-builder itself reads this file with.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

function validate(candidate: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, candidate);
  return { valid, errors: ajv.errorsText(ajv.errors) };
}

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema', () => {
    expect(validate(config)).toEqual({ valid: true, errors: 'No errors' });
  });

  it('and the schema check has teeth: a misspelt option fails it', () => {
    expect(validate({ ...config, electronFuse: {} }).valid).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsNodes: false } }).valid).toBe(false);
  });

  it('sets the fuses the safe way', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('signs an unsigned macOS build ad hoc again after the fuses are flipped (Apple silicon will not start it otherwise)', () => {
    expect(config.electronFuses).toMatchObject({ resetAdHocDarwinSignature: true });
  });

  it('has what the deb target refuses to build without: a homepage, and an author with an email (app-builder-lib FpmTarget)', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { homepage?: string; author?: { name?: string; email?: string } };
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.author?.email).toMatch(/@/);
  });

  it('packs the built workers, which are CommonJS: nothing in dist/ is left out', () => {
    const files = config.files as string[];
    expect(files).toContain('dist/**');
    expect(files.filter((pattern) => pattern.startsWith('!dist/'))).toEqual(['!dist/**/*.map']);
  });

  it('never rebuilds native modules, and packs the app into an ASAR archive', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar ?? true).toBe(true);
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    const targets = (platform: string) => [(config[platform] as { target: unknown }).target].flat();
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });
});
