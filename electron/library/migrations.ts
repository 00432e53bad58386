/**
 * Schema migrations, applied in order at open. Each has a version and a name
 * and is recorded in `schema_migrations`; `user_version` mirrors the latest so
 * the version can be read without trusting any table.
 */
import { BIDI_CONTROL_RANGES } from '../../shared/bidi.ts';
import { foldSql } from '../../shared/search/fold.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const v1 = `
CREATE TABLE briefings (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  author TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  marking TEXT NOT NULL DEFAULT 'CLEAR'
    CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT,
  canonical_url TEXT,
  title TEXT NOT NULL,
  byline TEXT,
  site_name TEXT,
  published_at TEXT,
  saved_at TEXT NOT NULL,
  lang TEXT,
  dir TEXT NOT NULL DEFAULT 'ltr' CHECK (dir IN ('ltr', 'rtl')),
  excerpt TEXT,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  reading_status TEXT NOT NULL DEFAULT 'unread' CHECK (reading_status IN ('unread', 'reading', 'read')),
  reading_position REAL NOT NULL DEFAULT 0 CHECK (reading_position BETWEEN 0 AND 1),
  content_hash TEXT NOT NULL UNIQUE
);
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_saved_at ON articles (saved_at DESC);

CREATE TABLE article_assets (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  source_url TEXT,
  PRIMARY KEY (article_id, sha256)
);

CREATE TABLE briefing_items (
  briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (briefing_id, article_id)
);
CREATE INDEX briefing_items_order ON briefing_items (briefing_id, position);
CREATE INDEX briefing_items_article ON briefing_items (article_id);

CREATE TABLE highlights (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  exact TEXT NOT NULL CHECK (length(exact) > 0),
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  color TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights (article_id, start_offset);

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
  briefing_id INTEGER REFERENCES briefings (id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((article_id IS NULL) <> (briefing_id IS NULL))
);
CREATE INDEX notes_article ON notes (article_id);
CREATE INDEX notes_briefing ON notes (briefing_id);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100)
);
CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
);
CREATE TABLE highlight_tags (
  highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
);

-- Full-text search: external-content FTS5 tables kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, byline, site_name, text,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, byline, site_name, text)
  VALUES (new.id, new.title, new.byline, new.site_name, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
  VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, byline, site_name, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
  VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
  INSERT INTO articles_fts (rowid, title, byline, site_name, text)
  VALUES (new.id, new.title, new.byline, new.site_name, new.text);
END;

CREATE VIRTUAL TABLE highlights_fts USING fts5 (
  exact, note,
  content = 'highlights', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
  INSERT INTO highlights_fts (rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
END;
CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
  INSERT INTO highlights_fts (rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
  body,
  content = 'notes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;
`;

/**
 * The list's sort orders and filters, and the evidence locker, stay fast on a
 * large library: each sort reads an index in order (the row id, the tiebreak,
 * is the last column of every index) instead of every article's row, and tag,
 * colour and newest-highlight lookups start from an index instead of scanning.
 * Dates and sites sort missing values last: descending, SQLite puts NULL last
 * by itself (the plain index read backwards); ascending needs `x IS NULL` first.
 */
const v2 = `
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_published_at_nulls_last ON articles (published_at IS NULL, published_at);
CREATE INDEX articles_title ON articles (title COLLATE NOCASE);
CREATE INDEX articles_site ON articles (site_name COLLATE NOCASE);
CREATE INDEX articles_site_nulls_last ON articles (site_name IS NULL, site_name COLLATE NOCASE);
CREATE INDEX articles_status_saved ON articles (reading_status, saved_at);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);
CREATE INDEX highlight_tags_tag ON highlight_tags (tag_id, highlight_id);
CREATE INDEX highlights_color_article ON highlights (color, article_id);
CREATE INDEX highlights_color_created ON highlights (color, created_at);
CREATE INDEX highlights_created ON highlights (created_at);
`;

/**
 * A briefing's date: the day it speaks for, set by the analyst and shown on its
 * cover. Existing briefings take the day they were created. (ADD COLUMN needs
 * a constant default; every insert sets the date, so the default is never seen.)
 */
const v3 = `
ALTER TABLE briefings ADD COLUMN date TEXT NOT NULL DEFAULT '1970-01-01'
  CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
UPDATE briefings SET date = substr(created_at, 1, 10);
`;

/**
 * Search that ignores accents and the letters the tokenizer cannot fold (ı, ł,
 * ø, …): each search table indexes a folded copy of its columns, read through
 * a view so that snippets, rebuilds and integrity checks see what was indexed.
 * Ranking weighs a title above byline and site, and those above the text.
 */
function searchTable(table: string, columns: readonly string[], rank: string): string {
  const fts = `${table}_fts`;
  const content = `${table}_search_content`;
  const list = columns.join(', ');
  const folded = (row: string) => columns.map((column) => foldSql(`${row}.${column}`)).join(', ');
  return `
DROP TRIGGER ${fts}_insert;
DROP TRIGGER ${fts}_delete;
DROP TRIGGER ${fts}_update;
DROP TABLE ${fts};
CREATE VIEW ${content} (id, ${list}) AS SELECT id, ${folded(table)} FROM ${table};
CREATE VIRTUAL TABLE ${fts} USING fts5 (
  ${list},
  content = '${content}', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO ${fts} (${fts}, rank) VALUES ('rank', '${rank}');
CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${fts} (rowid, ${list}) VALUES (new.id, ${folded('new')});
END;
CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.id, ${folded('old')});
END;
CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.id, ${folded('old')});
  INSERT INTO ${fts} (rowid, ${list}) VALUES (new.id, ${folded('new')});
END;
INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
`;
}

const v4 = [
  searchTable('articles', ['title', 'byline', 'site_name', 'text'], 'bm25(10.0, 4.0, 4.0, 1.0)'),
  searchTable('highlights', ['exact', 'note'], 'bm25(2.0, 1.0)'),
  searchTable('notes', ['body'], 'bm25()'),
  // Search filters on an article's own columns read this index, never the large rows.
  'CREATE INDEX articles_search_filters ON articles (site_name COLLATE NOCASE, saved_at, published_at, reading_status);\n',
].join('');

/**
 * Key judgments (shared/judgments.ts): ordered per briefing, each citing
 * highlights in order. A citation's highlight id has no foreign key on
 * purpose: deleting a highlight leaves the citation, shown as missing, and
 * undo (which restores the highlight's id) makes it whole again. The quote and
 * article kept with it are what it cited, so a reused id is never taken for it.
 */
const v5 = `
CREATE TABLE judgments (
  id INTEGER PRIMARY KEY,
  briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  likelihood TEXT NOT NULL CHECK (likelihood IN
    ('almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even-chance', 'likely', 'very-likely', 'almost-certainly')),
  confidence TEXT NOT NULL CHECK (confidence IN ('low', 'moderate', 'high')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX judgments_briefing ON judgments (briefing_id, position);

CREATE TABLE judgment_citations (
  judgment_id INTEGER NOT NULL REFERENCES judgments (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  highlight_id INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  quote TEXT NOT NULL CHECK (length(quote) > 0),
  PRIMARY KEY (judgment_id, position),
  UNIQUE (judgment_id, highlight_id)
);
CREATE INDEX judgment_citations_highlight ON judgment_citations (highlight_id);
`;

/**
 * Tradecraft: source evaluation and handling on articles and highlights, the
 * entity index and the timeline (filled at import, and for older articles in
 * the background: `extracted_version` says which extraction an article has
 * had), and earlier captures of re-fetched articles.
 */
const v6 = `
ALTER TABLE articles ADD COLUMN source_grade TEXT CHECK (source_grade IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE articles ADD COLUMN marking TEXT NOT NULL DEFAULT 'CLEAR'
  CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'));
ALTER TABLE articles ADD COLUMN extracted_version INTEGER;
CREATE INDEX articles_unextracted ON articles (id) WHERE extracted_version IS NULL;

ALTER TABLE highlights ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE highlights ADD COLUMN marking TEXT NOT NULL DEFAULT 'CLEAR'
  CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'));

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
  ignored INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1)),
  created_at TEXT NOT NULL
);

-- Every spelling an entity is known by, folded (case, diacritics): new mentions find their entity here.
CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
  alias_key TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (kind, alias_key)
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

CREATE TABLE entity_mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  text TEXT NOT NULL
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id, start_offset);
CREATE INDEX entity_mentions_article ON entity_mentions (article_id);

CREATE TABLE article_events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  date TEXT NOT NULL,
  precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
  expression TEXT NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX article_events_date ON article_events (date, article_id);
CREATE INDEX article_events_article ON article_events (article_id);

CREATE TABLE article_captures (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  captured_at TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  replaced_at TEXT NOT NULL
);
CREATE INDEX article_captures_article ON article_captures (article_id, replaced_at);
`;

/**
 * Names and dates an analyst can trust: a title before a name is kept with
 * the mention as its role; an event in an article with no published date has
 * no date (relative dates are not guessed from the capture day), so the
 * events table is rebuilt with a nullable date; an entity or an event can be
 * hidden from exports (the entity index and the timeline of a PDF).
 */
const v8 = `
ALTER TABLE entities ADD COLUMN hidden_in_export INTEGER NOT NULL DEFAULT 0 CHECK (hidden_in_export IN (0, 1));
ALTER TABLE entity_mentions ADD COLUMN role TEXT;

CREATE TABLE article_events_v8 (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  date TEXT,
  precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
  expression TEXT NOT NULL,
  sentence TEXT NOT NULL,
  hidden_in_export INTEGER NOT NULL DEFAULT 0 CHECK (hidden_in_export IN (0, 1))
);
INSERT INTO article_events_v8 (id, article_id, start_offset, end_offset, date, precision, approximate, expression, sentence)
  SELECT id, article_id, start_offset, end_offset, date, precision, approximate, expression, sentence FROM article_events;
DROP TABLE article_events;
ALTER TABLE article_events_v8 RENAME TO article_events;
CREATE INDEX article_events_date ON article_events (date, article_id);
CREATE INDEX article_events_article ON article_events (article_id);
`;

/** `column` without the bidi controls `neutralizeBidiControls` removes, in SQLite's own functions. */
function withoutBidiControlsSql(column: string): string {
  const codes = BIDI_CONTROL_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
  const removed = codes.reduce((sql, code) => `replace(${sql}, char(${code}), '')`, column);
  return `trim(replace(${removed}, '  ', ' '))`;
}

/** Names saved before import neutralized bidi controls lose them now (shared/bidi.ts says why). */
const v9 = `
UPDATE articles SET title = CASE WHEN ${withoutBidiControlsSql('title')} = '' THEN 'Untitled' ELSE ${withoutBidiControlsSql('title')} END
  WHERE title <> ${withoutBidiControlsSql('title')};
UPDATE articles SET byline = nullif(${withoutBidiControlsSql('byline')}, '') WHERE byline <> ${withoutBidiControlsSql('byline')};
UPDATE articles SET site_name = nullif(${withoutBidiControlsSql('site_name')}, '') WHERE site_name <> ${withoutBidiControlsSql('site_name')};
`;

/**
 * Issue 17: what a bundle would change on an article the library already has
 * (a note, a highlight, tags, a grade, a stricter marking) waits here as an
 * offer until the analyst accepts or dismisses it; nothing is applied silently.
 */
const v10 = `
CREATE TABLE bundle_offers (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  bundle_title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('note', 'highlight', 'tags', 'source-grade', 'marking')),
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL,
  UNIQUE (article_id, kind, payload)
);
CREATE INDEX bundle_offers_article ON bundle_offers (article_id);
`;

/**
 * Issue 14: the original of an article cleaned from a plain-text copy (pasted,
 * or a .txt file) is kept with it, with the analyst's review of the cleaner's
 * calls, so that a line the cleaner left out can be put back. The label is the
 * name the copy came under, which the cleaner reads for the headline and site.
 * Articles saved before this version have no original.
 */
const v11 = `
CREATE TABLE article_sources (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('text-copy')),
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  overrides TEXT NOT NULL DEFAULT '{"putBack":[],"leaveOut":[]}' CHECK (json_valid(overrides))
);
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial library', sql: v1 },
  { version: 2, name: 'indexes for sorting, filtering, tags and the evidence locker', sql: v2 },
  { version: 3, name: 'briefing date', sql: v3 },
  { version: 4, name: 'search folds dotless i and other undecomposed letters; weighted ranking', sql: v4 },
  { version: 5, name: 'key judgments with estimative terms, confidence and cited highlights', sql: v5 },
  { version: 6, name: 'tradecraft: evaluation, handling, entities, timeline, captures', sql: v6 },
  { version: 8, name: 'entity roles, undated events, entities and events hidden from export', sql: v8 },
  { version: 9, name: 'bidi controls removed from article titles, bylines and site names', sql: v9 },
  { version: 10, name: 'changes offered by bundles to articles already in the library', sql: v10 },
  { version: 11, name: 'the original text of articles cleaned from a text copy, and its review', sql: v11 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);
