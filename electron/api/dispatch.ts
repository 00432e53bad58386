/**
 * The one door into the services, shared by both transports (IPC and the HTTP
 * bridge): it takes `unknown` from the outside, validates the call name and its
 * arguments against the contract, and turns every outcome into a `Result`.
 */
import type { z } from 'zod';
import { calls, isCallName, type CallName, type CallValue, type ValidArgs } from '../../shared/contract.ts';
import { BriefingError, fail, ok, type Result } from '../../shared/result.ts';

export type Handlers = {
  [K in CallName]: (args: ValidArgs<K>) => CallValue<K> | Promise<CallValue<K>>;
};

export type Dispatch = (name: unknown, args: unknown) => Promise<Result<unknown>>;

/** Longest part of a message taken from the payload: an unknown key may be megabytes long. */
const MAX_ISSUE_LENGTH = 200;
const clip = (text: string) => (text.length > MAX_ISSUE_LENGTH ? `${text.slice(0, MAX_ISSUE_LENGTH)}…` : text);

/** Says what is wrong with a payload in words a developer or user can act on, in a few lines at most. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      // Messages written as sentences end in a full stop; the whole description gets one.
      const message = issue.message.replace(/\.$/u, '');
      return clip(issue.path.length > 0 ? `${issue.path.join('.')}: ${message}` : message);
    })
    .join('; ');
}

export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (name, args) => {
    if (!isCallName(name)) {
      return fail('UNKNOWN_CALL', `There is no call named ${JSON.stringify(String(name)).slice(0, 80)}.`);
    }
    const parsed = calls[name].args.safeParse(args ?? {});
    if (!parsed.success) {
      return fail('INVALID_ARGUMENTS', `Invalid arguments for ${name}: ${describeIssues(parsed.error)}.`);
    }
    try {
      const handler = handlers[name] as (valid: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof BriefingError) return fail(error.code, error.message);
      log(error);
      return fail('INTERNAL', `${name} failed unexpectedly: ${(error as Error).message ?? String(error)}`);
    }
  };
}
