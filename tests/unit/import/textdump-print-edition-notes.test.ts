/**
 * A note closing the story that says where the page's text was printed first ("This article appeared in the print
 * edition of 5 December 2026."): a note about the page, not the story, dropped in every language we read. Once a
 * script's own full stop is read as one (the danda, the Urdu full stop), such a note reads as a closing sentence and
 * only its words tell it apart. A story sentence that happens to name an edition or a number stays.
 */
import { describe, expect, it } from 'vitest';
import { matchFurniture } from '../../../shared/textdump/furniture.ts';
import { countTextWords } from '../../../shared/textdump/lang.ts';

function ruleOf(text: string): string | undefined {
  return matchFurniture({ text, folded: text.toLowerCase(), words: countTextWords(text) })?.name;
}

describe('a note about the print edition', () => {
  const NOTES: ReadonlyArray<[string, string]> = [
    ['en', 'This article appeared in the print edition of 5 December 2026.'],
    ['fr', 'Cet article est paru dans l’édition imprimée du 5 décembre 2026.'],
    ['de', 'Dieser Artikel erschien in der Printausgabe vom 5. Dezember 2026.'],
    ['es', 'Este artículo se publicó en la edición impresa del 5 de diciembre de 2026.'],
    ['it', 'Questo articolo è uscito nell’edizione cartacea del 5 dicembre 2026.'],
    ['pt', 'Este artigo foi publicado na edição impressa de 5 de dezembro de 2026.'],
    ['nl', 'Dit artikel verscheen in de papieren editie van 5 december 2026.'],
    ['pl', 'Ten artykuł ukazał się w wydaniu papierowym z 5 grudnia 2026 r.'],
    ['ru', 'Эта статья опубликована в печатном выпуске от 5 декабря 2026 года.'],
    ['uk', 'Ця стаття вийшла в друкованому номері від 5 грудня 2026 року.'],
    ['tr', 'Bu yazı gazetenin 5 Aralık 2026 tarihli baskısında yayımlandı.'],
    ['id', 'Artikel ini telah terbit di edisi cetak 5 Desember 2026.'],
    ['ar', 'هذا المقال منشور في الطبعة الورقية بتاريخ 5 ديسمبر 2026.'],
    ['he', 'הכתבה פורסמה במהדורה המודפסת ב-5 בדצמבר 2026.'],
    ['hi', 'यह लेख 5 दिसंबर 2026 के मुद्रित संस्करण में छपा है।'],
    ['ur', 'یہ مضمون 5 دسمبر 2026 کے مطبوعہ شمارے میں شائع ہوا۔'],
  ];
  it.each(NOTES)('%s', (_, note) => expect(ruleOf(note)).toBe('print-note'));

  const STORY: ReadonlyArray<[string, string]> = [
    ['en', 'The report counts the number of households in each district.'],
    ['id', 'Laporan ini menghitung jumlah rumah tangga di setiap desa.'],
    ['ar', 'هذا التقرير يرصد عدد الأسر في كل حي من أحياء المدينة.'],
    ['he', 'הכתבה עוסקת במספר המשפחות בכל שכונה בעיר.'],
    ['hi', 'यह रिपोर्ट हर ज़िले में परिवारों की संख्या गिनती है।'],
    ['tr', 'Bu haber, kentteki ailelerin sayısını mahalle mahalle anlatıyor.'],
  ];
  it.each(STORY)('not a story sentence (%s)', (_, sentence) => expect(ruleOf(sentence)).toBeUndefined());
});
