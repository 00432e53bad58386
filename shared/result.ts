/** How every call's outcome crosses the contract: a value, or an error a person can act on. */

export const ERROR_CODES = [
  'INVALID_ARGUMENTS',
  'UNKNOWN_CALL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  /** The change would clash with something that exists (a tag name in use). */
  'CONFLICT',
  'LIBRARY_TOO_NEW',
  'LIBRARY_UNREADABLE',
  'LIBRARY_DAMAGED',
  'LIBRARY_UNAVAILABLE',
  'BUSY',
  'INVALID_URL',
  'UNAVAILABLE',
  'WRITE_FAILED',
  'INVALID_BUNDLE',
  'INTERNAL',
  /** The library file cannot be written (permissions, a read-only disk). */
  'LIBRARY_READ_ONLY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A code that crossed a thread or process boundary as text; anything unknown is INTERNAL. */
export function asErrorCode(code: string): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}

export interface CallError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** An error a service throws on purpose: its message is written for the user. */
export class BriefingError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'BriefingError';
    this.code = code;
  }
}
