/**
 * The issuer's statement that it answers for the notice ("The board is responsible for the content of this
 * announcement", "本公司董事会保证本公告内容真实、准确、完整", "Za treść niniejszego komunikatu odpowiada emitent"), printed right
 * above a listed company's or a release service's text: a note about the page, naming the notice itself and who answers
 * for it. Invented notices in several languages; a story's first sentence holding a company responsible for an event
 * stays.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Notice {
  headline: string;
  statement: string;
  story: string[];
}

const NOTICES: Readonly<Record<string, Notice>> = {
  en: {
    headline: 'Announcement on the investment in a cold-storage logistics centre',
    statement: 'The board of directors and all directors of the company are responsible for the truthfulness, accuracy and completeness of the content of this announcement.',
    story: [
      'The company intends to invest about 860 million yuan in a cold-storage logistics centre in the eastern industrial zone, to serve the growing demand of its food-processing customers in the region.',
      'The board approved the investment at its meeting on 3 December 2026; it does not need to be submitted to the shareholders\' meeting for approval.',
      'The project may be affected by changes in market demand and in land approval, and investors are asked to take note of the risks.',
    ],
  },
  zh: {
    headline: '关于投资建设冷链物流中心的公告',
    statement: '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。',
    story: [
      '为满足区域内食品加工客户持续增长的冷链仓储需求，公司拟在东部工业园区投资约8.6亿元建设冷链物流中心，项目建成后将显著提升公司的区域配送能力。',
      '公司于2026年12月3日召开董事会会议，审议通过了关于投资建设冷链物流中心的议案，本次投资无需提交股东大会审议。',
      '项目的建设进度可能受到市场需求变化及用地审批等因素影响，敬请广大投资者注意投资风险。',
    ],
  },
  de: {
    headline: 'Nordstern Kühllogistik AG investiert in neues Kühlzentrum',
    statement: 'Für den Inhalt dieser Mitteilung ist allein der Emittent verantwortlich.',
    story: [
      'Die Nordstern Kühllogistik AG investiert rund 110 Millionen Euro in ein neues Kühlzentrum im Industriegebiet Ost, um die wachsende Nachfrage ihrer Kunden aus der Lebensmittelindustrie zu bedienen.',
      'Der Aufsichtsrat hat der Investition in seiner Sitzung am 3. Dezember 2026 zugestimmt; eine Zustimmung der Hauptversammlung ist nicht erforderlich.',
      'Der Baubeginn ist für das Frühjahr 2027 geplant, die Inbetriebnahme für Ende 2028.',
    ],
  },
  fr: {
    headline: 'Groupe Frigolac investit dans une nouvelle plateforme frigorifique',
    statement: 'L\'émetteur est seul responsable du contenu de ce communiqué.',
    story: [
      'Le Groupe Frigolac va investir environ 95 millions d\'euros dans une nouvelle plateforme frigorifique dans la zone industrielle de l\'Est, afin de répondre à la demande croissante de ses clients de l\'agroalimentaire.',
      'Le conseil d\'administration a approuvé l\'investissement lors de sa séance du 3 décembre 2026.',
      'Les travaux doivent débuter au printemps 2027 pour une mise en service à la fin de 2028.',
    ],
  },
  pl: {
    headline: 'Chłodnie Bałtyckie SA inwestują w nowe centrum logistyczne',
    statement: 'Za treść niniejszego komunikatu odpowiada wyłącznie emitent.',
    story: [
      'Chłodnie Bałtyckie SA zainwestują około 420 milionów złotych w nowe centrum logistyki chłodniczej we wschodniej strefie przemysłowej, aby sprostać rosnącemu popytowi klientów z branży spożywczej.',
      'Rada nadzorcza zatwierdziła inwestycję na posiedzeniu 3 grudnia 2026 roku.',
      'Budowa ma się rozpocząć wiosną 2027 roku, a uruchomienie centrum zaplanowano na koniec 2028 roku.',
    ],
  },
};

const HEADER = ['Finance Data', 'Markets', 'Filings', ''];
const FOOTER = ['', 'Related filings', '© 2026 Finance Data'];

function paragraphsOf(notice: Notice, lines: string[]): string[] {
  const result = cleanTextDump([...HEADER, notice.headline, ...lines, ...FOOTER].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

describe('the issuer\'s statement that it answers for the notice', () => {
  it.each(Object.keys(NOTICES))('%s: the statement above the text goes', (lang) => {
    const notice = NOTICES[lang]!;
    expect(paragraphsOf(notice, [notice.statement, ...notice.story])).toEqual(notice.story);
  });

  it('a story\'s first sentence holding a company responsible for an event stays', () => {
    const notice = NOTICES.en!;
    const story = ['The regulator said on Friday that the operator was responsible for the power cut that left 40,000 homes without electricity for six hours last week.', ...notice.story];
    expect(paragraphsOf(notice, story)).toEqual(story);
  });
});
