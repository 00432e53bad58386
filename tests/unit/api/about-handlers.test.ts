import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
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
