/**
 * Metadata lines: the short lines around a headline that say who wrote the
 * story and when ("By Jane Doe | March 2, 2026 · 4 min read", "Posted on
 * March 2, 2026 by Marta Kowal", "Yayınlanma: 2 Mart 2026 10:15").
 */
import { isDeskByline, parseByline, type Byline } from './byline.ts';
import { findDate, type DateOptions, type FoundDate } from './dates.ts';
import { matchFurniture } from './furniture.ts';
import { countTextWords } from './lang.ts';
import { COMMON_STOPS, SCRIPT_OWN_STOPS } from './sentence-stops.ts';

/** What a date's label says it is: "Published …", "Updated …", or nothing. */
export type DateKind = 'published' | 'updated' | 'plain';

/** What a metadata line says: an author, a date, or both. */
export interface MetaLine {
  byline: Byline | null;
  date: FoundDate | null;
  dateKind: DateKind;
}

/** The longest line read as metadata; anything longer is prose. */
export const MAX_META_WORDS = 30;

/** Separators between the parts of a metadata line; in Chinese and Japanese, a space before a "Label：" field starts a part too ("来源：海湾日报 作者：林晓雯"). */
const SEPARATOR = /\s+[|·•∙—–-]\s+|\s*\|\s*|\s+[·•∙]\s*|\s+(?=\p{L}{1,12}：\s*\S)/u;

const UPDATED = /(?:^|[^\p{L}])(?:updated|last updated|modified|aggiornat[oa]|actualizad[oa]|atualizad[oa]|aktualisiert|mis à jour|bijgewerkt|zaktualizowano|aktualizováno|обновлено|güncelleme|güncellendi|آخر تحديث|تحديث|עודכן|수정|更新|更新日|अपडेटेड)(?![\p{L}])/iu;
const PUBLISHED = /(?:^|[^\p{L}])(?:published|posted|first published|yayın(?:lanma)?(?: tarihi)?|yayınlandı|نُشر|نشر|تاريخ النشر|פורסם|פורסמה|입력|発行|公開|发布|發布|publicerad|publisert|publiceret|julkaistu|प्रकाशित)(?![\p{L}])/iu;

/**
 * Labels and connecting words that may surround a date, removed from the edges
 * of what is left before reading it; inside a name they are particles ("Yann Le Goff").
 */
/** Weekdays cut short, in many languages: "Mon", "Mi", "jeu", "mié", "gio", "tors". */
const SHORT_WEEKDAY_NAMES = String.raw`(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|mån|tis|ons|tors?|fre|lör|sön)`;
const DATE_WORD = String.raw`(?:first|last|published|posted|updated|modified|on|at|date|dated|le|il|el|am|yayınlanma|yayın|yayınlandı|tarihi|güncelleme|güncellendi|saat|tarih|نشر|نُشر|في|تاريخ|النشر|آخر|تحديث|פורסם|פורסמה|עודכן|ב|입력|수정|publicerad|publisert|publiceret|kl|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${SHORT_WEEKDAY_NAMES}(?=[.,])\.?|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)`;
const LEADING_DATE_WORD = new RegExp(String.raw`^${DATE_WORD}(?=\s|$|[:,.])`, 'iu');
/**
 * A weekday cut short, after a separator right before the date it names: forum posts print "» Sat Dec 05, 2026",
 * "» Sa 5. Dez 2026", "» sam. 5 déc. 2026". Without the separator the word may end a name ("Ana Mar").
 */
const SHORT_WEEKDAY = String.raw`${SHORT_WEEKDAY_NAMES}\.?`;
const TRAILING_DATE_WORD = new RegExp(String.raw`(?:^|\s)${DATE_WORD}$|(?<=[»,|·•–—-]\s*)${SHORT_WEEKDAY}$`, 'iu');

/** Separators and date words trimmed from both ends of a part of a metadata line. */
function trimPart(text: string): string {
  const trim = (value: string) => value.trim().replace(/^[,:：;\s]+|[,:：;»\s]+$/gu, '');
  for (let part = trim(text); ; ) {
    const next = trim(part.replace(LEADING_DATE_WORD, '').replace(TRAILING_DATE_WORD, ''));
    if (next === part) return part;
    part = next;
  }
}

/** Furniture that may share a line with a byline or date: a source, a reading time, a comment count, a label, an e-mail address. */
const COMPANION_RULES = new Set(['source-line', 'reading-time', 'relative-time', 'comment-count', 'section-label', 'share-bar', 'media-control', 'navigation', 'contact-line']);

/** A Hijri date printed beside the Gregorian one ("الأربعاء 13 جمادى الآخرة 1448هـ"): a day, a month's name and a year with the era mark "هـ". */
const HIJRI_DATE = /^(?:\p{L}+\s+)?\p{Nd}{1,2}\s+\p{L}+(?:\s+\p{L}+)?\s+\p{Nd}{4}\s*هـ$/u;

/** Another credit beside a labelled byline, in any language: a label of a word or two and a name ("Editor: Dewi Kartika", "Foto: Jan Novák"). */
const CREDIT_FIELD = /^\p{L}+(?:\s\p{L}+)?\s*[:：]\s*(\S.*)$/u;

/** Published, updated or unlabelled, from the words just before a date. */
function dateKindOf(labelText: string): DateKind {
  if (UPDATED.test(labelText)) return 'updated';
  return PUBLISHED.test(labelText) ? 'published' : 'plain';
}

/** Of several dates on one line, the published one first, the updated one last. */
const KIND_PREFERENCE: Readonly<Record<DateKind, number>> = { published: 0, plain: 1, updated: 2 };

/**
 * Reads `text` as a metadata line, or returns null when any part of it is
 * something else. The dates come out first (a time may sit across a
 * separator: "March 2, 2026 · 10:15 GMT"); every other part must then be a
 * byline, a label or a companion badge such as a reading time. A bare name
 * counts as a byline only beside a date on the same line ("Marta Kowal · Mar 2, 2026").
 */
export function readMetaLine(text: string, fold: (text: string) => string, options: DateOptions): MetaLine | null {
  if (countTextWords(text) > MAX_META_WORDS) return null;
  const dates: Array<{ date: FoundDate; kind: DateKind }> = [];
  let rest = text;
  for (let found = findDate(rest, options); found; found = findDate(rest, options)) {
    const label = rest.slice(0, found.start).split(SEPARATOR).pop() ?? '';
    dates.push({ date: found, kind: dateKindOf(label) });
    rest = `${rest.slice(0, found.start)} | ${rest.slice(found.end)}`;
  }
  // A part ending in a colon labels what follows it ("प्रविष्टि तिथि: 04 DEC 2026"), whatever its words.
  const parts = rest
    .split(SEPARATOR)
    .map((rawPart) => ({ part: trimPart(rawPart), read: /[:：]\s*$/u.test(rawPart) ? null : undefined }))
    .filter(({ part }) => part !== '')
    .map(({ part, read }) => ({ part, read: read === null ? null : parseByline(part) }));
  // Without a date, only a labelled byline makes a metadata line: most short lines end here, before the furniture rules.
  if (dates.length === 0 && !parts.some(({ read }) => read?.explicit)) return null;
  let byline: Byline | null = null;
  let labels = 0;
  let credits = 0;
  for (const { part, read } of parts) {
    if (read) {
      if (!byline || (read.explicit && !byline.explicit)) byline = read;
      continue;
    }
    const credit = CREDIT_FIELD.exec(part);
    if (credit && parseByline(credit[1]!)) {
      credits++;
      continue;
    }
    // An office signing the page beside the date ("Posted on … by Office of Communications") is no one's byline, but the line is still the date's.
    if (HIJRI_DATE.test(part) || isDeskByline(part)) continue;
    const words = countTextWords(part);
    const furniture = matchFurniture({ text: part, folded: fold(part), words });
    if (furniture && COMPANION_RULES.has(furniture.name)) continue;
    // Beside a date or a labelled byline, a word or three is a section label or the paper's
    // name ("Business | 2 March 2026", "By Jane Doe | The Ledger"); anything longer is not metadata.
    if (words > 3 || new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]$`, 'u').test(part)) return null;
    labels++;
  }
  const chosen = dates.sort((a, b) => KIND_PREFERENCE[a.kind] - KIND_PREFERENCE[b.kind])[0];
  if (!chosen && !byline?.explicit) return null;
  // Without a labelled byline to stand beside, a credit is one more label.
  if (!byline?.explicit) labels += credits;
  if (labels > 0 && !chosen && !(byline?.explicit && labels === 1)) return null;
  return { byline, date: chosen?.date ?? null, dateKind: chosen?.kind ?? 'plain' };
}
