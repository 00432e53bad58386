/**
 * The renderer's only door to the main process: a typed wrapper around
 * `window.briefing` that unwraps each `Result`. A failed call throws an
 * `ApiError` carrying the contract's code and its message, written for a
 * person, so the store can show it as a notice.
 *
 * `api` is built from the contract's types alone: a call added to
 * shared/contract.ts is available here as `api.<name>(args)` with no change
 * to this file (and no runtime import of the contract's schemas).
 */
import type { BriefingApi, CallArgs, CallName, CallValue, EventName, Events } from '../shared/contract.ts';
import type { ErrorCode, Result } from '../shared/result.ts';

/** The contract's error codes, plus the one the renderer itself detects. */
export type ApiErrorCode = ErrorCode | 'UNAVAILABLE';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** The call that failed, for diagnostics. */
  readonly call: string;

  constructor(code: ApiErrorCode, message: string, call: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.call = call;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message a person can read, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  return 'Something went wrong, and the app did not say what.';
}

function bridge(): BriefingApi {
  const candidate = (window as { briefing?: BriefingApi }).briefing;
  if (!candidate) {
    throw new ApiError(
      'UNAVAILABLE',
      'The window is not connected to Briefing Reader. Restart the app (or, in the preview, open the address it printed).',
      'bridge',
    );
  }
  return candidate;
}

/** Calls `name` and returns its value, or throws an `ApiError`. */
export async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
  const fn = bridge()[name] as (args: CallArgs<K>) => Promise<Result<CallValue<K>>>;
  let result: Result<CallValue<K>>;
  try {
    result = await fn(args);
  } catch (error) {
    throw new ApiError('INTERNAL', `The request "${name}" did not complete: ${errorMessage(error)}`, name);
  }
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, name);
}

export type ApiClient = {
  readonly [K in CallName]: (args: CallArgs<K>) => Promise<CallValue<K>>;
};

/** `await api.getBriefing({ id })`: every contract call, unwrapped. */
export const api: ApiClient = new Proxy({} as ApiClient, {
  get(_target, name) {
    if (typeof name !== 'string') return undefined;
    return (args: unknown) => call(name as CallName, args as never);
  },
});

/** Subscribes to a main-process event; returns the unsubscribe function. */
export function subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return bridge().on(event, listener);
}
