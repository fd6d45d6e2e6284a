-- Issue 17: the CBS status on every dashboard asks each gemeente's first koppeling. Without this index that was a scan
-- of every row (34 ms on a synthetic table of 100,000 rows on PostgreSQL); with it, one short index lookup per gemeente
-- (1-4 ms for the four; rapportage.CbsLeveringen.eersteKwartalen).
CREATE INDEX ix_rapportage_dossier_gemeente_koppeling ON rapportage_dossier (gemeente, datum_koppeling);
