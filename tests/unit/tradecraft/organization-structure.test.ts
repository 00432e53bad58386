/**
 * Organizations by the structure of the text around them (the fifth round,
 * on failure classes of unseen-5), on invented sentences: the word for a kind
 * of body before its name, sentence-case names after it, legal forms, heads
 * before a complement or a seat, inflected Polish bodies, the end of a Romance
 * body's name, Russian agencies' fields and Arabic papers.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const reads = (cases: ReadonlyArray<readonly [string, string, readonly [string, string]]>) =>
  it.each(cases)('in %s reads “%s”', (lang, text, entity) => {
    expect(named(text, lang)).toContainEqual(entity);
  });

const readsNot = (cases: ReadonlyArray<readonly [string, string, readonly [string, string]]>) =>
  it.each(cases)('in %s does not read “%s” as %j', (lang, text, entity) => {
    expect(named(text, lang)).not.toContainEqual(entity);
  });

describe('a word for a foundation, a collective, a movement, an alliance or a lab before or beside a name', () => {
  reads([
    ['es', 'El recurso lo presentó la fundación Agua Limpia Norte, que pidió una auditoría.', ['organization', 'Agua Limpia Norte']],
    ['nl', 'De klacht kwam van de stichting Brelvoort, die omwonenden vertegenwoordigt.', ['organization', 'Brelvoort']],
    ['fr', 'Le vaccin est produit par Morvalis, un laboratoire installé près de Lyon.', ['organization', 'Morvalis']],
    ['en', 'Tessary, the seed alliance based in Nairobi, said it had shipped kits.', ['organization', 'Tessary']],
    ['tr', 'Yerel gazete Kandemir Postası ilk haberi verdi.', ['organization', 'Kandemir Postası']],
    ['pt', 'O protesto foi convocado pelo coletivo Vozes do Cerrado, que reúne estudantes.', ['organization', 'Vozes do Cerrado']],
  ]);
  readsNot([
    // A person's name after a kind of body with a comma between them is an apposition of another kind.
    ['en', 'The foundation chair, Tomas Virelli, resigned on Monday.', ['organization', 'Tomas Virelli']],
    // Nor the person who leads or founded it.
    ['en', 'The movement Maria Lopez founded grew fast.', ['organization', 'Maria Lopez']],
    ['fr', 'Le collectif Marie Durand a fondé en 2019 compte mille membres.', ['organization', 'Marie Durand']],
  ]);
});

describe('a Russian or Ukrainian name in sentence case after a word for a paper or a fund', () => {
  reads([
    ['ru', 'Как сообщило издание Северная звезда, завод остановлен.', ['organization', 'Северная звезда']],
    ['ru', 'Об этом рассказал глава фонда Чистая вода Урала.', ['organization', 'Чистая вода Урала']],
    ['uk', 'Видання Волинська думка пише, що міст закрили.', ['organization', 'Волинська думка']],
  ]);
  readsNot([
    // The verb after the name is not part of it.
    ['uk', 'Видання Волинська думка пише, що міст закрили.', ['organization', 'Волинська думка пише']],
    ['ru', 'Газета Вечерний курьер сообщила, что мост закрыт.', ['organization', 'Вечерний курьер сообщила']],
  ]);
});

describe('a company named with its legal form is the company without it', () => {
  reads([
    ['pt', 'As ações da Tarumã Mineração S.A. caíram 4%. A Tarumã Mineração negou.', ['organization', 'Tarumã Mineração']],
    ['de', 'Die Firma Hollmer Logistik GmbH stellt ein.', ['organization', 'Hollmer Logistik']],
    ['en', 'Shares in Quillbrook Holdings Ltd fell.', ['organization', 'Quillbrook Holdings']],
  ]);
  readsNot([['pt', 'As ações da Tarumã Mineração S.A. caíram 4%.', ['organization', 'Tarumã Mineração S.A']]]);
});

describe('German bodies: named by their seat, a parliament of a land, a head before its complement', () => {
  reads([
    ['de', 'Vor dem Landgericht Stuttgart begann am Montag der Prozess.', ['organization', 'Landgericht Stuttgart']],
    ['de', 'Der Bayerische Landtag hat das Gesetz beschlossen.', ['organization', 'Bayerischer Landtag']],
    ['de', 'Der Bericht des Landesamts für Statistik erschien am Freitag.', ['organization', 'Landesamt für Statistik']],
    ['de', 'Die Straßenbauverwaltung des Bundes sperrte die Brücke.', ['organization', 'Straßenbauverwaltung des Bundes']],
    ['de', 'Kritik kam von der Bürgerinitiative Ohne Fluglärm Leben.', ['organization', 'Ohne Fluglärm Leben']],
    ['de', 'Die Stadtwerke Gotha erhöhen die Preise.', ['organization', 'Stadtwerke Gotha']],
  ]);
  readsNot([
    ['de', 'Vor dem Landgericht Stuttgart begann am Montag der Prozess.', ['organization', 'Stuttgart']],
    ['de', 'Die Straßenbauverwaltung des Bundes sperrte die Brücke.', ['organization', 'Straßenbauverwaltung des Bund']],
  ]);
});

describe('a Polish body in another case, with the adjectives around its head', () => {
  reads([
    ['pl', 'Sprawa trafi przed Sądem Rejonowym w Opolu w marcu.', ['organization', 'Sąd Rejonowy w Opolu']],
    ['pl', 'Prezes powiedział Krajowej Izbie Rzemieślniczej, że ceny rosną.', ['organization', 'Krajowa Izba Rzemieślnicza']],
    ['pl', 'Rzecznik mówił w Radiu Wisła, że szkoła jest zamknięta.', ['organization', 'Radio Wisła']],
    ['pl', 'Lekarka powiedziała Gazecie Pomorskiej, że brakuje łóżek.', ['organization', 'Gazeta Pomorska']],
    ['pl', 'Protest odbył się przed Szpitalem Miejskim w Tczewie.', ['organization', 'Szpital Miejski w Tczewie']],
    ['pl', 'Analitycy Domu Maklerskiego Orlik uważają, że kurs spadnie.', ['organization', 'Dom Maklerski Orlik']],
    ['pl', 'Dane Wojewódzkiego Urzędu Pracy pokazują spadek bezrobocia.', ['organization', 'Wojewódzki Urząd Pracy']],
  ]);
  readsNot([
    ['pl', 'Rzecznik mówił w Radiu Wisła, że szkoła jest zamknięta.', ['organization', 'Rada Wisła']],
    ['pl', 'Lekarka powiedziała Gazecie Pomorskiej, że brakuje łóżek.', ['person', 'Gazecie Pomorskiej']],
  ]);
});

describe('where a Romance body’s name ends', () => {
  reads([
    ['pt', 'A Guarda Costeira angolana colabora com a investigação.', ['organization', 'Guarda Costeira']],
    ['it', 'Il sindaco ha accusato il Consiglio di bloccare i lavori.', ['organization', 'Consiglio']],
    ['es', 'La Comisión Nacional de Energía publicó el informe.', ['organization', 'Comisión Nacional de Energía']],
  ]);
  readsNot([
    ['pt', 'A Guarda Costeira angolana colabora com a investigação.', ['organization', 'Guarda Costeira angolana']],
    ['es', 'El diputado acusó al Tribunal de frenar la obra.', ['organization', 'Tribunal de frenar']],
    ['it', 'Il sindaco ha accusato il Consiglio di bloccare i lavori.', ['organization', 'Consiglio di bloccare']],
  ]);
});

describe('a Russian agency and its field, and a stressed adjective', () => {
  reads([
    ['ru', 'Об этом сообщило Агентство по делам национальностей в среду.', ['organization', 'Агентство по делам национальностей']],
    ['ru', 'Московский городской суд отклонил жалобу.', ['organization', 'Московский городской суд']],
  ]);
  readsNot([['ru', 'Министерство обороны по традиции провело парад.', ['organization', 'Министерство обороны по традиции']]]);
});

describe('a force, an initiative or a high commission heads a Romance body’s name', () => {
  reads([
    ['pt', 'Um helicóptero da Força Naval chegou ao porto.', ['organization', 'Força Naval']],
    ['es', 'La Iniciativa Vecinal presentó un recurso.', ['organization', 'Iniciativa Vecinal']],
    ['fr', 'Le Haut-Commissariat aux forêts a publié un avis.', ['organization', 'Haut-Commissariat aux forêts']],
    ['it', 'La Forza Civica ha presentato una lista.', ['organization', 'Forza Civica']],
  ]);
  readsNot([['pt', 'A força do vento derrubou árvores.', ['organization', 'força']]]);
});

describe('a Romance head in lower case before a known place', () => {
  reads([
    ['fr', "L'affaire sera jugée par la cour d'appel de Rennes en mai.", ['organization', "cour d'appel de Rennes"]],
    ['es', 'Lo dijo un investigador de la universidad de Valencia.', ['organization', 'universidad de Valencia']],
  ]);
  readsNot([["fr", "L'affaire sera jugée par la cour d'appel de Rennes en mai.", ['place', 'Rennes']]]);
});

describe('a head written alone after the body it heads', () => {
  reads([
    ['es', 'La Corte Electoral anuló la lista. Después, el partido criticó a la Corte el martes.', ['organization', 'Corte Electoral']],
    ['pt', 'A Guarda Costeira resgatou doze pessoas. O ministro pediu que a Guarda reforce as patrulhas.', ['organization', 'Guarda Costeira']],
  ]);
  readsNot([
    ['es', 'La Corte Electoral anuló la lista. Después, el partido criticó a la Corte el martes.', ['organization', 'Corte']],
    ['pt', 'A Guarda Costeira resgatou doze pessoas. O ministro pediu que a Guarda reforce as patrulhas.', ['organization', 'Guarda']],
  ]);
  it('leaves a head alone when the article names two bodies with it', () => {
    const found = named('La Corte Electoral y la Corte Suprema discrepan. La Corte falló el lunes.', 'es');
    expect(found).toContainEqual(['organization', 'Corte']);
  });
});

describe('a Russian adjective and head before an abbreviation or a quoted name say what it is', () => {
  reads([['ru', 'Японская корпорация KMT получит заказ.', ['organization', 'KMT']]]);
  readsNot([
    ['ru', 'Японская корпорация KMT получит заказ.', ['organization', 'Японская корпорация']],
    ['ru', 'Совет директоров и корпорация Вельта подписали договор.', ['organization', 'Совет директоров и корпорация']],
  ]);
});

describe('Dutch bodies through "voor de" and, after a word for their kind, "op"', () => {
  reads([
    ['nl', 'Volgens het Nationaal Instituut voor de Volksgezondheid stijgt het aantal gevallen.', ['organization', 'Nationaal Instituut voor de Volksgezondheid']],
    ['nl', 'De klacht kwam van de vereniging Recht op Stilte, die bewoners vertegenwoordigt.', ['organization', 'Recht op Stilte']],
  ]);
  readsNot([['nl', 'De klacht kwam van de vereniging Recht op Stilte, die bewoners vertegenwoordigt.', ['organization', 'Recht']]]);
});

describe('more words for a kind of body, and a bureau', () => {
  reads([
    ['tr', 'Yerel haber sitesi Kuzey Postası olayı duyurdu.', ['organization', 'Kuzey Postası']],
    ['pt', 'A ONG Mar Sereno denunciou o derrame.', ['organization', 'Mar Sereno']],
    ['ar', 'قال المرصد الليبي للبيئة إن', ['organization', 'المرصد الليبي للبيئة']],
    ['uk', 'За даними Регіонального слідчого бюро (РСБ), фірма отримала гроші. РСБ повідомило про обшуки.', ['organization', 'Регіональне слідче бюро']],
    ['uk', 'Компанія «Поліський ліс» заявила про збитки.', ['organization', 'Поліський ліс']],
  ]);
  readsNot([
    ['pt', 'A ONG Mar Sereno denunciou o derrame.', ['organization', 'ONG Mar Sereno']],
    ['uk', 'За даними Регіонального слідчого бюро (РСБ), фірма отримала гроші. РСБ повідомило про обшуки.', ['organization', 'РСБ']],
  ]);
});

describe('a Slavic body opening the sentence', () => {
  reads([
    ['ru', 'Федеральная таможенная служба изменила правила.', ['organization', 'Федеральная таможенная служба']],
    ['uk', 'Державна митна служба змінила правила.', ['organization', 'Державна митна служба']],
  ]);
  readsNot([['ru', 'Новая служба доставки открылась в среду.', ['organization', 'Новая служба']]]);
});

describe('forces named in the plural, with their country', () => {
  reads([
    ['uk', 'Сухопутні сили повідомили про відведення техніки.', ['organization', 'Сухопутні сили']],
    ['uk', 'За даними Збройних сил Молдови, навчання тривають.', ['organization', 'Збройні сили Молдови']],
    ['ru', 'Представитель Военно-морских сил Казахстана заявил об учениях.', ['organization', 'Военно-морские силы Казахстана']],
  ]);
  readsNot([
    ['uk', 'Російські сили атакували порт уночі.', ['organization', 'Російські сили']],
    ['ru', 'Об этом сообщила пресс-служба Центрального банка Армении.', ['organization', 'Центрального банка Армении']],
    ['ru', 'Военно-морских сил Казахстана', ['organization', 'Военно-морскые силы Казахстана']],
  ]);
});

describe('Arabic papers without the word for them, and a joined word after an adjective', () => {
  reads([
    ['ar', 'ونشرت صحيفة الفجر صوراً للسد.', ['organization', 'الفجر']],
    ['ar', 'وقالت جريدة المساء اللبنانية إن الطريق مغلق.', ['organization', 'المساء']],
    ['ar', 'وقال باحث في مركز الأبحاث الزراعية والبيئية إن المحصول تراجع.', ['organization', 'مركز الأبحاث الزراعية والبيئية']],
  ]);
  readsNot([['ar', 'ونشرت صحيفة الفجر صوراً للسد.', ['organization', 'صحيفة الفجر']]]);
});
