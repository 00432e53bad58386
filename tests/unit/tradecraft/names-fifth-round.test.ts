/**
 * People and places by the mechanisms of the fifth round, made general on
 * unseen-5's errors: invented sentences with names that appear in no gold
 * set, in the languages each mechanism serves, with the readings it must not
 * make beside them.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

// Arabic has its own reader (shared/tradecraft/arabic.ts): its mechanisms are tested in Arabic.
describe('Arabic: professions before a name, compound given names, dams and duals', () => {
  it.each([
    // A lawyer or a governor names the person after the title.
    ['وقال المحامي سامي بن عمار إن الحكم جائر.', [['person', 'سامي بن عمار']]],
    ['وأكد محافظ الإقليم كريم العلوي أن المياه انحسرت.', [['person', 'كريم العلوي']]],
    // "عبد" and the word after it are one name.
    ['وصرح الوزير سامر عبد الكريم بأن الخطة جاهزة.', [['person', 'سامر عبد الكريم']]],
    // A dam is a place; a nation's adjective after it only describes it.
    ['وارتفع منسوب المياه خلف سد الوحدة المغربي.', [['place', 'سد الوحدة']]],
    ['وقال المهندسون إن السد العالي صمد أمام الفيضان.', [['place', 'السد العالي']]],
    ['وقال المهندسون إن السد امتلأ بعد الأمطار.', []],
    // A dual place word opens the first of two places.
    ['وغمرت المياه قرى في ولايتي كسلا وسنجة.', [['place', 'كسلا'], ['place', 'سنجة']]],
    // A noun with an adjective without the article is no place joined to one.
    ['وغمرت المياه مدينة كسلا وأراضي زراعية واسعة.', [['place', 'كسلا']]],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });
});
