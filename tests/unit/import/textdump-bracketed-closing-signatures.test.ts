/**
 * A reader gets the reporter of a Japanese or Chinese story that closes with the reporter's name alone in brackets
 * on the line under the last paragraph ("（山本美咲）", "（记者 王明远）"), as regional papers sign their stories.
 * A news agency's or a paper's name in the same place ("（共同）", "（东海日报）") names no author.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

const JAPANESE = [
  '東海新報デジタル',
  '砂丘に植栽、ボランティア２００人参加',
  '2026年12月5日 05:00',
  '冬の高潮で砂が流された港町北浜の砂丘で４日、市民ボランティア約２００人が海浜植物の苗を植えた。市が用意した苗は約４万株で、地元の中学生も参加した。',
  '砂丘は昨冬の高潮で植生の３分の１を失い、一部では遊歩道まで砂が流れ込んでいた。市は来春までに残りの区画にも植栽を広げる方針だ。',
  '参加した中学２年の生徒は「自分たちが植えた苗が根付いて、砂浜を守ってくれたらうれしい」と話した。',
];

const CHINESE = [
  '东海日报',
  '两百名志愿者补种北岸沙丘 防春季大潮侵蚀',
  '2026-12-04 18:30',
  '本周四，两百多名志愿者来到北岸沙丘补种固沙植物。去年冬季的风暴让这片沙丘损失了三分之一的植被，部分步道也被沙子掩埋。',
  '区政府提供了四万株幼苗，附近一所中学也派出高年级学生参加了整个上午的劳动。护林员希望这些植物能在春季大潮到来之前把沙子固定住。',
  '区政府表示，明年春天还将在沙丘周边增设木栈道和宣传牌，提醒游客不要踩踏植被。',
];

const SIGNED: Array<{ name: string; lines: string[]; signature: string; author: string }> = [
  { name: 'Japanese, a name in full-width brackets', lines: JAPANESE, signature: '（山本美咲）', author: '山本美咲' },
  { name: 'Japanese, a family and a given name apart', lines: JAPANESE, signature: '（山本 美咲）', author: '山本 美咲' },
  { name: 'Chinese, the reporter named as such', lines: CHINESE, signature: '（记者 王明远）', author: '王明远' },
  { name: 'Chinese, a name in half-width brackets', lines: CHINESE, signature: '(林佳蓉)', author: '林佳蓉' },
];

const UNSIGNED: Array<{ name: string; lines: string[]; signature: string }> = [
  { name: 'Japanese, a news agency', lines: JAPANESE, signature: '（共同）' },
  { name: 'Chinese, a news agency', lines: CHINESE, signature: '（新华社）' },
  { name: 'Chinese, the paper', lines: CHINESE, signature: '（东海日报）' },
  { name: 'Japanese, the end mark', lines: JAPANESE, signature: '（おわり）' },
];

describe('a name in brackets closing the story', () => {
  it.each(SIGNED.map((row) => [row.name, row] as const))('%s: is the byline', (_name, row) => {
    const article = cleanLines([...row.lines, '', row.signature, '', '関連記事']);
    expect(article.byline).toBe(row.author);
    expect(article.paragraphs).not.toContain(row.signature);
  });

  it.each(UNSIGNED.map((row) => [row.name, row] as const))('%s: names no author', (_name, row) => {
    const article = cleanLines([...row.lines, '', row.signature, '', '関連記事']);
    expect(article.byline).toBeNull();
  });
});
