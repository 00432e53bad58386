/**
 * A speaker set off by commas in the clause that says what they said: the
 * verb of saying right after the closing comma ("The agency's senior weather
 * forecaster, Morvel Quistane, said"), or before the noun the name is set
 * off after ("«…», declaró su representante, Tomasio Urrebal."). Whatever
 * the noun before the name is, however long its complement ("La
 * rappresentante dell'agenzia a Velmara, Orsola Vennaro, ha detto"), the name
 * is a person's in every language that writes names with capitals, on
 * invented names no list holds. A body or a list of places set off so, a
 * name set off after a place's name, and a speaker named without commas, are
 * left as they were.
 */
import { describe, expect, it } from 'vitest';
import { named, peopleNamed as people } from '../../helpers/entities.ts';

describe('a speaker set off by commas', () => {
  it.each([
    ['en', "The agency's senior weather forecaster, Morvel Quistane, said the rains would come late.", 'Morvel Quistane'],
    ['en', '"The gates stay shut," said the union\'s chief negotiator, Tobrin Halewick.', 'Tobrin Halewick'],
    ['fr', 'Le PDG du groupe minier, Aubrane Colmiet, a affirmé que la mine rouvrirait.', 'Aubrane Colmiet'],
    ['fr', '« Nous restons ici », a déclaré le négociateur du syndicat, Gaulène Virotte.', 'Gaulène Virotte'],
    ['de', 'Die Vertreterin der Fischergenossenschaft, Hildrun Wettmoser, sagte, die Quoten seien zu niedrig.', 'Hildrun Wettmoser'],
    ['de', '„Wir bleiben“, sagte die Vertreterin des Vereins, Hildrun Wettmoser.', 'Hildrun Wettmoser'],
    ['es', 'La representante de la cooperativa en Chubut, Ramelda Urrebal, advirtió que faltará agua.', 'Ramelda Urrebal'],
    ['es', '«No hay agua», declaró su representante, Tomasio Urrebal.', 'Tomasio Urrebal'],
    ['it', "La rappresentante dell'agenzia a Velmara, Orsola Vennaro, ha detto che il porto è chiuso.", 'Orsola Vennaro'],
    ['it', '«Il porto riapre», ha dichiarato il negoziatore del sindacato, Lavinio Sartucce.', 'Lavinio Sartucce'],
    ['pt', 'O vereador da mobilidade da câmara, Jacindo Marrevale, afirmou que a greve acabou.', 'Jacindo Marrevale'],
    ['pt', '"Queremos um acordo", disse o negociador do sindicato, Jacindo Marrevale.', 'Jacindo Marrevale'],
    ['nl', 'De onderhandelaar van de vakbond, Wuibrecht Haalstoen, zei dat de staking doorgaat.', 'Wuibrecht Haalstoen'],
    ['nl', '„We staken door”, zei de onderhandelaar van de bond, Femmeke Droonsma.', 'Femmeke Droonsma'],
    ['pl', '– Lód topnieje – powiedziała kierowniczka wyprawy polarnej, Wiesława Trąbnicka.', 'Wiesława Trąbnicka'],
    ['ru', 'Руководитель экспедиции на Камчатке, Гордей Пелтузов, сообщил, что лава остывает.', 'Гордей Пелтузов'],
    ['uk', 'Керівниця експедиції в Карпатах, Оксана Пелюшко, повідомила, що ведмеді прокинулися.', 'Оксана Пелюшко'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toContain(name);
  });

  it.each([
    // A body set off so: its name holds a word of the language, or the noun before it is a body's.
    ['en', 'Its parent company, Tarvel Holdings, said profits fell.', 'Tarvel Holdings'],
    ['en', 'The deal collapsed. The company, Velkor Dramm, said it would appeal.', 'Velkor Dramm'],
    ['fr', "« Nous ferons appel », a déclaré la société, Velkor Dramm.", 'Velkor Dramm'],
    ['it', "La società, Velkor Dramm, ha detto che farà ricorso.", 'Velkor Dramm'],
    // A name set off after a place's name, which it describes.
    ['en', 'The fleet based in Pegrai Velmar, Guwim Galorai, says it cannot pay.', 'Guwim Galorai'],
    // Places listed between commas before a verb that is no verb of saying.
    ['es', 'Los puertos del sur, Puerto Velmar, Cabo Dorin y Isla Castrel, quedaron cerrados.', 'Puerto Velmar'],
  ] as const)('in %s names no one: “%s”', (lang, text, name) => {
    expect(named(text, lang)).not.toContainEqual(['person', name]);
  });
});
