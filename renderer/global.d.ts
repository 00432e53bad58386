import type { BriefingApi } from '../shared/contract.ts';

declare global {
  interface Window {
    /** The only way the renderer reaches the main process (preload in the app, bridge client in the preview). */
    readonly briefing: BriefingApi;
  }
}
