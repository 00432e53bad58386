/**
 * People after their trade or their body, and places by their shape and cues,
 * on invented sentences in several languages: the mechanisms of the fourth
 * round on unseen-4's errors, with names that appear in no gold set.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { named } from '../../helpers/entities.ts';

const people = (text: string, lang: string) => extractEntities(text, lang).filter((m) => m.kind === 'person').map((m) => m.name);

describe('a trade opening a sentence before a name', () => {
  it.each([
    ['de', 'Politologin Henrike Vastrup von der Universität Basel erwartet eine Debatte.', 'Henrike Vastrup'],
    ['nl', 'Econoom Wiebren Verhalle van de Universiteit Gent waarschuwt voor de gevolgen.', 'Wiebren Verhalle'],
    ['tr', 'Siyaset uzmanı Ece Tanrıverdi, "Bu karar önemli" dedi.', 'Ece Tanrıverdi'],
  ] as const)('in %s is the person’s role, not part of the name: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});

describe('the body or land between a title and its holder', () => {
  it.each([
    ['ru', 'Генеральный директор Севтранса Олжас Кумаров заявил, что работы продолжатся.', [['organization', 'Севтранс'], ['person', 'Олжас Кумаров']]],
    ['uk', 'Генеральний директор Дунайтрансу Ніку Бутнару заявив, що рейси відновлять.', [['organization', 'Дунайтранс'], ['person', 'Ніку Бутнару']]],
    ['pl', 'Burmistrz Pieniężna Tadeusz Wróblak przyznał, że gmina nie ma pieniędzy.', [['place', 'Pieniężno'], ['person', 'Tadeusz Wróblak']]],
    // A body's short name and its country are one body, as the gold sets mark "МИД России".
    ['ru', 'Церемонию провели председатель СНБ Казахстана Улукбек Сатыбалдиев и его коллега.', [['organization', 'СНБ Казахстана'], ['person', 'Улукбек Сатыбалдиев']]],
  ] as const)('in %s is read apart from the holder: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Министр Иван Петрович Сидоров заявил, что работы продолжатся.', ['Иван Петрович Сидоров']],
    ['ru', 'Встречу провели Улукбек Сатыбалдиев и Роман Осипов.', ['Улукбек Сатыбалдиев', 'Роман Осипов']],
    ['pl', 'Radny Marek Gdański zapowiedział kontrolę w urzędzie.', ['Marek Gdański']],
  ] as const)('in %s leaves a full name whole: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });
});

describe('what follows a title and is no person', () => {
  it.each([
    ['ru', '«Так нельзя», считает аналитик Центра стратегий, добавив, что рынок растёт.'],
    ['ru', '«Так нельзя», считает эксперт Высшей школы бизнеса, добавив, что рынок растёт.'],
    ['ru', 'Данные собрал КРОНА в мае. Эксперты КРОНА напоминают, что атаки повторяются.'],
    ['pl', 'Dane zebrała KRONA w maju. Eksperci KRONA przypominają, że ataki się powtarzają.'],
  ] as const)('in %s: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('places by their heads, cues and case', () => {
  it.each([
    ['en', 'Troops landed on Tessaly Island on Monday.', [['place', 'Tessaly Island']]],
    ['en', 'Leaders met in Port of Velmora on Friday.', [['place', 'Port of Velmora']]],
    ['en', 'Solar farms in the Dessora area would supply power.', [['place', 'Dessora']]],
    ['en', 'Survey ships were seen near the Talvik atoll last week.', [['place', 'Talvik']]],
    ['en', 'Engineers built an airstrip on Marovi, an island in the south.', [['place', 'Marovi']]],
    ['pl', 'Część gazu trafi na Ukrainę.', [['place', 'Ukraina']]],
    ['ru', 'Мы ездили к родственникам через Велиград.', [['place', 'Велиград']]],
    ['ru', 'Бои шли у посёлка Кумдара всю ночь.', [['place', 'Кумдара']]],
    ['pl', 'Mieszkańcy wsi Borowina protestowali.', [['place', 'Borowina']]],
    ['de', 'Es ist das erste Terminal Deutschlands. Gas kommt aus den Niederlanden.', [['place', 'Deutschland'], ['place', 'Niederlande']]],
    ['de', 'Die Jets landen auf dem Marinestützpunkt Velgast.', [['place', 'Velgast']]],
    ['de', 'Die Schiffe liegen am Oderhafen.', [['place', 'Oderhafen']]],
    ['nl', 'Er werden drones gezien bij de Velderhaven. Bewoners van de wijk Marlodorp klagen.', [['place', 'Velderhaven'], ['place', 'Marlodorp']]],
    ['it', 'Le esercitazioni si svolgono nel poligono di Torvalla.', [['place', 'Torvalla']]],
    ['it', 'Le navi sono arrivate a Capo Velloro e nel Mar Tirreno. Il capo Mario Rossi ha parlato.', [['place', 'Capo Velloro'], ['place', 'Mar Tirreno'], ['person', 'Mario Rossi']]],
    ['pt', 'O esquema usava o porto de Itaquara para enviar carga.', [['place', 'Itaquara']]],
    ['pt', 'As empresas ficam na Avenida Tolosa Brava.', [['place', 'Avenida Tolosa Brava']]],
    ['fr', 'Plusieurs communes du département de l’Ardalon vivent sous couvre-feu.', [['place', 'Ardalon']]],
    ['es', 'Los pozos de la cuenca del Talmar siguen cerrados.', [['place', 'Talmar']]],
    ['tr', 'Hat, Kars’ın Kozluca ilçesinden geçiyor.', [['place', 'Kars'], ['place', 'Kozluca']]],
    ['tr', 'Kuzey Irak’ta yeni bir hat açıldı. Örgüt, Tendürek dağlarında toplandı.', [['place', 'Kuzey Irak'], ['place', 'Tendürek']]],
    ['ru', 'Лёд в Восточно-Карском море тает. Суда стоят в Анадырском заливе.', [['place', 'Восточно-Карское море'], ['place', 'Анадырский залив']]],
    ['ru', 'Караван прошёл пролив Тарвина и вышел в море Ломоносова.', [['place', 'пролив Тарвина'], ['place', 'море Ломоносова']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});

// English only: the words are read as function words or verbs by the English lexicon.
describe('a name of three capitalized words inside a sentence', () => {
  it.each([
    ['en', 'Its commander, Brigadier General May Soe Rein, said the camp was safe.', ['May Soe Rein']],
    ['en', 'A spokesman for the militia, Aung Kyaw Rein, said the road was open.', ['Aung Kyaw Rein']],
  ] as const)('in %s keeps words the lexicon reads as months, verbs or function words: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it('is no name in a headline written in title case', () => {
    expect(people('Rebels Say Talks Will Go On\nThe talks resumed on Monday in the capital.', 'en')).toEqual([]);
  });
});

describe('speakers of a quotation, and a given name after an article', () => {
  it.each([
    ['uk', '«Ми чекаємо на світло», — каже вчителька Олеся Гнатюк з Вилкового.', 'Олеся Гнатюк'],
    ['ru', '«Мы ждём свет», — говорит учительница Алёна Гнатюк из Вилково.', 'Алёна Гнатюк'],
    ['tr', 'Çarşıda terzi olan Nazmi Sarıçiçek, "Bu günü bekliyorduk" dedi.', 'Nazmi Sarıçiçek'],
    ['tr', 'Köyde çoban olan Yaşar Dumlupınar, "Su yok" diye konuştu.', 'Yaşar Dumlupınar'],
  ] as const)('in %s reads who speaks: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['it', 'Il ministro ha detto che la Marina Militare bonificherà le spiagge.'],
    ['es', 'Ayer la Rosa Blanca convocó una marcha en el centro.'],
  ] as const)('in %s reads no woman in a body’s name after an article: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'Los presos murieron en la Penitenciaría del Norte, la mayor cárcel del país.', 'Penitenciaría del Norte'],
    ['pt', 'Os presos foram levados ao Presídio Central de Arvoredo.', 'Presídio Central de Arvoredo'],
  ] as const)('in %s reads a prison as a place: “%s”', (lang, text, name) => {
    expect(named(text, lang)).toEqual([['place', name]]);
  });
});

// Arabic has its own reader (shared/tradecraft/arabic.ts): its mechanisms are tested in Arabic.
describe('Arabic places and people', () => {
  it.each([
    ['وقال المدير إن الإنتاج عاد في حقل الغزلان بعد أسبوع.', [['place', 'الغزلان']]],
    ['ويقع الحقل قرب مدينة تاورغاء في الشرق.', [['place', 'تاورغاء']]],
    ['ويُنقل الخام إلى مصفاة الرميلة شمالاً.', [['place', 'الرميلة']]],
    ['ووقعت اشتباكات في البصرة وتلعفر أمس.', [['place', 'البصرة'], ['place', 'تلعفر']]],
    ['وتصدّر النفط عبر موانئ في السدرة وراس المنقار.', [['place', 'راس المنقار']]],
    ['وقالت القاضية ليلى الساعدي إن النتائج نهائية.', [['person', 'ليلى الساعدي']]],
    ['وسيحدد التوازن اسم رئيس الوزراء المقبل أكثر مما تحدده الأحزاب.', []],
    ['ويبقى الحل مرهوناً بانسحاب القوات من سوريا وبقرار سياسي في القاهرة.', [['place', 'سوريا'], ['place', 'القاهرة']]],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });
});

describe('Polish lands after "na"', () => {
  it.each([
    ['Awaria wodociągu na Kociewiu trwała dwa dni.', [['place', 'Kociewie']]],
    ['Rolnicy protestowali na Kurpiach i na Warmii.', [['place', 'Kurpie'], ['place', 'Warmia']]],
    ['Posty na Facebooku i na Twitterze zniknęły.', []],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'pl')).toEqual(expected);
  });
});

describe('a place and the compass point that names its part', () => {
  it.each([
    ['pt', 'Houve prisões em Goiás do Norte e no Paraná.', [['place', 'Goiás do Norte'], ['place', 'Paraná']]],
    ['es', 'Llegaron a Ciudad Vieja del Norte ayer.', [['place', 'Ciudad Vieja del Norte']]],
    ['pt', 'O jogo do Grêmio do Sul terminou.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});

describe('Polish places with an adjective', () => {
  it.each([
    ['Statki stoją w Zatoce Puckiej od wtorku.', [['place', 'Zatoka Pucka']]],
    ['Woda z Zalewu Szczecińskiego jest brudna.', [['place', 'Zalew Szczeciński']]],
    ['Gaz trafi do całej Europy Wschodniej.', [['place', 'Europa Wschodnia']]],
    ['Praca dla mieszkańców Dolnego Śląska.', [['place', 'Dolny Śląsk']]],
  ] as const)('reads “%s”', (text, expected) => {
    expect(named(text, 'pl')).toEqual(expected);
  });
});

describe('a trade in lower case before a name', () => {
  it.each([
    ['fr', 'Selon l’économiste Ysaline Carrouge, la dette va croître.', 'Ysaline Carrouge'],
    ['es', 'Según la politóloga Maitane Urruzola, el voto fue claro.', 'Maitane Urruzola'],
    ['it', 'Secondo il ricercatore Ottavio Brenzini, il lago si ritira.', 'Ottavio Brenzini'],
    ['pt', 'Para a pesquisadora Iracema Tavolaro, o porto cresce.', 'Iracema Tavolaro'],
    ['pl', 'Jak uważa socjolog Bożydar Kwiecień, sprawa jest prosta.', 'Bożydar Kwiecień'],
    ['ru', 'Как считает экономист Ярослав Кубрин, рынок растёт.', 'Ярослав Кубрин'],
    ['uk', '«Світла немає», — каже пенсіонерка Орися Бабчук.', 'Орися Бабчук'],
    ['tr', 'Akademisyen Nurcan Ertuğ, kararın önemli olduğunu söyledi.', 'Nurcan Ertuğ'],
  ] as const)('in %s makes the name a person’s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});
