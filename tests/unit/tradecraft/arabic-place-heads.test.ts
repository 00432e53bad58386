/**
 * Arabic: a word for a place before a name whose own head opens it ("ولايتي
 * البحر الأحمر") leaves the name whole to that head, on invented names; a
 * head with the article takes only an adjective with the article after it:
 * before any other word ("البحر هائج", the sea is rough) it is a common noun.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a place’s own head after a word for a place', () => {
  it.each([
    ['وانتشر المرض في ولايتي البحر الفضي وتيرمة.', [['place', 'البحر الفضي'], ['place', 'تيرمة']]],
    ['وتوقفت السفن في محافظتي الخليج الشرقي وتارمة.', [['place', 'الخليج الشرقي'], ['place', 'تارمة']]],
    ['وقال الصيادون إن البحر هائج منذ أيام.', []],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });
});
