/**
 * First-level regions of the world (shared/tradecraft/world-regions.ts) named
 * alone, where nothing else says what the name is, on invented sentences: in
 * Latin script, in Arabic, and with the holder of an office in the region
 * after it; and Arabic regions' names that are common words or given names,
 * which the list leaves out.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a first-level region named alone', () => {
  it.each([
    ['en', 'Cholera cases rose again in Copperbelt, the health ministry said.', 'Copperbelt'],
    ['pt', 'Os incêndios destruíram pastagens em Mato Grosso na semana passada.', 'Mato Grosso'],
    ['en', 'Two icebreakers left for Chukotka on Friday.', 'Chukotka'],
    ['ar', 'وأغلقت السلطات المدارس في الجهراء بسبب الأمطار.', 'الجهراء'],
    ['ar', 'وصلت قافلة المساعدات إلى القضارف مساء الأحد.', 'القضارف'],
  ])('%s: finds the region in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('reads the holder of an office after the region it is held in', () => {
    expect(named('وأكد محافظ الجهراء سامر القحطي أن الطرق مفتوحة.', 'ar')).toEqual([
      ['place', 'الجهراء'],
      ['person', 'سامر القحطي'],
    ]);
  });

  it.each([
    ['تباطأت حركة المرور صباح الأحد.', 'صباح, morning'],
    ['وقال الرئيس بشار سليمان إن الاتفاق صامد.', 'بشار, a given name'],
    ['وقالت الحكومة إن الجنوب يحتاج إلى الكهرباء.', 'الجنوب, the south'],
  ])('takes no region from “%s” (%s)', (text, _why) => {
    expect(named(text, 'ar').filter(([kind]) => kind === 'place')).toEqual([]);
  });
});
