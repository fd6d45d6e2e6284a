-- Issue 17: the CBS status on every dashboard asks each gemeente's first koppeling. Without this index that was a scan
-- of every row (a third of the exact dashboard's time at 100,000 dossiers); with it, one short index lookup per gemeente
-- (rapportage.CbsLeveringen.eersteKwartalen).
CREATE INDEX ix_rapportage_dossier_gemeente_koppeling ON rapportage_dossier (gemeente, datum_koppeling);
