/**
 * The one door to the system browser. `shell.openExternal` is called here
 * and nowhere else (eslint.config.js refuses it elsewhere in electron/), and
 * only with a link that passed `checkExternalUrl`: http or https, with a
 * host and no user name or password. Callers check too, to tell the person
 * why; this check is the one that cannot be forgotten.
 */
import type { Shell } from 'electron';
import { BriefingError } from '../../shared/result.ts';
import { checkExternalUrl } from '../../shared/urls.ts';
import type { OpenExternal } from './navigation.ts';

export function createOpenExternal(shell: Pick<Shell, 'openExternal'>): OpenExternal {
  return async (url) => {
    const check = checkExternalUrl(url);
    if (!check.ok) throw new BriefingError('INVALID_URL', check.reason);
    await shell.openExternal(check.url);
  };
}
