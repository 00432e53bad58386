/**
 * Names in Hebrew and the two Arabic classes, on invented sentences (none from
 * a gold set or a page copy): every name found is compared, so a common word
 * read as a name fails as surely as a name missed.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('names in Hebrew', () => {
  it.each([
    // Bodies by their head, in the construct state, behind prefixes.
    ['משרד התחבורה הודיע אתמול על תוכנית חדשה.', [['organization', 'משרד התחבורה']]],
    ['לדברי רשות המים, המחירים לא יעלו.', [['organization', 'רשות המים']]],
    ['העתירה הוגשה לבית המשפט העליון בשבוע שעבר.', [['organization', 'בית המשפט העליון']]],
    ['ובמשרד האוצר סירבו להגיב.', [['organization', 'משרד האוצר']]],
    ['משטרת ישראל פתחה בחקירה.', [['organization', 'משטרת ישראל']]],
    ['הסטודנטים באוניברסיטת תל אביב שבתו.', [['organization', 'אוניברסיטת תל אביב']]],
    ['נציגי רכבת ישראל נפגשו עם התושבים.', [['organization', 'רכבת ישראל']]],
    ['חברת "גלבוע-טק" השלימה גיוס. מנהלי גלבוע-טק מרוצים.', [['organization', 'גלבוע-טק'], ['organization', 'גלבוע-טק']]],
    ['ועדת החוץ והביטחון של הכנסת התכנסה.', [['organization', 'ועדת החוץ והביטחון'], ['organization', 'הכנסת']]],
    ['הצעת החוק הוגשה לכנסת אתמול.', [['organization', 'הכנסת']]],
    // Acronyms.
    ['דובר צה"ל מסר כי האירוע נבדק.', [['organization', 'צה"ל']]],
    ['השגריר נפגש עם נציגי או"ם וארה"ב.', [['organization', 'או"ם'], ['place', 'ארה"ב']]],
    // People after a title, with and without a known given name.
    ['ראש הממשלה אהוד כרמלי נאם בכנס.', [['person', 'אהוד כרמלי']]],
    ['לדברי ח"כ רותם זילבר, ההצעה תעלה להצבעה.', [['person', 'רותם זילבר']]],
    ['ד"ר גלית אופיר מבית החולים הסבירה את הממצאים.', [['person', 'גלית אופיר']]],
    ['שרת החינוך, מיכל שדמי, הודיעה על הרפורמה.', [['person', 'מיכל שדמי']]],
    ['השופט נחום בר-לב דחה את הבקשה.', [['person', 'נחום בר-לב']]],
    ['ראש עיריית חיפה בירך על ההחלטה.', [['organization', 'עיריית חיפה']]],
    ['אלון קדמי אמר כי המערכת מוכנה, וקדמי הוסיף שהיא נבדקה.', [['person', 'אלון קדמי'], ['person', 'אלון קדמי']]],
    // Places: known ones behind prefixes, after a place word, with a direction.
    ['הטקס נערך בירושלים ובחיפה.', [['place', 'ירושלים'], ['place', 'חיפה']]],
    ['התושבים בנגב מחכים לפתרון.', [['place', 'הנגב']]],
    ['המשלחת הגיעה מצרפת לגרמניה.', [['place', 'צרפת'], ['place', 'גרמניה']]],
    ['ההפגנה נערכה בעיר נוף ארבל.', [['place', 'נוף ארבל']]],
    ['המתיחות בדרום לבנון גוברת.', [['place', 'דרום לבנון']]],
    ['הסחורה הגיעה לקיבוץ גבעון.', [['place', 'גבעון']]],
    // Common words and phrases are not names.
    ['המשרד הודיע כי הבדיקה הסתיימה.', []],
    ['חברת הביטוח דחתה את התביעה.', []],
    ['השר הגיע לביקור בשעות הבוקר.', []],
    ['בכל כיוון יופעלו שלוש רכבות.', []],
    ['קרן הון סיכון השקיעה בחברה.', []],
    ['הנשיא נפגש עם נציגי העובדים.', []],
    ['התחבורה הציבורית בלילות תורחב בהדרגה.', []],
    ['התפללו בבית הכנסת הגדול.', []],
    ['בהכנסת המערכת החדשה נתקלו בקשיים.', []],
    ['אלוף העולם בשחמט הגיע.', []],
    ['בכפר קטן גרים מאה תושבים.', []],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'he')).toEqual(expected);
  });
});

describe('Arabic heads that are not a person or a body', () => {
  it.each([
    // A department or an administration after a title is the body, and its holder the name after it.
    ['قال مدير إدارة البيئة إن المياه ملوثة.', [['organization', 'إدارة البيئة']]],
    ['وقال رئيس دائرة الصحة في المحافظة إن الوضع مستقر.', [['organization', 'دائرة الصحة']]],
    ['وقال مدير مديرية التربية أحمد سالم إن المدارس مغلقة.', [['organization', 'مديرية التربية'], ['person', 'أحمد سالم']]],
    // A head that is also a common noun, with one word with the article, is a phrase.
    ['رصد العلماء حركة المد على الشاطئ.', []],
    ['تباطأت حركة المرور صباح اليوم.', []],
    ['وصل الوفد إلى مركز المدينة مساء.', []],
    ['أعلنت بلدية المدينة عن مشروع جديد.', []],
    // Named, the same heads are bodies.
    ['وقالت حركة حماس في بيان إن المحادثات مستمرة.', [['organization', 'حركة حماس']]],
    ['وأعلنت حركة الجهاد الإسلامي مسؤوليتها.', [['organization', 'حركة الجهاد الإسلامي']]],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });
});
