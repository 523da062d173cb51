-- 0014 page readings: what the counter's capture read on every page (keyed by the rendition's
-- SHA-256, the hash `counter.accept` lists), so acceptance can refuse pages nobody captured and
-- the reviewer sees the same fields, boxes and confidence the clerk saw. A page read twice (the
-- same bytes uploaded again) keeps its first reading: the rendition is content-addressed.
create table page_readings (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  original_sha256 text not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  blank boolean not null,
  quality jsonb not null,
  kind text not null,
  kind_confidence double precision not null,
  -- [{ key, value, normalized, confidence, box: { x, y, w, h }, needsConfirmation }]
  fields jsonb not null,
  text text not null,
  captured_by text not null references staff (id),
  captured_at timestamptz not null
);

-- Which captured page is which material of an accepted application, in the clerk's order, and
-- the material kind the clerk assigned to it (the classification's suggestion or a correction).
create table application_pages (
  application_id text not null references applications (id),
  material_id text not null,
  position integer not null check (position >= 0),
  page_sha256 text not null references page_readings (sha256),
  material_kind text not null,
  primary key (application_id, material_id, position)
);
create index application_pages_page on application_pages (page_sha256);

-- The clerk's confirmation of each field at acceptance: the value they let stand or typed, and
-- what OCR had read (null when OCR found no such field), so a correction stays visible.
create table application_page_fields (
  application_id text not null references applications (id),
  page_sha256 text not null references page_readings (sha256),
  field_key text not null,
  ocr_value text,
  confirmed_value text not null,
  corrected boolean not null,
  confirmed_by text not null references staff (id),
  confirmed_at timestamptz not null,
  primary key (application_id, page_sha256, field_key)
);
