/** The BriefingError a piece of work throws; fails the test if it throws nothing or something else. */
import { BriefingError } from '../../shared/result.ts';

export function errorOf(work: () => unknown): BriefingError {
  try {
    work();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}
