-- 0022 pages an applicant uploads in the online hall (不见面): until now the online channel took
-- page hashes on trust, linked none of them to the application and archived nothing, so a
-- reviewer saw no materials and nobody could prove them later.
--
-- A page read from an applicant's upload has no capturing clerk; who uploaded it is kept here,
-- one row per applicant and page, because the same rendition can reach the store twice (an
-- applicant's page a clerk had scanned before keeps its first reading, and both may name it).
-- Submitting online accepts only pages the signed-in applicant uploaded.
alter table page_readings alter column captured_by drop not null;

create table applicant_page_uploads (
  id_number text not null,
  page_sha256 text not null references page_readings (sha256),
  uploaded_at timestamptz not null,
  primary key (id_number, page_sha256)
);
