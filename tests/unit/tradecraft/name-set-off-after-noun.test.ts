/**
 * A noun for someone, then the name set off by commas, then the clause's verb
 * ("A refugee, Morvel Quistane, said", "Ein Flüchtling, Ottwin Brasnecker,
 * sagte", "Беженка, Зарина Кульбаева, рассказала", "Seorang pengungsi, Sekar
 * Pramesthi, mengatakan"), and in Indonesian a title with its lower-case
 * complement before the name ("juru bicara polisi Rahmat Sulistyo"): the name
 * is a person's in every language, on invented names no list holds. A place
 * or a body set off so is left alone.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('a name set off after a noun for someone', () => {
  it.each([
    ['en', 'A refugee, Morvel Quistane, said the boat ran out of water.', 'Morvel Quistane'],
    ['fr', "Une réfugiée, Aubrane Colmiet, a raconté que le bateau manquait d'eau.", 'Aubrane Colmiet'],
    ['de', 'Ein Flüchtling, Ottwin Brasnecker, sagte, dem Boot sei das Wasser ausgegangen.', 'Ottwin Brasnecker'],
    ['de', 'Ihr Sprecher in Velmarsdorf, Gerwin Tallhoff, sagte, der Hafen sei geschlossen.', 'Gerwin Tallhoff'],
    ['es', 'Su portavoz en Girona, Ramona Urrebal, pidió priorizar el agua.', 'Ramona Urrebal'],
    ['it', 'Il suo portavoce a Velmara, Lavinio Sartucce, ha detto che il porto è chiuso.', 'Lavinio Sartucce'],
    ['pt', 'Uma refugiada, Dulcineia Parovas, contou que o barco ficou sem água.', 'Dulcineia Parovas'],
    ['nl', 'Een vluchteling, Femmeke Droonsma, vertelde dat de boot zonder water zat.', 'Femmeke Droonsma'],
    ['pl', 'Uchodźczyni, Wiesława Trąbnicka, powiedziała, że na łodzi zabrakło wody.', 'Wiesława Trąbnicka'],
    ['ru', 'Беженка, Зарина Кульбаева, рассказала, что на лодке кончилась вода.', 'Зарина Кульбаева'],
    ['uk', 'Біженка, Оксана Пелюшко, розповіла, що на човні скінчилася вода.', 'Оксана Пелюшко'],
    ['tr', 'Bir mülteci, Orhunay Dizdarlı, teknede suyun bittiğini söyledi.', 'Orhunay Dizdarlı'],
    ['id', 'Seorang pengungsi, Sekar Pramesthi, mengatakan perahunya kehabisan air.', 'Sekar Pramesthi'],
    ['id', 'Juru bicara Badan Pelabuhan, Dirga Wiratmaja, mengatakan pelabuhan ditutup.', 'Dirga Wiratmaja'],
    ['id', 'Menurut juru bicara polisi Rahmat Sulistyo, setiap penumpang membayar.', 'Rahmat Sulistyo'],
    ['ar', 'وقالت اللاجئة، سلمى الخوالدة، إن القارب نفد منه الماء.', 'سلمى الخوالدة'],
    ['he', 'תושבת העיר, מיכל גולדשטוק, סיפרה כי ראתה את הלהבות.', 'מיכל גולדשטוק'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['de', 'Ein Hafen, Velmarsdorf Nord, wurde geschlossen.'],
    ['ru', 'Столица, Новый Озерков, осталась без воды.'],
    ['id', 'Seorang pengungsi mengatakan perahunya kehabisan air.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
