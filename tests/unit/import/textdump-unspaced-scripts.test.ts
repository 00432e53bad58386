/**
 * Thai (like Lao, Khmer and Burmese) writes no spaces between words: a paragraph is one long "word" to a counter that
 * splits on spaces, and has no stop words to find. The cleaner breaks such runs into words with the platform's
 * dictionary-based word breaker, so a Thai page copy is read like any other.
 */
import { describe, expect, it } from 'vitest';
import { countTextWords, stopWordTokens } from '../../../shared/textdump/lang.ts';
import { cleanLines } from '../../helpers/textdump.ts';

const STORY = [
  'ชาวประมงในหมู่บ้านหาดทรายขาวได้เริ่มใช้ท่าเรือแห่งใหม่เป็นครั้งแรกเมื่อวันพฤหัสบดีที่ผ่านมา หลังจากที่โครงการก่อสร้างล่าช้ามานานกว่าสามปี',
  'นายประเสริฐ ทองดี ผู้ใหญ่บ้าน กล่าวว่า ท่าเรือใหม่จะช่วยให้เรือประมงขนาดเล็กสามารถขนถ่ายสินค้าได้รวดเร็วขึ้น และลดความเสี่ยงในช่วงที่คลื่นลมแรง',
  'องค์การบริหารส่วนตำบลระบุว่า งบประมาณทั้งหมดของโครงการอยู่ที่ประมาณสิบแปดล้านบาท โดยส่วนหนึ่งมาจากกองทุนพัฒนาชายฝั่งของจังหวัด',
  'ชาวบ้านหลายคนยังกังวลเรื่องค่าบำรุงรักษาในอนาคต และขอให้ทางจังหวัดชี้แจงว่าใครจะเป็นผู้รับผิดชอบเมื่อท่าเรือต้องซ่อมแซม',
];
const HEADLINE = 'ชาวประมงบ้านหาดทรายขาวเริ่มใช้ท่าเรือใหม่หลังรอมานานสามปี';

describe('a page copy in a script written without spaces between words', () => {
  it('counts a Thai sentence by its words, not as one word', () => {
    expect(countTextWords('ชาวประมงในหมู่บ้านหาดทรายขาวได้เริ่มใช้ท่าเรือแห่งใหม่')).toBe(13);
    expect(stopWordTokens('ชาวประมงในหมู่บ้าน')).toEqual(['ชาว', 'ประมง', 'ใน', 'หมู่บ้าน']);
  });

  it('counts Chinese and Japanese as before, and a mixed line part by part', () => {
    expect(countTextWords('港口今天恢复运营')).toBe(4);
    expect(countTextWords('Port of Sattahip ท่าเรือแห่งใหม่')).toBe(6);
  });

  it('keeps a Thai story and its headline, and drops the site menu and footer', () => {
    const article = cleanLines([
      'ข่าวเมืองริมน้ำ',
      'หน้าแรก',
      'การเมือง',
      'เศรษฐกิจ',
      'กีฬา',
      '',
      HEADLINE,
      '5 ธันวาคม 2569',
      '',
      ...STORY.flatMap((paragraph) => [paragraph, '']),
      'แชร์',
      'ข่าวที่เกี่ยวข้อง',
      '© 2569 ข่าวเมืองริมน้ำ สงวนลิขสิทธิ์',
    ]);
    expect(article.title).toBe(HEADLINE);
    expect(article.blocks.map((block) => block.text)).toEqual(STORY);
  });
});
