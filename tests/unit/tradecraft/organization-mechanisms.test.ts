/**
 * Organizations by their structure, checked on invented sentences whose names
 * appear in no gold set: Arabic bodies by an articled head and its adjectives,
 * heads of state offices and forces per language, German federal bodies by
 * their compound, abbreviations behind an elided preposition or closed by a
 * legal form, Russian and Ukrainian bodies with a field in the genitive, and
 * a lone name after "told" that the article shows to be a person.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const bodies = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('Arabic bodies named by an articled head and its adjectives', () => {
  it.each([
    ['أعلنت المؤسسة العامة للموانئ يوم الأحد استئناف العمل.', 'المؤسسة العامة للموانئ'],
    ['وحافظ الحزب الوحدوي الساحلي على مقاعده.', 'الحزب الوحدوي الساحلي'],
    ['ويتعين أن تصادق المحكمة الدستورية العليا على القانون.', 'المحكمة الدستورية العليا'],
    ['ورأى الباحث في مركز الرواد للبحوث والتخطيط أن الاتفاق هش.', 'مركز الرواد للبحوث والتخطيط'],
    ['ورحبت بعثة السلام الدولية بالخطوة.', 'بعثة السلام الدولية'],
    ['وأعلنت وزارة الزراعة والمياه عن خطة.', 'وزارة الزراعة والمياه'],
    ['قالت منظمة مهندسون بلا حدود إن الجسر انهار.', 'منظمة مهندسون بلا حدود'],
  ] as const)('reads “%s”', (text, body) => {
    expect(bodies(text, 'ar')).toContainEqual(['organization', body]);
  });

  it('names a company by its own name, without the word "company" or its nationality', () => {
    expect(bodies('ويدير الحقل شركة زيلترا الإيطالية منذ سنوات.', 'ar')).toEqual([['organization', 'زيلترا']]);
  });

  it('names no body by a nation’s forces, a government described, or the party a spokesman speaks for', () => {
    expect(bodies('وانسحبت القوات الساحلية من التلال.', 'ar')).toEqual([]);
    expect(bodies('وتشكلت حكومة مكلفة من البرلمان.', 'ar')).toEqual([]);
    expect(bodies('وقال المتحدث باسم الحزب إن الأكراد لن يشاركوا.', 'ar')).toEqual([]);
    expect(bodies('وأعلنت وزارة الدفاع والجيش عن خطة.', 'ar')).toEqual([['organization', 'وزارة الدفاع']]);
  });
});

describe('heads of state offices, forces, forums and clubs', () => {
  it.each([
    ['en', 'The Marlowe Club argued that the ruling ignored the river.', 'Marlowe Club'],
    ['fr', 'Les saisies ont été annoncées jeudi par le Parquet national.', 'Parquet national'],
    ['fr', 'La Sûreté fédérale a averti dans son dernier rapport.', 'Sûreté fédérale'],
    ['es', 'Funcionarios de la Oficina Nacional de Aduanas dijeron que la medida llega tarde.', 'Oficina Nacional de Aduanas'],
    ['it', 'Secondo la Direzione Marittima di Ortona le navi sono ferme.', 'Direzione Marittima di Ortona'],
    ['pt', 'A Receita Estadual identificou contêineres com fundos falsos.', 'Receita Estadual'],
    ['nl', 'Volgens een woordvoerder heeft de Koninklijke Luchtmacht geprobeerd de drones neer te halen.', 'Koninklijke Luchtmacht'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('keeps people whose given name is a word for a navy or a harbour', () => {
    expect(named('Marine Vasseur a répondu mardi.', 'fr')).toEqual([['person', 'Marine Vasseur']]);
    expect(named('Ha risposto Marina Testoni, sindaca di Orvella.', 'it')).toContainEqual(['person', 'Marina Testoni']);
  });

  it('reads a minister’s portfolio as no body, though its word heads one elsewhere', () => {
    expect(bodies("Le ministre de l'Administration pénitentiaire, Luc Varenne, a démenti.", 'fr')).toEqual([]);
    expect(bodies("L'Administration pénitentiaire a démenti mardi.", 'fr')).toEqual([['organization', 'Administration pénitentiaire']]);
  });
});

describe('German federal bodies by their compound', () => {
  it.each([
    ['Die Bundesfischereiagentur erwartet höhere Quoten.', 'Bundesfischereiagentur'],
    ['Die Grünen forderten, auch die Bundeswasserpolizei zu stärken.', 'Bundeswasserpolizei'],
    ['Eine heftige Debatte wird im Ständerat erwartet.', 'Ständerat'],
  ] as const)('reads “%s”', (text, body) => {
    expect(bodies(text, 'de')).toContainEqual(['organization', body]);
  });

  it('names no body by a federal title or the federal government', () => {
    expect(bodies('Der Bundeskanzler sagte, die Bundesregierung werde handeln.', 'de')).toEqual([]);
  });
});

describe('long names read back from their abbreviation', () => {
  it.each([
    ['it', "osserva Lia Corsetti, ricercatrice dell'Osservatorio Marittimo Adriatico (OMA) a Bari.", 'Osservatorio Marittimo Adriatico'],
    ['it', "Il bando è stato vinto all'Agenzia Ligure per i Porti (ALP) da tre imprese.", 'Agenzia Ligure per i Porti'],
    ['es', 'Las Forjas Ribera de Tajo (FRTSA) llevan dos años paradas.', 'Forjas Ribera de Tajo'],
    ['en', 'Workers at Brackwater Vale (BVPLC) went on strike.', 'Brackwater Vale'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    const found = bodies(text, lang);
    expect(found).toContainEqual(['organization', body]);
    expect(found.every(([, name]) => name === body)).toBe(true);
  });
});

describe('Russian and Ukrainian bodies with a field in the genitive', () => {
  it.each([
    ['ru', 'Об этом сообщил глава Государственного комитета водной безопасности Киргизии Азамат Усенов.', 'Государственный комитет водной безопасности Киргизии'],
    ['ru', 'Так считает эксперт Северной академии навигации Иван Орлов.', 'Северная академия навигации'],
    ['uk', 'Про це заявив речник Західного управління логістики Петро Гай.', 'Західне управління логістики'],
    ['uk', 'Про це повідомив начальник Поліської обласної військової адміністрації Олег Дуб.', 'Поліська обласна військова адміністрація'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('keeps a common noun in the genitive out of the name, and names the body of an abbreviation in its base form', () => {
    expect(bodies('Решение Центрального банка страны удивило рынок.', 'ru')).toEqual([['organization', 'Центральный банк']]);
    expect(bodies('Представник Південного управління розвідки (ПУР) Андрій Мороз повідомив.', 'uk')).toEqual([
      ['organization', 'Південне управління розвідки'],
      ['organization', 'Південне управління розвідки'],
    ]);
  });
});

describe('a lone name after "told" or "according to"', () => {
  it.each([
    ['en', 'The minister told Brandvik that the plan would fail. Brandvik said she would resign.'],
    ['en', 'The minister told Brandvik, who runs the port, that the plan would fail.'],
    ['en', 'The plan failed, according to Brandvik. Dr Brandvik has studied the port for years.'],
    ['fr', 'Le ministre a démenti, selon Castelmar. M. Castelmar a ajouté que le port fermerait.'],
  ] as const)('in %s is a person where the article says so: “%s”', (lang, text) => {
    const found = named(text, lang);
    expect(found.filter(([kind]) => kind === 'organization')).toEqual([]);
    expect(found.filter(([kind]) => kind === 'person').length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'The deal collapsed, according to Halvex. Halvex said its revenue fell.', 'Halvex'],
    ['en', 'The official told Corvane that the deal was off.', 'Corvane'],
    ['fr', 'Le contrat est annulé, selon Vantel.', 'Vantel'],
  ] as const)('in %s is still a source where nothing says so: “%s”', (lang, text, source) => {
    expect(named(text, lang)).toContainEqual(['organization', source]);
  });
});

describe('a ministry named with two portfolios joined by "and"', () => {
  it.each([
    ['en', 'The Ministry of Ports and Inland Waters will buy the power.', 'Ministry of Ports and Inland Waters'],
    ['fr', "Le ministère de la Mer et de l'Aquaculture a annoncé un plan.", "ministère de la Mer et de l'Aquaculture"],
    ['it', "Il Ministero dell'Artigianato e della Pesca Costiera ha risposto.", "Ministero dell'Artigianato e della Pesca Costiera"],
    ['tr', 'Liman ve Kıyı İşleri Bakanlığından yapılan açıklamada tarih verilmedi.', 'Liman ve Kıyı İşleri Bakanlığı'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toEqual([['organization', body]]);
  });

  it.each([
    ['The Tarvik Bank for Reconstruction and Growth lent 200 million.', 'Tarvik Bank for Reconstruction and Growth'],
    ['The Reef and Lagoon Service said the permits were void.', 'Reef and Lagoon Service'],
    ['Officials from the Halden Institute of Peace and Conflict Studies said so.', 'Halden Institute of Peace and Conflict Studies'],
  ] as const)('in en reads any body with "and" in its name: “%s”', (text, body) => {
    expect(bodies(text, 'en')).toEqual([['organization', body]]);
  });

  it('reads two bodies listed, and a place beside a body, apart', () => {
    expect(bodies('The Army and Navy agreed on Monday.', 'en')).toEqual([
      ['organization', 'Army'],
      ['organization', 'Navy'],
    ]);
    expect(named('Britain and the Tarvik Council agreed.', 'en')).toContainEqual(['place', 'Britain']);
  });

  it('ends the name where the second word names something of its own', () => {
    expect(named("The Ministry of Defence and Ukraine's army agreed.", 'en')).toEqual([
      ['organization', 'Ministry of Defence'],
      ['place', 'Ukraine'],
    ]);
    expect(named('Liman ve Kıyı İşleri Bakanı Can Oral konuştu.', 'tr').filter(([kind]) => kind === 'organization')).toEqual([]);
  });
});

describe('a company by the deal it is the object of, and services, cooperatives and industries by their heads', () => {
  it.each([
    ['en', 'Last year the group acquired Tolvane for 2 billion.', 'Tolvane'],
    ['en', 'The board agreed to buy Marrowfield after a long fight.', 'Marrowfield'],
    ['fr', 'Le groupe a racheté Vantelor l’an dernier.', 'Vantelor'],
    ['es', 'El fondo anunció la adquisición de Lumbrera en marzo.', 'Lumbrera'],
    ['it', 'Il gruppo ha rilevato Ostrica nel 2022.', 'Ostrica'],
    ['pt', 'O banco concluiu a aquisição da Ventania em maio.', 'Ventania'],
    ['en', 'The Norvik Growers Cooperative signed a contract with the city.', 'Norvik Growers Cooperative'],
    ['en', 'Kessler Freight will cut costs.', 'Kessler Freight'],
    ['es', 'El Servicio de Rentas Costeras multó a la empresa.', 'Servicio de Rentas Costeras'],
    ['pt', 'O Serviço de Pesca e Fronteiras informou que o barco foi detido.', 'Serviço de Pesca e Fronteiras'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('reads no body in what someone bought or where', () => {
    expect(bodies('She bought a house in Tarvik and moved there.', 'en')).toEqual([]);
    expect(bodies('The ministry acquired land near Tarvik last year.', 'en')).toEqual([]);
  });
});

describe('a Turkish party or country before a title of several words', () => {
  it.each([
    ['Yeni Yol Partisi Grup Başkanı Ahmet Kaya konuştu.', [['organization', 'Yeni Yol Partisi'], ['person', 'Ahmet Kaya']]],
    ['ÇEP Parti Eş Genel Başkanı Derya Tunç ise konuştu.', [['organization', 'ÇEP Parti'], ['person', 'Derya Tunç']]],
    ['Gürcistan Ekonomi Bakanı Levan Beridze törene katıldı.', [['place', 'Gürcistan'], ['person', 'Levan Beridze']]],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'tr')).toEqual(expected);
  });

  it('keeps a ministry named by its portfolio', () => {
    expect(named('Milli Savunma Bakanlığı açıklama yaptı.', 'tr')).toEqual([['organization', 'Milli Savunma Bakanlığı']]);
  });
});

describe('a body of several words compounded with its officer', () => {
  it.each([
    ['de', 'Bremen Port Authority-Chef Jonas Riedel sagte, man setze auf Wasserstoff.', 'Bremen Port Authority', 'Jonas Riedel'],
    ['de', 'Gestern sagte Nordsee Logistik Gruppe-Sprecherin Anna Berg, es gehe voran.', 'Nordsee Logistik Gruppe', 'Anna Berg'],
  ] as const)('in %s reads “%s”', (lang, text, body, person) => {
    expect(named(text, lang)).toEqual([
      ['organization', body],
      ['person', person],
    ]);
  });

  it('keeps a single word before the officer as it was', () => {
    expect(named('Bremen-Chef Jonas Riedel sagte, man setze auf Wasserstoff.', 'de')).toContainEqual(['person', 'Jonas Riedel']);
  });
});

describe('gangs, clans and NGOs by the word for their kind', () => {
  it.each([
    ['es', 'Según la policía, integrantes de Los Alacranes atacaron un pabellón controlado por Los Tigres, la banda que dominó el penal.', ['Los Alacranes', 'Los Tigres']],
    ['en', 'The prison was controlled by Los Tigres, a gang that ran the jail.', ['Los Tigres']],
    ['fr', "L'ONG Terres Vives, qui gère le parc, a perdu des gardes.", ['Terres Vives']],
    ['en', 'The NGO Clean Rivers sued the city.', ['Clean Rivers']],
    ['es', 'La siderúrgica Fundiciones Orvega lleva dos años parada.', ['Fundiciones Orvega']],
  ] as const)('in %s reads “%s”', (lang, text, expected) => {
    expect(bodies(text, lang).map(([, name]) => name)).toEqual(expected);
  });

  it('keeps someone named with a given name whose clause speaks of a gang', () => {
    const found = named('O promotor Paulo Tavares Rocha, que investiga a facção há anos, pediu o bloqueio.', 'pt');
    expect(found).toContainEqual(['person', 'Paulo Tavares Rocha']);
    expect(found.filter(([kind]) => kind === 'organization')).toEqual([]);
  });
});

describe('a body set off after a possessive and its kind, or listed after its trade', () => {
  it.each([
    ['en', 'Her party, Moana Rising Front, has demanded a referendum.', 'Moana Rising Front'],
    ['en', 'Her party, Tavari Ndoto, has demanded a referendum.', 'Tavari Ndoto'],
    ['fr', 'Sa société, Vantelor Énergie, a démenti.', 'Vantelor Énergie'],
    ['es', 'Fabricantes como Ternova, con plantas en el norte, podrían salir beneficiados.', 'Ternova'],
    ['it', 'Produttori come Ferralba potrebbero beneficiarne.', 'Ferralba'],
    ['pt', 'Construtoras como Pedralta disputam o contrato.', 'Pedralta'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('keeps a person set off after a possessive and a word for a person', () => {
    expect(named('His rival, Tomas Keller, has demanded a referendum.', 'en')).toEqual([['person', 'Tomas Keller']]);
    expect(named('Son adversaire, Luc Varenne, a démenti.', 'fr')).toEqual([['person', 'Luc Varenne']]);
  });
});

describe('more heads of bodies in English and German', () => {
  it.each([
    ['en', 'The Tarvik Chamber of Commerce warned of losses.', 'Tarvik Chamber of Commerce'],
    ['de', 'Der Bund Deutscher Fischwirte warnte vor Lücken.', 'Bund Deutscher Fischwirte'],
    ['de', 'Die Kassenärztliche Küstenvereinigung kritisierte den Plan.', 'Kassenärztliche Küstenvereinigung'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toEqual([['organization', body]]);
  });

  it('reads no body in a common German noun alone', () => {
    expect(bodies('Die Gesellschaft ist gespalten, sagte Anna Berg.', 'de')).toEqual([]);
  });
});

describe('heads behind an elided article, and more Slavic heads', () => {
  it.each([
    ['it', "L'Agenzia delle Dogane Interne ha chiuso l'indagine.", 'Agenzia delle Dogane Interne'],
    ['fr', "L'Office des Pêches Maritimes a protesté.", 'Office des Pêches Maritimes'],
    ['ru', 'Заявление сделала Генеральная прокуратура.', 'Генеральная прокуратура'],
    ['ru', 'Депутаты Государственной думы проголосовали.', 'Государственная дума'],
    ['uk', 'Уповноважений Верховної Ради з прав людини Ірина Мельничук закликала.', 'Верховна Рада'],
    ['uk', 'Про це повідомила Національна поліція.', 'Національна поліція'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('reads no body in a town’s council named by a lower-case adjective', () => {
    expect(bodies('Рішення міської ради оскаржили.', 'uk')).toEqual([]);
  });
});

describe('a name in quotation marks after a word for its kind', () => {
  it.each([
    ['ru', 'Об этом сообщила пресс-служба компании «Северолес».', 'Северолес'],
    ['ru', 'Суда везут газ с завода «Полярный СПГ 3» в Китай.', 'Полярный СПГ 3'],
    ['uk', 'Про це повідомили в компанії «Укрлісгосп».', 'Укрлісгосп'],
    ['pl', 'Umowę podpisała spółka „Ostrowia” w piątek.', 'Ostrowia'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('reads no body in a quotation after another word', () => {
    expect(bodies('Он назвал это «Большой ошибкой» и ушёл.', 'ru')).toEqual([]);
  });
});

describe('a body by a relative clause whose verb only a body takes', () => {
  it.each([
    ['en', 'The line is run by Snevo, which operates the pipeline from the coast.', 'Snevo'],
    ['it', 'Anche Ostrica, che gestisce la rete italiana, dovrà investire.', 'Ostrica'],
    ['fr', 'Selon Terravia, qui exploite le port, le trafic baisse.', 'Terravia'],
    ['es', 'Los buques de Navimar, que opera la ruta, quedaron varados.', 'Navimar'],
    ['pt', 'A Lusovia, que opera o terminal, suspendeu as cargas.', 'Lusovia'],
  ] as const)('in %s reads “%s”', (lang, text, body) => {
    expect(bodies(text, lang)).toContainEqual(['organization', body]);
  });

  it('keeps someone named with a given name who runs something', () => {
    expect(named('Ha protestato Marco Rossi, che gestisce un bar in piazza.', 'it')).toEqual([['person', 'Marco Rossi']]);
    expect(named('We spoke to Anna Berg, who runs the shop.', 'en')).toEqual([['person', 'Anna Berg']]);
  });
});
