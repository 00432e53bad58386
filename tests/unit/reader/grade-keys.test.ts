import { describe, expect, it } from 'vitest';
import { readGradeKey } from '../../../renderer/reader/grade-keys.ts';

describe('grading from the keyboard', () => {
  it.each([
    [null, 'g', false, { kind: 'prefix', prefix: 'g' }],
    [null, 'c', true, { kind: 'prefix', prefix: 'c' }],
    [null, 'c', false, { kind: 'none' }],
    [null, 'B', false, { kind: 'none' }],
    [null, '2', true, { kind: 'none' }],
    ['g', 'b', false, { kind: 'source', grade: 'B' }],
    ['g', 'F', false, { kind: 'source', grade: 'F' }],
    ['g', 'G', false, { kind: 'cancel' }],
    ['g', '2', false, { kind: 'cancel' }],
    ['c', '2', true, { kind: 'credibility', credibility: 2 }],
    ['c', '6', true, { kind: 'credibility', credibility: 6 }],
    ['c', '7', true, { kind: 'cancel' }],
    ['c', '0', true, { kind: 'cancel' }],
    ['c', 'Escape', true, { kind: 'cancel' }],
  ] as const)('after %s, %s (highlight active: %s) → %j', (prefix, key, canCredit, result) => {
    expect(readGradeKey(prefix, key, canCredit)).toEqual(result);
  });
});
