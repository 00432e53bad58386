/**
 * The Arabic and Hebrew readers' own quotation tags: the speaker named after
 * a quotation behind a verb of saying ('"…"، قال ماجد الخوالدة', '"…", אמר
 * אבנר גולדשטוק'), or before a colon and the quotation; a rank before the name
 * ("רב-טפסר"); and an Arabic title whose portfolio joins two fields with "و"
 * ("وزير المياه والزراعة"). Invented names no list holds; a noun after the verb
 * names no one.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('a speaker tagged after a quotation in Arabic and Hebrew', () => {
  it.each([
    ['ar', '"لن نغادر أرضنا"، قال ماجد الخوالدة.', 'ماجد الخوالدة'],
    ['ar', '"المياه لا تكفي"، قالت سلمى الخوالدة لوكالة الأنباء.', 'سلمى الخوالدة'],
    ['ar', 'قال ماجد الخوالدة: "لن نغادر".', 'ماجد الخوالدة'],
    ['ar', 'وقال وزير المياه والزراعة ماجد الخوالدة إن المحطة ستعمل.', 'ماجد الخوالدة'],
    ['he', '"הרוח שינתה כיוון", אמר אבנר גולדשטוק.', 'אבנר גולדשטוק'],
    ['he', '"לא נעזוב", אמרה מיכל גולדשטוק לכתבנו.', 'מיכל גולדשטוק'],
    ['he', '"החשד הוא מדורה", הוסיף רב-טפסר אבנר גולדשטוק.', 'אבנר גולדשטוק'],
    ['he', 'נציב הכבאות, רב-טפסר אבנר גולדשטוק, אמר כי הרוח שינתה כיוון.', 'אבנר גולדשטוק'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['ar', '"لن نغادر"، قال المتحدث.'],
    ['he', '"לא נעזוב", אמר הדובר.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
