/**
 * Loaded (`node --import`) into the electron package's installer by
 * `npm start`: its progress bar keeps the terminal, while what it would print
 * on failure (an error's stack) goes to fd 3, together with the cause of a
 * failed download, which the stack leaves out ("fetch failed" says nothing of
 * "getaddrinfo ENOTFOUND github.com"). electron-binary.ts makes one line of it.
 */
import fs from 'node:fs';

export const REASON_FD = 3;
export const NETWORK_PREFIX = 'network: ';

function send(line: string): void {
  try {
    fs.writeSync(REASON_FD, `${line}\n`);
  } catch {
    // Run without the reason pipe (by hand): nothing to send it to.
  }
}

/** The innermost cause's message: for a refused or unresolved connection, the system's words. */
export function innermostMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

console.error = (...args: unknown[]) => send(args.map(String).join(' '));

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  try {
    return await realFetch(input, init);
  } catch (error) {
    const url = input instanceof Request ? input.url : String(input);
    send(`${NETWORK_PREFIX}${innermostMessage(error)} (fetching ${url})`);
    throw error;
  }
};
