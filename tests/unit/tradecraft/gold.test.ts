/**
 * The entity index and the timeline against the gold sets we wrote
 * (tests/fixtures/tradecraft/gold). Each part is held to the targets
 * or, where it misses them, to what was measured on it, so a change that makes
 * names or dates noisier fails. Tuned parts (TUNED_PARTS: the extractors were
 * made general on them) are held to the targets unless FLOORS names them; a
 * blind part (BLIND_PARTS: written blind, never tuned on) is held to its row
 * in FLOORS, and is only measured until that row is written.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/tradecraft/events.ts';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import type { EntityKind } from '../../../shared/tradecraft/entity-key.ts';
import { BLIND_PARTS, GOLD_PARTS, type GoldPart, readDateGold, readEntityGold, sameMention, scoreDates, scoreEntities } from '../../helpers/tradecraft-gold.ts';

interface HeldTo {
  entities: Record<EntityKind, { precision: number; recall: number }>;
  dateAccuracy: number;
  pastDatedAfterReference: number;
}

/** The targets: precision ≥ 0.9 and recall ≥ 0.85 per kind, 90% of dates right, no past event after its article's date. */
const TARGETS: HeldTo = {
  entities: {
    person: { precision: 0.9, recall: 0.85 },
    organization: { precision: 0.9, recall: 0.85 },
    place: { precision: 0.9, recall: 0.85 },
  },
  dateAccuracy: 0.9,
  pastDatedAfterReference: 0,
};

/** What parts that miss the targets were measured at, a little rounded down; one row per part. */
const FLOORS: Partial<Record<GoldPart, HeldTo>> = {
  // Every tuned part meets the targets since 2026-12-06 evening and is held to them.
  // unseen then: person 0.976/0.952, organization 0.917/0.858, place 0.981/0.907; dates 1.000.
  // unseen-2, tuned on from then: person 0.959/0.949, organization 0.963/0.861, place 0.907/0.890; dates 1.000, none after its date.
  // unseen-2 before (blind): person 0.881/0.755, organization 0.713/0.477, place 0.748/0.579; dates 0.886.

  // unseen-3: 26 articles in 11 languages, 35 date cases, written blind; tuned on from 2026-12-06 night. While blind: on arrival, 2026-12-06: person 0.811/0.688,
  // organization 0.651/0.383, place 0.818/0.554; dates 0.823. After the tuning on unseen-2 (gazetteer, case endings,
  // given names, organizations without a head word): person 0.861/0.696, organization 0.675/0.461, place 0.828/0.633;
  // dates 0.852. After the second round (German, Polish and Ukrainian inflection, organizations by structure, Arabic,
  // place cues): person 0.838/0.784, organization 0.679/0.506, place 0.824/0.725; dates 0.885. After the third (company
  // descriptors and verbs, events, works and ships left out): person 0.845/0.784, organization 0.684/0.517, place
  // 0.824/0.725; dates 0.885; none after its date. Held to that until it meets the targets.
  // After the fourth round: place 0.900/0.896 (towns of the world, shapes and cues of places); dates 1.000 (weeks, months, years around the article’s).
  // After the fourth round, people and organizations (long names read back from their abbreviation, titles near a name, quotations' speakers,
  // bodies by their capitalized or lower-case heads, Arabic heads and titles): person 0.945/0.960, organization 0.893/0.789.
  // After a second round (newspapers and sources, report makers, parties after their members, peers after "its", units by
  // number, "X without Y"): person 0.968/0.968, organization 0.903/0.828, place 0.941/0.896; dates 1.000.
  // After the seventh round (people by structure: roles and appositions around a name no list knows, tuned on unseen-8): person 0.984/0.992.
  'unseen-3': {
    entities: {
      person: { precision: 0.98, recall: 0.99 },
      organization: { precision: 0.92, recall: 0.87 },
      place: { precision: 0.95, recall: 0.92 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-4: 27 articles in 12 languages, 40 date cases, written blind; tuned on from 2026-12-07. While blind: on arrival, 2026-12-06 night:
  // person 0.805/0.795, organization 0.652/0.495, place 0.832/0.715; dates 0.844, one past event after its date. After the
  // tuning on unseen-3: person 0.809/0.818, organization 0.762/0.615, place 0.874/0.765; dates 0.909, still one. After the
  // second round (organizations; a date takes its own clause's tense, and a past clause never dates after the article):
  // person 0.809/0.818, organization 0.770/0.626, place 0.874/0.765; dates 0.922, none after its date. After a third
  // (person precision from unlabelled page copies; landforms, inflected place heads, seas and regions): person
  // 0.818/0.818, organization 0.772/0.632, place 0.874/0.768; dates 0.922. Held to that until it meets the targets.
  // After the fourth round (people: trades and bodies between a title and its holder, Slavic surnames, quotations' speakers; places: heads, cues and cases per language, Arabic fields and joined places): person 0.989/0.989, place 0.945/0.923.
  // After the fourth round (organizations by structure: Arabic articled heads, Slavic heads with fields in the genitive, names joined by "and", heads of state offices, takeovers, gangs and NGOs, quoted names, bodies by the clause after them): organization 0.907/0.857.
  // After the fourth round (dates: the year's turn, "nesta quinta-feira"): dates 1.000, none after its date.
  'unseen-4': {
    entities: {
      person: { precision: 0.98, recall: 0.98 },
      organization: { precision: 0.91, recall: 0.89 },
      place: { precision: 0.97, recall: 0.95 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-5: 26 articles in 12 languages, 41 date cases, written blind on 2026-12-07; tuned on from 2026-12-07 later. While blind: on arrival:
  // person 0.815/0.781, organization 0.756/0.631, place 0.916/0.766; dates 0.899, none after its date. After the rounds
  // tuned on unseen-4 (people and places, organizations by structure, dates, a Hebrew reader), still blind: person
  // 0.842/0.833, organization 0.784/0.701, place 0.926/0.785; dates 0.974, none after its date.
  // After the fifth round (organizations by structure: kinds before names, legal forms left out, heads alone, cases of bodies): organization 0.906/0.877.
  // After the fifth round (people: role words and portfolios before a name, initials, Arabic professions; places: cues per language, German genitives, Slavic lists and compass adjectives, Turkish offices; dates: weekdays beside a day ahead): person 0.958/0.958, place 0.937/0.871; dates 1.000, none after its date.
  // Both rounds merged: person 0.979/0.958, organization 0.911/0.877, place 0.941/0.871; dates 1.000: every kind meets the targets.
  // After the seventh round, places by structure (tuned on unseen-8 and the invented-names probe): place 0.942/0.887.
  'unseen-5': {
    entities: {
      person: { precision: 0.97, recall: 0.96 },
      organization: { precision: 0.92, recall: 0.89 },
      place: { precision: 0.94, recall: 0.92 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-6: 27 articles in 12 languages, 41 date cases, written blind on 2026-12-07 later; tuned on from stop 26. While blind: on arrival:
  // person 0.818/0.828, organization 0.720/0.593, place 0.892/0.686; dates 0.939, none after its date. After the fifth
  // round, tuned on unseen-5 (organizations by structure; people, places, dates), still blind: person 0.843/0.862,
  // organization 0.797/0.677, place 0.894/0.701; dates 0.939, none after its date.
  // After the sixth round (places: names listed with "and", words for kinds of places per language, Arabic plurals, towns after prepositions; people: trades and titles before and set off, Arabic titles and "ولد"): person 0.903/0.966, place 0.925/0.837.
  // After the sixth round (organizations and people against bodies, tuned on unseen-6 and unseen-7): person 0.885/0.885, organization 0.848/0.765.
  // All rounds merged (and the dates round: present-tense schedules, "est attendu", clock times with a dot, source lists): person 0.933/0.966, organization 0.848/0.765, place 0.932/0.837; dates 0.963.
  // Stop 27 (nouns that end like a past, Russian "дело" and Dutch "State", tell no past): dates 1.000.
  // After the seventh round, places by structure (tuned on unseen-8 and the invented-names probe): place 0.933/0.848.
  // Stop 31's places round (a word for a place's kind before its name or a list) raised place recall a point.
  'unseen-6': {
    entities: {
      person: { precision: 0.93, recall: 0.96 },
      organization: { precision: 0.85, recall: 0.77 },
      place: { precision: 0.94, recall: 0.88 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-7: 28 articles in 12 languages (Central Asia, the Caucasus, the Balkans, Southeast Asia, Latin America), 40
  // date cases, written blind on 2026-12-07 later; tuned on from stop 26. While blind: on arrival: person 0.829/0.759, organization
  // 0.739/0.627, place 0.897/0.707; dates 0.961, none after its date. After the fifth round, still blind: person
  // 0.844/0.783, organization 0.761/0.654, place 0.884/0.717 (one more place found, two more wrong); dates 0.961.
  // After the sixth round (places: names listed with "and", words for kinds of places per language, Arabic plurals, towns after prepositions; people: trades and titles before and set off, Arabic titles and "ولد"): person 0.900/0.867, place 0.909/0.818.
  // After the sixth round (organizations and people against bodies, tuned on unseen-6 and unseen-7): person 0.880/0.795, organization 0.813/0.751.
  // All rounds merged: person 0.936/0.880, organization 0.819/0.757, place 0.913/0.821; dates 1.000.
  // After the seventh round (organizations by structure, tuned on unseen-8: roles only bodies hold, fields joined by "and" after any head, German seats and prosecutors): organization 0.820/0.762.
  // After the seventh round (people by structure, tuned on unseen-8): person 0.962/0.916.
  // After the seventh round, places by structure (tuned on unseen-8 and the invented-names probe): place 0.914/0.827.
  // Stop 29's people round (issue 15: quotations' speakers, titles, holders after bodies, particles): person 0.975/0.928, organization 0.835/0.768.
  // Stop 30's organizations round (issue 15, tuned on unseen-11: Slavic fields in the genitive plural, abbreviations with a number or a second word, Hebrew abbreviations and articled heads, offices as heads, Romance adjectives, legal forms before and after, carriers' lines, Arabic fields' adjectives, German parts of a period): organization 0.842/0.778 → 0.843/0.784.
  // Stop 31's places round (a word for a place's kind before its name or a list) raised place recall a point.
  'unseen-7': {
    entities: {
      person: { precision: 0.97, recall: 0.92 },
      organization: { precision: 0.84, recall: 0.78 },
      place: { precision: 0.93, recall: 0.87 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-8: 28 articles in 13 languages (West and East Africa, the Pacific, the Baltic and Nordic states, the Gulf, South
  // Asia), 41 date cases, written blind in stop 26; tuned on from stop 27. While blind: on arrival: person 0.861/0.819, organization
  // 0.744/0.604, place 0.869/0.693; dates 0.937, none after its date. After the sixth round (tuned on unseen-6 and
  // unseen-7), still blind: person 0.861/0.819, organization 0.765/0.631, place 0.877/0.722; dates 0.974.
  // Stop 27, dates (nouns that end like a Russian past, "родители", are no past; "jeudi dernier" on a Thursday is the week before): dates 1.000.
  // After the seventh round (organizations by structure, tuned on unseen-8: roles only bodies hold, fields joined by "and" after any head, German seats,
  // prosecutors and compound kinds, Slavic bodies with their country, kinds before a place's name): organization 0.803/0.677 (place 0.884/0.722).
  // After the seventh round (people by structure: a role word or a portfolio's end opening a name, a hometown after it, a middle name
  // left out, a title's seat before its holder, particles; roles with their genitive complement, ages, appositions, verbs of saying,
  // Indonesian titles): person 0.928/0.928 (invented-names probe over all parts: person recall 0.838 → 0.900).
  // After the seventh round, places (by structure, place-structure.ts: German prepositions with a noun test, English heads and state
  // possessions after a name, compass words opening a name, lists with commas, datelines' countries, Italian and French prepositions
  // with an article, Romance "and" with an article, Indonesian heads, Turkish, Dutch and Portuguese cues): place 0.884/0.769;
  // invented-names place P/R over all parts 0.828/0.533 → 0.840/0.584.
  // Stop 28's rounds (people, places, organizations; tuned on unseen-9): person 0.952/0.952, organization 0.814/0.705, place
  // 0.923/0.791 (the organizations engineer read some of unseen-8's errors while checking for regressions).
  // Stop 29's people round: person 0.952/0.964.
  // Stop 30's organizations round (issue 15, tuned on unseen-11: Slavic fields in the genitive plural, abbreviations with a number or a second word, Hebrew abbreviations and articled heads, offices as heads, Romance adjectives, legal forms before and after, carriers' lines, Arabic fields' adjectives, German parts of a period): organization 0.819/0.710 → 0.824/0.714.
  // Stop 30's places round (tuned on unseen-11: landform nouns before names, Polish cases against homographs, Indonesian prepositions of place): place 0.922/0.820.
  'unseen-8': {
    entities: {
      person: { precision: 0.95, recall: 0.96 },
      organization: { precision: 0.82, recall: 0.71 },
      place: { precision: 0.92, recall: 0.82 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-9: 28 articles in 13 languages (Central Asia, the Caucasus, the Andes, Central America, the Horn and South of
  // Africa, the Balkans, Arctic shipping, the South China Sea), 40 date cases, written blind in stop 26's second session,
  // never tuned on. On arrival (7d99abc): person 0.854/0.824, organization 0.748/0.684, place 0.898/0.752; dates 0.882,
  // none after its date. After that session's rounds, still blind: person 0.855/0.835, place 0.899/0.755 (Turkish endings
  // of place), the rest unchanged. After stop 27's rounds (tuned on unseen-8), still blind: person 0.855/0.835, organization
  // 0.759/0.690, place 0.896/0.765; dates 0.882. Tuned on from stop 28.
  // Stop 28, dates (issue 15: Russian perfective futures, clock words in every language, Portuguese "a", Indonesian): 0.973,
  // none after its date; the miss is "pada Senin lalu", read with "pada" as every date there, where the gold writes "Senin lalu".
  // Stop 28's names rounds, tuned on it: person 0.919/0.929 (Slavic titles' complements, Arabic family names, genitive names),
  // organization 0.869/0.764 (calendar words, defined abbreviations, boundaries, heads), place 0.929/0.796 (Slavic base forms).
  // Stop 29's people round: person 0.930/0.941.
  // Stop 30: dates scored by mention (a found expression holding the gold one or held by it, TempEval-3's relaxed
  // match): 1.000 (edges as written: 0.973).
  // Stop 30's organizations round (issue 15, tuned on unseen-11: Slavic fields in the genitive plural, abbreviations with a number or a second word, Hebrew abbreviations and articled heads, offices as heads, Romance adjectives, legal forms before and after, carriers' lines, Arabic fields' adjectives, German parts of a period): organization 0.876/0.770 → 0.882/0.776.
  // Stop 30's people round (names set off after a noun for someone, in Indonesian among them): person 0.931/0.953.
  // Stop 30's places round (tuned on unseen-11): place 0.934/0.823.
  // Stop 31's places round (a word for a place's kind before its name or a list) raised place recall a point.
  'unseen-9': {
    entities: {
      person: { precision: 0.93, recall: 0.95 },
      organization: { precision: 0.88, recall: 0.77 },
      place: { precision: 0.93, recall: 0.83 },
    },
    dateAccuracy: 1,
    pastDatedAfterReference: 0,
  },
  // unseen-10: 28 articles in 14 languages (the Sahel, West African corridors, the Congo's cobalt, Pacific tuna, the Mekong,
  // Indian Ocean ports, Caribbean hurricanes, Alpine water, Antarctic stations, central banks, sports bodies), 40 date cases,
  // written blind in stop 27, never tuned on. On arrival (after stop 27's dates fix, before its other rounds): person
  // 0.848/0.788, organization 0.835/0.721, place 0.932/0.715; dates 0.833, none after its date. After stop 27's rounds
  // (tuned on unseen-8), still blind: person 0.855/0.835, organization 0.841/0.721, place 0.922/0.724 (recall up,
  // precision down); dates 0.833.
  // After stop 28's rounds (tuned on unseen-9), still blind: person 0.878/0.847, organization 0.851/0.740, place 0.926/0.733;
  // dates 0.938 (the dates round written for all fourteen languages), none after its date. Tuned on from stop 29.
  // Stop 29's people round, tuned on it (issue 15): person 0.909/0.941, organization 0.858/0.747 (a title's body set off after a name).
  // Stop 30: dates scored by mention (a found expression holding the gold one or held by it, TempEval-3's relaxed
  // match): 0.975 (edges as written: 0.938).
  // Stop 30's organizations round (issue 15, tuned on unseen-11: Slavic fields in the genitive plural, abbreviations with a number or a second word, Hebrew abbreviations and articled heads, offices as heads, Romance adjectives, legal forms before and after, carriers' lines, Arabic fields' adjectives, German parts of a period): organization 0.860/0.760 → 0.855/0.766 (the Indonesian company after "PT" found, and its port, a place, read as its short name).
  // Stop 30's people round (a holder after a title's land in the genitive, a name set off after a noun for someone): person 0.921/0.965,
  // organization 0.854/0.760 (the land of "Глава Якутии" is read as a body now that the holder is read apart).
  // Stop 30's places round (tuned on unseen-11: Polish plural countries' genitives, Indonesian prepositions of place): place 0.938/0.785.
  // All of stop 30's rounds together: person 0.921/0.965, organization 0.849/0.766 (below the 0.85 floor of the
  // organizations round alone: the people round's "Якутии", read as a body), place 0.941/0.788; dates 0.975.
  'unseen-10': {
    entities: {
      person: { precision: 0.92, recall: 0.96 },
      organization: { precision: 0.84, recall: 0.76 },
      place: { precision: 0.94, recall: 0.78 },
    },
    dateAccuracy: 0.97,
    pastDatedAfterReference: 0,
  },
  // unseen-11: 28 articles in 14 languages (a Baltic energy hub, undersea cables off the Faroes, aviation in Nepal, GPS
  // jamming, drought insurance, rare earths, museum restitutions, launch sites, desalination, grain corridors, football
  // finances, Dutch manure rules…), 40 date cases, written blind in stop 28, never tuned on. On arrival (d37c9e9, the
  // rules of stop 27's end): person 0.882/0.817, organization 0.748/0.652, place 0.933/0.789; dates 0.790, none after
  // its date.
  // After stop 28's rounds (tuned on unseen-9), still blind: person 0.893/0.817, organization 0.769/0.674, place 0.941/0.802;
  // dates 0.897, none after its date.
  // After stop 29's rounds (tuned on unseen-10), still blind: person 0.908/0.841, organization 0.776/0.680, place
  // 0.941/0.805; dates 0.897, none after its date. Tuned on from stop 30.
  // Stop 30: dates scored by mention (a found expression holding the gold one or held by it, TempEval-3's relaxed
  // match): 0.947 (edges as written: 0.897).
  // Stop 30's dates round (issue 15: holidays, bare years with their year word, habitual weekends, days counted from the day
  // before, clock times written "p.m.", "пред-" futures, counts ahead with no past, Italian "nel" before a month): dates
  // 0.974, none after its date; the misses are "on 12/01/2027" (English slashes stay month first) and "over twee weken" (a
  // participle after a semicolon reads as a past in its clause).
  // Stop 30's organizations round (issue 15, tuned on unseen-11: Slavic fields in the genitive plural, abbreviations with a number or a second word, Hebrew abbreviations and articled heads, offices as heads, Romance adjectives, legal forms before and after, carriers' lines, Arabic fields' adjectives, German parts of a period): organization 0.776/0.680 → 0.862/0.770, place 0.941/0.805 → 0.945/0.802 (the Gironde, once read at the end of
  // a long name cut short, is now inside it, and "la préfecture de la Gironde" is still read as a body).
  // Stop 30's people round, tuned on it (issue 15: trades before a name, holders after a title's land or body in the genitive, names set off
  // after a noun for someone, Arabic and Hebrew quotation tags): person 0.908/0.841 → 0.919/0.963.
  // Stop 30's places round, tuned on it (issue 15: landform nouns before names and English "Mount", Russian possessive seas, Polish cases
  // against homographs, Indonesian prepositions of place): place 0.953/0.822.
  'unseen-11': {
    entities: {
      person: { precision: 0.91, recall: 0.96 },
      organization: { precision: 0.86, recall: 0.77 },
      place: { precision: 0.95, recall: 0.81 },
    },
    dateAccuracy: 0.97,
    pastDatedAfterReference: 0,
  },
  // unseen-12: 28 articles in 14 languages (desert locusts, Kiribati's sea boundary, a ship registry under sanctions, a
  // Peruvian mine strike, the Qosh Tepa canal, chip export licences, New Caledonian nickel, Timbuktu's airport, lithium
  // brine in Catamarca, the Derna dams, Morowali…), 40 date cases, written blind in stop 29, never tuned on. On arrival
  // (the rules of stop 28's end): person 0.902/0.813, organization 0.772/0.782, place 0.911/0.739; dates 0.659, none
  // after its date. After stop 29's rounds (tuned on unseen-10), still blind: person 0.904/0.824, organization
  // 0.772/0.782, place 0.921/0.761; dates 0.698, none after its date.
  // Stop 30: dates scored by mention (a found expression holding the gold one or held by it, TempEval-3's relaxed
  // match): 0.872 (edges as written: 0.698).
  // After stop 30's rounds (tuned on unseen-11), still blind: person 0.906/0.846, organization 0.772/0.782, place
  // 0.922/0.771; dates 0.936 (edges as written 0.864: the dates round's holidays and year words), none after its date.
  // Tuned on from stop 31: person 0.931/0.890 (speakers set off by commas, trades named by a participle, a trade and
  // a home town before the name), organization 0.809/0.814 (bodies named by their members or for their cause,
  // sentence openers, one-word descriptions), place 0.929/0.807 (a word for a place's kind before one name or a list);
  // dates 0.974 (edges as written 0.900: days with last/this/next year, holidays across the year's turn).
  'unseen-12': {
    entities: {
      person: { precision: 0.93, recall: 0.89 },
      organization: { precision: 0.8, recall: 0.81 },
      place: { precision: 0.92, recall: 0.8 },
    },
    dateAccuracy: 0.97,
    pastDatedAfterReference: 0,
  },
  // unseen-13: 28 articles in 14 languages (a Fijian sugar mill, Shetland ferries, measles in Ulaanbaatar, a Demerara bridge
  // toll, green ammonia at Lüderitz, Madagascar vanilla, Lake Constance whitefish, Baikal omul, Zonguldak firedamp, Konya
  // sinkholes, the Catoca tailings dam, the Oder verdict, Komodo fees…), 40 date cases with 115 events, written blind in
  // stop 30, never tuned on. On arrival (the rules of stop 29's end): person 0.920/0.863, organization 0.757/0.653, place
  // 0.871/0.715; dates 0.766, none after its date.
  // Stop 30: dates scored by mention (a found expression holding the gold one or held by it, TempEval-3's relaxed
  // match): 0.904 (edges as written: 0.766).
  // After stop 30's rounds (tuned on unseen-11), still blind: person 0.908/0.863 (precision down: German "ohne Felchen",
  // "das Plankton" and a title kept with a name), organization 0.759/0.658, place 0.868/0.718; dates 0.930 (edges as written
  // 0.835), none after its date.
  // After stop 31's rounds (tuned on unseen-12), still blind: person 0.908/0.863, organization 0.759/0.658 (both
  // unchanged), place 0.861/0.722; dates 0.948 (edges as written 0.851), none after its date.
  'unseen-13': {
    entities: {
      person: { precision: 0.9, recall: 0.86 },
      organization: { precision: 0.75, recall: 0.65 },
      place: { precision: 0.86, recall: 0.72 },
    },
    dateAccuracy: 0.94,
    pastDatedAfterReference: 0,
  },
  // unseen-14: 28 articles in 14 languages (cocoa clearance in Ghana, a geothermal appeal near Taupō, dengue in Dhaka, bog
  // rewetting in Offaly, the Abidjan tramway, the Pitztal ruling, Mexico City's water cuts, Caspian seals, the Lena bridge,
  // the BR-163, Barroso lithium, smog in Kraków, the Haifa Bay refineries, the Jakarta MRT…), 40 date cases with 94 events,
  // written blind in stop 31, never tuned on. On arrival (the rules of stop 30's end): person 0.882/0.882, organization
  // 0.780/0.639, place 0.881/0.703; dates 0.883 by mention (edges as written 0.765), none after its date.
  // After stop 31's rounds (tuned on unseen-12), still blind: person 0.883/0.895, organization 0.780/0.639 (unchanged),
  // place 0.891/0.707; dates 0.915 (edges as written 0.794), none after its date.
  'unseen-14': {
    entities: {
      person: { precision: 0.88, recall: 0.89 },
      organization: { precision: 0.78, recall: 0.63 },
      place: { precision: 0.89, recall: 0.7 },
    },
    dateAccuracy: 0.91,
    pastDatedAfterReference: 0,
  },
};

const blind = (part: GoldPart) => (BLIND_PARTS as readonly GoldPart[]).includes(part);

/** A tuned part answers to the targets unless it has floors; a blind part only to its floors, once measured. */
function heldTo(part: GoldPart): HeldTo | undefined {
  return FLOORS[part] ?? (blind(part) ? undefined : TARGETS);
}

describe.each(GOLD_PARTS)('the %s gold set', (part) => {
  const held = heldTo(part);

  it('has at least 10 articles in at least 4 languages, every one with names marked', () => {
    const articles = readEntityGold(part);
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(articles.map((a) => a.lang)).size).toBeGreaterThanOrEqual(4);
    for (const article of articles) expect(article.entities.size).toBeGreaterThan(0);
  });

  it.skipIf(held === undefined)('finds people, organizations and places with the precision and recall it is held to', () => {
    const score = scoreEntities(readEntityGold(part));
    for (const kind of score.kinds) {
      const floor = held!.entities[kind.kind];
      expect({ kind: kind.kind, precisionMet: kind.precision >= floor.precision, recallMet: kind.recall >= floor.recall, score: kind, errors: score.errors }).toMatchObject({
        kind: kind.kind,
        precisionMet: true,
        recallMet: true,
      });
    }
  });

  it.skipIf(held === undefined)('reads dates as well as it is held to, and dates no past-tense event after its article’s date', () => {
    const score = scoreDates(readDateGold(part));
    expect(score.pastDatedAfterReference).toBeLessThanOrEqual(held!.pastDatedAfterReference);
    expect(score.accuracy, JSON.stringify(score.errors)).toBeGreaterThanOrEqual(held!.dateAccuracy);
  });
});

describe('the date scorer', () => {
  it.each([
    ['2029', 'nel 2029', true],
    ['с 1 октября 2017 года', '1 октября 2017 года', true],
    ['Sunday', 'on Sunday,', true],
    ['spring 2027', 'in spring 2027', true],
    ['12 March', '13 March', false],
    ['last week', 'next week', false],
    ['', 'today', false],
  ])('takes the found "%s" for the gold mention "%s": %s', (found, gold, same) => {
    expect(sameMention(found, gold)).toBe(same);
  });
});

describe('the Turkey–Russia briefing an analyst tried', () => {
  const text = [
    'Russian President Vladimir Putin spoke with Turkish President Recep Tayyip Erdogan, the Kremlin said.',
    'Kremlin spokesman Dmitry Peskov said Putin had raised attacks by Hayat Tahrir al-Sham (HTS) in Idlib, Reuters reported. Erdogan urged restraint.',
    'Share on Twitter',
    'Watch on YouTube',
  ].join('\n');
  const mentions = extractEntities(text, 'en');
  const entities = new Set(mentions.map((m) => `${m.kind}:${m.name}`));

  it('lists each leader once, under the full name, with the title kept as the role', () => {
    expect(mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.name, m.role])).toEqual([
      ['Vladimir Putin', 'Vladimir Putin', 'Russian President'],
      ['Recep Tayyip Erdogan', 'Recep Tayyip Erdogan', 'Turkish President'],
      ['Dmitry Peskov', 'Dmitry Peskov', 'spokesman'],
      ['Putin', 'Vladimir Putin', undefined],
      ['Erdogan', 'Recep Tayyip Erdogan', undefined],
    ]);
  });

  it('finds the Kremlin, Reuters, HTS and Idlib, and not the page’s share buttons', () => {
    for (const name of ['organization:Kremlin', 'organization:Reuters', 'organization:Hayat Tahrir al-Sham', 'place:Idlib']) expect(entities).toContain(name);
    expect(mentions.find((m) => m.text === 'HTS')?.name).toBe('Hayat Tahrir al-Sham');
    expect([...entities].filter((e) => /Twitter|YouTube/.test(e))).toEqual([]);
  });

  it('takes no French word for a place', () => {
    const french = extractEntities('Ont-ils trouvé un accord ? Que dira Bruxelles ? Le président Emmanuel Macron répondra.', 'fr');
    expect(french.map((m) => [m.kind, m.name])).toEqual([
      ['place', 'Bruxelles'],
      ['person', 'Emmanuel Macron'],
    ]);
  });

  it('dates the capture of a town before the article, and leaves an undated article’s Sunday undated', () => {
    const sentence = 'Turkish-backed fighters captured Saraqib on Sunday.';
    expect(extractEvents(sentence, { publishedAt: '2026-02-13T08:00:00Z', capturedAt: '2026-02-20T10:00:00Z' })[0]?.date).toBe('2026-02-08');
    expect(extractEvents(sentence, { publishedAt: null, capturedAt: '2026-02-20T10:00:00Z' })[0]?.date).toBeNull();
  });

  it('reads no event in a Wikipedia reference', () => {
    const text = 'The siege ended in 2016.\nReferences\n^ "Siege ends". Reuters. 22 December 2016. Retrieved 3 January 2017.';
    expect(extractEvents(text, { publishedAt: '2020-01-01', capturedAt: '2026-01-01T00:00:00Z' }).map((e) => e.expression)).toEqual(['2016']);
  });
});
