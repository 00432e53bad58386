/** Builds the renderer once before the end-to-end tests, exactly as `npm run preview` serves it. */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
