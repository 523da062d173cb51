-- 0013 archive search: the OCR text of every archived page, per application, so that an
-- archivist finds an application by a Chinese phrase. pg_trgm's GIN index serves
-- `text like '%phrase%'` on PostgreSQL 15 and on PGlite (which loads the extension when it
-- opens the database); both were checked to make trigrams of Chinese text. A two-character
-- phrase has no whole trigram, so it scans the index and rechecks: still right, less fast.
-- Text is stored without whitespace, the way the phrase is searched.
create extension if not exists pg_trgm;

create table archive_page_texts (
  application_id text not null references applications (id),
  page_sha256 text not null check (page_sha256 ~ '^[0-9a-f]{64}$'),
  material_kind text not null,
  text text not null,
  indexed_at timestamptz not null,
  primary key (application_id, page_sha256)
);
create index archive_page_texts_trgm on archive_page_texts using gin (text gin_trgm_ops);
