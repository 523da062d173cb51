-- 0019 the application archive: one searchable PDF per application (cover, every page image, an
-- invisible OCR text layer), built by the `archive.build` job after acceptance.
--
-- The text layer places each OCR word over its box, so a page reading keeps OCR's lines with
-- their words, confidences and boxes (rendition pixels). Null for pages read before this
-- migration: their archive has the images without a text layer.
alter table page_readings add column ocr_lines jsonb;

-- The archive is indexed in `documents` like the receipt and the approval letter, but it has
-- versions: a corrected page builds a new archive beside the old one, never over it. A version is
-- identified by what it was built from (`source_sha256`: the pages in order and the cover's
-- facts), so a re-run after a crash finds the version it already recorded. Receipts, letters and
-- notices stay one per application (version 1, and the partial index below).
alter table documents drop constraint documents_kind_check;
alter table documents add constraint documents_kind_check check (kind in ('loan_approval_letter', 'receipt', 'supplement_notice', 'archive'));
alter table documents add column version integer not null default 1 check (version >= 1);
alter table documents add column source_sha256 text check (source_sha256 ~ '^[0-9a-f]{64}$');
alter table documents add constraint documents_archive_has_source check (kind <> 'archive' or source_sha256 is not null);
alter table documents drop constraint documents_application_id_kind_key;
alter table documents add constraint documents_application_kind_version_key unique (application_id, kind, version);
create unique index documents_one_per_kind on documents (application_id, kind) where kind <> 'archive';
create unique index documents_archive_source on documents (application_id, source_sha256) where kind = 'archive';
