/**
 * A quotation's speaker named after it, behind a verb of saying ("…", said
 * X; «…», dijo X; – mówi X): the name is a person's in every language that
 * writes names with capitals, on invented names no list holds. The cue wants
 * the quotation, the verb and a name set off after it; a verb with no
 * quotation before it, a body's name and a common word are left alone.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('the speaker named after a quotation', () => {
  it.each([
    ['en', '“The water has never been this low,” said Morvel Quistane, a ferry pilot.', 'Morvel Quistane'],
    ['en', '"We will appeal," added Tobrin Halewick.', 'Tobrin Halewick'],
    ['fr', '« Nous ne partirons pas », a expliqué Gaulène Virotte, maraîchère à la sortie du bourg.', 'Gaulène Virotte'],
    ['fr', '« Le pont tiendra », dit Aubrane Colmiet.', 'Aubrane Colmiet'],
    ['de', '„Das Wasser reicht nicht für alle“, sagte Hildrun Wettmoser am Montag.', 'Hildrun Wettmoser'],
    ['de', '„Wir warten seit Jahren“, erklärt Ottwin Brasnecker, Landwirt im Tal.', 'Ottwin Brasnecker'],
    ['es', '«Nos dijeron que en seis meses estaríamos abiertos», explicó Nerea Galvido, dueña de una tienda.', 'Nerea Galvido'],
    ['es', '"No hay agua", dijo Tomasio Urrebal.', 'Tomasio Urrebal'],
    ['it', '«Ci dicono di stare pronti», ha chiesto Lavinio Sartucce, che gestisce un bar.', 'Lavinio Sartucce'],
    ['it', '«Il mare è calmo», dice Orsola Vennaro.', 'Orsola Vennaro'],
    ['pt', '"O rio nunca esteve tão baixo", disse Jacinto Marrevale, pescador.', 'Jacinto Marrevale'],
    ['pt', '«Queremos um acordo», afirmou Dulcineia Parovas.', 'Dulcineia Parovas'],
    ['nl', '„De dijk houdt het”, zei Wuibrecht Haalstoen, een boer uit het dorp.', 'Wuibrecht Haalstoen'],
    ['nl', '„We wachten nog steeds”, aldus Femmeke Droonsma.', 'Femmeke Droonsma'],
    ['pl', '– Tu wszyscy oglądają telewizję – mówi Dobrosz Kelniak, nauczyciel z miasteczka.', 'Dobrosz Kelniak'],
    ['pl', '„Nie mamy wyboru” – powiedziała Wiesława Trąbnicka.', 'Wiesława Trąbnicka'],
    ['ru', '«Воды не хватает», — сказал Гордей Пелтузов.', 'Гордей Пелтузов'],
    ['ru', '«Мы будем ждать», — отметила Зарина Кульбаева, жительница посёлка.', 'Зарина Кульбаева'],
    ['uk', '«Ми не поїдемо», — сказав Тарас Дзюбенчук.', 'Тарас Дзюбенчук'],
    ['uk', '«Світла немає третій день», — каже Оксана Пелюшко, вчителька.', 'Оксана Пелюшко'],
    ['tr', '"Su yetmiyor," dedi Kerimhan Sözbaşı.', 'Kerimhan Sözbaşı'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toContain(name);
  });

  it.each([
    // No quotation before the verb: who is told something is not said to speak.
    ['en', 'The ministry said Nordvale Shipping would pay the fine.'],
    // A body's name after the verb.
    ['en', '“The talks are over,” said Reuters.'],
    ['es', '«La situación es grave», dijo el Ministerio de Salud.'],
    // An article after the verb: a body follows, not a name.
    ['de', '„Das reicht nicht“, sagte die Deutsche Bahn.'],
    ['fr', '« C’est fini », dit la Préfecture.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
