/**
 * Gold articles rewritten with invented names of one kind: what the names
 * reader finds once the names it may know from its lists are gone. Each marked
 * name of the chosen kind becomes invented words built from its language's
 * letters and syllables, the same invented word for the same real word across
 * the article, so a short form keeps naming its full name
 * (`{P|Putin|Vladimir Putin}` → `{P|Dravel|Tomas Dravel}`). Head words
 * ("Ministry", "River", "Bakanlığı"), legal forms ("GmbH", "S.A."), articles,
 * compass words and lower-case words stay; an acronym of its full name's
 * initials becomes the invented name's initials, any other an invented acronym.
 * Only marked text changes: a suffix outside the braces stays
 * (`{L|Ankara}'da` → `{L|Velmora}'da`), and an inflected form marked with its
 * base (`{L|Płocku|Płock}`) keeps its ending after the invented stem that
 * replaces the part both forms share (`{L|Velmoru|Velmor}`). Arabic (no
 * capitals to tell a name by) and languages without a syllable table are left
 * as written.
 */
import type { EntityKind } from '../../shared/tradecraft/entity-key.ts';
import { seededRandom } from './random.ts';
import type { MarkedArticle } from './tradecraft-gold.ts';

interface Syllables {
  onsets: readonly string[];
  /** Vowel sets a word draws from; more than one where a word keeps to one set (Turkish harmony). */
  vowels: ReadonlyArray<readonly string[]>;
  codas: readonly string[];
}

const SYLLABLES: Record<string, Syllables> = {
  en: { onsets: ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'w'], vowels: [['a', 'e', 'i', 'o', 'u', 'ea', 'ai']], codas: ['', 'n', 'r', 'l', 's', 'th', 'ck', 'nd', 'm'] },
  fr: { onsets: ['b', 'ch', 'd', 'f', 'g', 'gr', 'j', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 't', 'v'], vowels: [['a', 'e', 'é', 'i', 'o', 'ou', 'au', 'ai']], codas: ['', 'n', 'r', 'l', 's', 't'] },
  de: { onsets: ['b', 'br', 'd', 'f', 'g', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'r', 's', 'sch', 'st', 't', 'w', 'z'], vowels: [['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au']], codas: ['n', 'r', 'l', 's', 'ch', 'ck', 'nd', 'rt', 'tz', ''] },
  es: { onsets: ['b', 'c', 'd', 'g', 'j', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'll', 'ch'], vowels: [['a', 'e', 'i', 'o', 'u']], codas: ['', '', 'n', 's', 'r', 'l'] },
  it: { onsets: ['b', 'c', 'd', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tt', 'll', 'ss', 'rr'], vowels: [['a', 'e', 'i', 'o', 'u']], codas: [''] },
  pt: { onsets: ['b', 'c', 'd', 'g', 'j', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'lh', 'nh'], vowels: [['a', 'e', 'i', 'o', 'u', 'ã']], codas: ['', '', 's', 'r', 'm'] },
  nl: { onsets: ['b', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'sch', 't', 'v', 'w', 'z'], vowels: [['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ij', 'ui', 'oe']], codas: ['n', 'r', 'l', 'k', 's', 't', 'rt', 'nd'] },
  tr: { onsets: ['b', 'c', 'ç', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'ş', 't', 'y', 'z'], vowels: [['a', 'ı', 'o', 'u'], ['e', 'i', 'ö', 'ü']], codas: ['', 'n', 'r', 'l', 'k', 'z', 't', 'y'] },
  pl: { onsets: ['b', 'd', 'g', 'k', 'ł', 'm', 'n', 'p', 'r', 's', 'sz', 'cz', 'w', 'z', 'ż', 'ch', 'dz'], vowels: [['a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ó']], codas: ['', 'k', 'n', 'w', 'sz', 'ń', 'ł'] },
  ru: { onsets: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ш', 'ч', 'бр', 'гр', 'ст', 'кр'], vowels: [['а', 'е', 'и', 'о', 'у', 'ы']], codas: ['', 'н', 'р', 'в', 'к', 'л', 'с'] },
  uk: { onsets: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'х', 'ш', 'ч', 'бр', 'гр', 'ст', 'кр'], vowels: [['а', 'е', 'и', 'і', 'о', 'у', 'ї']], codas: ['', 'н', 'р', 'в', 'к', 'л', 'с'] },
};

/** Languages whose gold articles the rewriter changes; others are left as written. */
export const INVENTED_NAME_LANGS: readonly string[] = Object.keys(SYLLABLES);

/** Words kept in a name of any kind: articles, particles and legal forms, folded (lower case, no dots). */
const KEPT_IN_ANY = [
  'the', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'der', 'die', 'das', 'de', 'het', 'al', 'van', 'von', 'da', 'di', 'del', 'du', 'dos',
  'gmbh', 'ag', 'se', 'ltd', 'inc', 'plc', 'llc', 'corp', 'co', 'sa', 'spa', 'nv', 'bv', 'kg', 'sdn', 'bhd', 'sac', 'sp', 'oo', 'aş', 'sarl', 'srl', 'ab', 'asa', 'oy',
];

const KEPT_BY_KIND: Record<EntityKind, readonly string[]> = {
  person: ['bin', 'ibn', 'abu', 'abd', 'mac', 'jr', 'sr'],
  organization: [
    'ministry', 'ministère', 'ministerium', 'ministerio', 'ministero', 'ministério', 'ministerie', 'bakanlığı', 'ministerstwo', 'министерство', 'міністерство',
    'bank', 'banque', 'banco', 'banca', 'bankası', 'банк', 'party', 'parti', 'partei', 'partido', 'partito', 'partij', 'partisi', 'partia', 'партия', 'партія',
    'council', 'conseil', 'rat', 'consejo', 'consiglio', 'conselho', 'raad', 'konseyi', 'rada', 'совет', 'рада',
    'agency', 'agence', 'agentur', 'agencia', 'agenzia', 'agência', 'ajansı', 'agencja', 'агентство',
    'university', 'université', 'universität', 'universidad', 'università', 'universidade', 'universiteit', 'üniversitesi', 'uniwersytet', 'университет', 'університет',
    'commission', 'kommission', 'comisión', 'commissione', 'comissão', 'commissie', 'komisyonu', 'komisja', 'комиссия', 'комісія',
    'union', 'unión', 'unione', 'união', 'unie', 'birliği', 'unia', 'союз',
    'court', 'cour', 'gericht', 'tribunal', 'corte', 'hof', 'mahkemesi', 'sąd', 'trybunał', 'суд',
    'institute', 'institut', 'instituto', 'istituto', 'instituut', 'enstitüsü', 'instytut', 'институт', 'інститут',
    'group', 'groupe', 'gruppe', 'grupo', 'gruppo', 'groep', 'grubu', 'grupa', 'группа', 'група',
    'company', 'compagnie', 'compañía', 'compagnia', 'companhia', 'corporation', 'holding', 'holdings', 'airlines', 'airways', 'energy',
    'foundation', 'fondation', 'stiftung', 'fundación', 'fondazione', 'fundação', 'stichting', 'vakfı', 'fundacja', 'фонд',
    'association', 'verband', 'asociación', 'associazione', 'associação', 'vereniging', 'derneği', 'stowarzyszenie',
    'authority', 'autorité', 'behörde', 'autoridad', 'autorità', 'autoridade', 'autoriteit', 'kurumu', 'urząd', 'amt', 'office', 'bureau', 'büro',
    'army', 'armée', 'armee', 'ejército', 'esercito', 'exército', 'leger', 'ordusu', 'armia', 'армия', 'армія', 'navy', 'forces', 'force', 'police', 'polizei', 'policía', 'polizia', 'polícia', 'politie', 'polis', 'policja', 'полиция', 'поліція',
    'news', 'times', 'post', 'press', 'presse', 'zeitung', 'television', 'radio', 'tv',
    'organization', 'organisation', 'organización', 'organizzazione', 'organização', 'organisatie', 'örgütü', 'organizacja', 'организация', 'організація',
    'service', 'dienst', 'servicio', 'servizio', 'serviço', 'servis', 'służba', 'служба',
    'department', 'departamento', 'dipartimento', 'committee', 'comité', 'ausschuss', 'comitato', 'komitesi', 'komitet', 'комитет', 'комітет',
    'parliament', 'parlement', 'parlament', 'parlamento', 'парламент', 'congress', 'congreso', 'kongress', 'congresso', 'senate', 'sénat', 'senat', 'senado', 'senato',
    'government', 'gouvernement', 'regierung', 'gobierno', 'governo', 'regering', 'hükümeti', 'rząd', 'правительство', 'уряд',
    'centre', 'center', 'zentrum', 'centro', 'centrum', 'merkezi', 'центр', 'fund', 'fonds', 'fondo', 'fundusz', 'programme', 'program', 'programa', 'guard', 'coast', 'corps',
    'division', 'brigade', 'regiment', 'board', 'trust', 'exchange', 'hospital', 'hospitals', 'lab', 'laboratory', 'unit', 'endowment', 'alliance', 'society', 'société', 'gesellschaft', 'sociedad', 'società', 'sociedade', 'confederation', 'confédération', 'consortium', 'consorcio', 'consorzio', 'observatory', 'observatoire', 'observatório', 'gendarmerie', 'democrats', 'republicans',
    'belediyesi', 'başkanlığı', 'valiliği', 'müdürlüğü', 'kurulu', 'shipping', 'shipyard', 'motors', 'oil', 'gas', 'petroleum', 'mining', 'resources', 'logistics', 'industries', 'media', 'capital', 'partners', 'insights',
    'assembly', 'assemblée', 'versammlung', 'asamblea', 'assemblea', 'assembleia', 'meclisi', 'zgromadzenie', 'собрание',
    'national', 'nationale', 'nacional', 'nazionale', 'nationaal', 'federal', 'federale', 'central', 'centrale', 'international', 'internationale', 'internacional', 'supreme', 'suprema', 'supremo', 'general', 'général', 'royal', 'state', 'united', 'world',
  ],
  place: [
    'river', 'lake', 'gulf', 'sea', 'ocean', 'bay', 'strait', 'island', 'islands', 'mountains', 'mount', 'canal', 'desert', 'valley', 'highway', 'street', 'avenue', 'square', 'market', 'airport', 'province', 'region', 'county', 'republic', 'city',
    'fleuve', 'rivière', 'lac', 'golfe', 'mer', 'mont', 'baie', 'détroit', 'île', 'îles', 'rue', 'place', 'république', 'ville', 'port',
    'fluss', 'see', 'meer', 'golf', 'berg', 'insel', 'straße', 'platz', 'kanal', 'republik', 'stadt', 'bad',
    'río', 'lago', 'golfo', 'mar', 'monte', 'isla', 'calle', 'avenida', 'plaza', 'república', 'puerto', 'fiume', 'mare', 'isola', 'via', 'piazza', 'repubblica', 'porto', 'rio', 'ilha', 'rua', 'praça',
    'rivier', 'zee', 'eiland', 'straat', 'plein', 'nehri', 'gölü', 'körfezi', 'denizi', 'dağı', 'dağları', 'adası', 'boğazı', 'caddesi', 'kapısı', 'gümrük', 'havalimanı',
    'rzeka', 'jezioro', 'zatoka', 'morze', 'góry', 'wyspa', 'ulica', 'plac',
    'district', 'state', 'governorate', 'territory', 'peninsula', 'park', 'bridge', 'station', 'harbour', 'harbor', 'coast', 'highlands', 'plateau', 'basin', 'delta', 'field', 'mine', 'dam', 'reservoir', 'channel',
    'ilçesi', 'ili', 'mahallesi', 'köyü', 'heide', 'wald', 'tal', 'gebirge',
    'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'nord', 'sud', 'süd', 'ost', 'est', 'norte', 'sur', 'sul', 'kuzey', 'güney', 'doğu', 'batı',
    'new', 'nueva', 'nuevo', 'nouvelle', 'neu', 'saint', 'st', 'san', 'santa', 'são', 'sankt', 'santo', 'cape', 'cap', 'cabo', 'fort', 'upper', 'lower', 'great', 'greater', 'gran', 'grande',
  ],
};

const KEPT: Record<EntityKind, ReadonlySet<string>> = {
  person: new Set([...KEPT_IN_ANY, ...KEPT_BY_KIND.person]),
  organization: new Set([...KEPT_IN_ANY, ...KEPT_BY_KIND.organization]),
  place: new Set([...KEPT_IN_ANY, ...KEPT_BY_KIND.place]),
};

/** Heads a German or Dutch compound ends in ("Bundesministerium", "Bodensee"): the part before them is invented, the head kept. */
const COMPOUND_HEADS: Record<EntityKind, readonly string[]> = {
  person: [],
  organization: ['ministerium', 'ministerie', 'bank', 'partei', 'partij', 'gericht', 'verband', 'behörde', 'agentur', 'dienst', 'amt', 'raad', 'rat', 'wehr', 'polizei', 'politie', 'werk', 'werke', 'konzern', 'gesellschaft'],
  place: ['see', 'meer', 'zee', 'fluss', 'berg', 'gebirge', 'insel', 'straße', 'straat', 'platz', 'plein', 'kanal', 'hafen', 'haven'],
};

const MARK_OF_KIND: Record<EntityKind, string> = { person: 'P', organization: 'O', place: 'L' };
const MARK = /\{([POL])\|([^|}]+)(?:\|([^}]+))?\}/gu;
const RUN = /[\p{L}\p{M}]+/gu;
/** A shared beginning this long makes a written form an inflection of a word of its entity. */
const SHORTEST_SHARED_STEM = 3;

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash;
}

function sharedPrefixLength(a: string, b: string, lang: string): number {
  const x = a.toLocaleLowerCase(lang);
  const y = b.toLocaleLowerCase(lang);
  let length = 0;
  while (length < x.length && length < y.length && x[length] === y[length]) length++;
  return length;
}

const isUpper = (text: string, lang: string) => text === text.toLocaleUpperCase(lang) && text !== text.toLocaleLowerCase(lang);
const startsUpper = (run: string, lang: string) => isUpper(run[0]!, lang);

/** A mark's words, one invention per real word for the whole article. */
class Inventor {
  private readonly next: () => number;
  private readonly syllables: Syllables;
  private readonly taken: Set<string>;
  private readonly stems = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  /** Of a word of an entity: how much of it is the stem an invention replaces (the part its inflected forms share). */
  private readonly stemLength = new Map<string, number>();
  /** An inflected written form and the entity word it inflects. */
  private readonly inflects = new Map<string, string>();
  /** An acronym made of its entity's initials, and that entity: its invention is the initials of the invented entity. */
  private readonly initialsOf = new Map<string, string>();

  private readonly kind: EntityKind;
  private readonly lang: string;

  constructor(kind: EntityKind, lang: string, seed: string, existingText: string) {
    this.kind = kind;
    this.lang = lang;
    this.next = seededRandom(hashOf(seed));
    this.syllables = SYLLABLES[lang]!;
    this.taken = new Set([...existingText.matchAll(RUN)].map((m) => m[0].toLocaleLowerCase(lang)));
  }

  /** Records which written words inflect which words of their entity, before any word is invented. */
  learn(written: string, entity: string): void {
    const base = [...entity.matchAll(RUN)].map((m) => m[0]).filter((run) => startsUpper(run, this.lang));
    for (const run of base) if (!this.stemLength.has(run)) this.stemLength.set(run, run.length);
    if (written === entity) return;
    if (base.length > 1 && base.map((word) => word[0]).join('') === written) {
      this.initialsOf.set(written, entity);
      return;
    }
    for (const { 0: run } of written.matchAll(RUN)) {
      if (!startsUpper(run, this.lang) || base.includes(run)) continue;
      const closest = base.map((word) => ({ word, shared: sharedPrefixLength(word, run, this.lang) })).sort((a, b) => b.shared - a.shared)[0];
      if (closest === undefined || closest.shared < SHORTEST_SHARED_STEM) continue;
      this.inflects.set(run, closest.word);
      this.stemLength.set(closest.word, Math.min(this.stemLength.get(closest.word)!, closest.shared));
    }
  }

  /**
   * The name with its words invented; `entity` decides which words stay. A name
   * of one word is invented whole; one made only of head words ("Supreme
   * Court") keeps its last capitalized head and has the others invented.
   */
  rewrite(name: string, entity: string): string {
    const words = entity.trim().split(/\s+/u);
    const ownWord = this.hasOwnWord(words);
    const lastHead = words.length === 1 || ownWord ? undefined : [...entity.matchAll(RUN)].map((m) => m[0]).filter((run) => startsUpper(run, this.lang)).at(-1);
    const stays = (word: string) => words.length > 1 && this.isKept(word) && (ownWord || !startsUpper(word, this.lang) || word === lastHead);
    return name
      .split(/(\s+)/u)
      .map((token) => (stays(token) ? token : token.replace(RUN, (run) => (stays(run) ? run : this.rewriteRun(run)))))
      .join('');
  }

  private isKept(word: string): boolean {
    return KEPT[this.kind].has(word.replace(/[.,;:]/gu, '').toLocaleLowerCase(this.lang));
  }

  private hasOwnWord(words: readonly string[]): boolean {
    return words.some((token) => !this.isKept(token) && [...token.matchAll(RUN)].some((m) => startsUpper(m[0], this.lang) && !this.isKept(m[0])));
  }

  private rewriteRun(run: string): string {
    if (!startsUpper(run, this.lang)) return run;
    const expanded = this.initialsOf.get(run);
    if (expanded !== undefined) return this.initials(this.rewrite(expanded, expanded));
    const inflected = this.inflects.get(run);
    if (inflected !== undefined) {
      const invented = this.stem(inflected) + run.slice(this.stemLength.get(inflected));
      return isUpper(run, this.lang) ? invented.toLocaleUpperCase(this.lang) : invented;
    }
    if (run.length === 1 || isUpper(run, this.lang)) return this.acronym(run);
    const head = COMPOUND_HEADS[this.kind].find((h) => run.length >= h.length + SHORTEST_SHARED_STEM && run.toLocaleLowerCase(this.lang).endsWith(h));
    if (head !== undefined) return this.stem(run.slice(0, -head.length)) + run.slice(-head.length);
    return this.stem(run) + run.slice(this.stemLength.get(run) ?? run.length);
  }

  private initials(name: string): string {
    return [...name.matchAll(RUN)].map((m) => m[0]).filter((run) => startsUpper(run, this.lang)).map((run) => run[0]!.toLocaleUpperCase(this.lang)).join('');
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A new word for a real one, of its language's shape; Turkish keeps the real word's vowel harmony, so suffixes outside the mark still fit. */
  private stem(word: string): string {
    const known = this.stems.get(word);
    if (known !== undefined) return known;
    const { onsets, vowels, codas } = this.syllables;
    // A stem ends in a vowel or a consonant as the real word does, so endings and suffixes still fit: "Ankara'ya", "Москв|ы".
    const stemEnd = word.slice(0, this.stemLength.get(word) ?? word.length).toLocaleLowerCase(this.lang).at(-1) ?? '';
    const endsInVowel = vowels.some((candidates) => candidates.some((vowel) => vowel.endsWith(stemEnd)));
    const consonantCodas = codas.filter((coda) => coda !== '');
    const lastVowel = [...word.toLocaleLowerCase(this.lang)].reverse().find((char) => vowels.some((set) => set.includes(char)));
    const set = vowels.find((candidates) => lastVowel !== undefined && candidates.includes(lastVowel)) ?? vowels[0]!;
    let invented: string;
    do {
      const syllables = 2 + Math.floor(this.next() * 2);
      invented = Array.from({ length: syllables }, () => this.pick(onsets) + this.pick(set)).join('') + (endsInVowel ? '' : this.pick(consonantCodas.length > 0 ? consonantCodas : onsets));
    } while (this.taken.has(invented));
    this.taken.add(invented);
    const capitalized = invented[0]!.toLocaleUpperCase(this.lang) + invented.slice(1);
    this.stems.set(word, capitalized);
    return capitalized;
  }

  /** An acronym (or an initial) of the same length, from the language's letters. */
  private acronym(word: string): string {
    const known = this.acronyms.get(word);
    if (known !== undefined) return known;
    const letters = [...new Set([...this.syllables.onsets, ...this.syllables.vowels.flat()].filter((s) => [...s].length === 1))];
    let invented: string;
    do {
      invented = Array.from({ length: [...word].length }, () => this.pick(letters).toLocaleUpperCase(this.lang)).join('');
    } while (this.taken.has(invented.toLocaleLowerCase(this.lang)) && word.length > 1);
    this.taken.add(invented.toLocaleLowerCase(this.lang));
    this.acronyms.set(word, invented);
    return invented;
  }
}

/**
 * The article with every marked name of `kind` invented; the same article,
 * kind and draw always give the same words (seeded by the article's id and the
 * draw). Articles in a language outside INVENTED_NAME_LANGS come back unchanged.
 */
export function inventNames(article: MarkedArticle, kind: EntityKind, draw = 0): MarkedArticle {
  if (!INVENTED_NAME_LANGS.includes(article.lang)) return article;
  const inventor = new Inventor(kind, article.lang, `${article.id}:${kind}:${draw}`, article.marked);
  const ofKind = [...article.marked.matchAll(MARK)].filter((m) => m[1] === MARK_OF_KIND[kind]);
  for (const m of ofKind) inventor.learn(m[2]!, m[3] ?? m[2]!);
  const marked = article.marked.replace(MARK, (whole, mark: string, written: string, entity?: string) => {
    if (mark !== MARK_OF_KIND[kind]) return whole;
    const invented = inventor.rewrite(written, entity ?? written);
    return entity === undefined ? `{${mark}|${invented}}` : `{${mark}|${invented}|${inventor.rewrite(entity, entity)}}`;
  });
  return { ...article, marked };
}
