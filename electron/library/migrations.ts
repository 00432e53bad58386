/**
 * Schema migrations, applied in order at open. Each has a version and a name
 * and is recorded in `schema_migrations`; `user_version` mirrors the latest so
 * the version can be read without trusting any table.
 */
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
 * Tradecraft: source evaluation and handling on articles and highlights, the
 * entity index and the timeline (filled at import, and for older articles in
 * the background: `extracted_version` says which extraction an article has
 * had), and earlier captures of re-fetched articles.
 */
const v2 = `
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

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial library', sql: v1 },
  { version: 2, name: 'tradecraft: evaluation, handling, entities, timeline, captures', sql: v2 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);
