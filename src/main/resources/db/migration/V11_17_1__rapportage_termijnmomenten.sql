-- Issue 17: the dashboard counts its figures in SQL (GROUP BY gemeente) instead of reading every row into Java. The
-- figures that depend on a term need the term's dates, which the DMN table termijnen gives: they are stored with the
-- row, with the id of the table's version they were computed with. A row of another version (or null: written before
-- this migration) is counted in Java as before and its dates rewritten (RapportageDossiers, Rapportages.kengetallen).
ALTER TABLE rapportage_dossier ADD COLUMN start_plicht DATE;
ALTER TABLE rapportage_dossier ADD COLUMN uiterlijk_pip DATE;
ALTER TABLE rapportage_dossier ADD COLUMN uiterlijk_pvt DATE;
ALTER TABLE rapportage_dossier ADD COLUMN uiterlijk_map DATE;
ALTER TABLE rapportage_dossier ADD COLUMN dagen_tot_intake INTEGER;
ALTER TABLE rapportage_dossier ADD COLUMN termijnen_versie VARCHAR(64);
-- Finds the rows of another version (usually none) without reading them all
CREATE INDEX ix_rapportage_dossier_termijnen_versie ON rapportage_dossier (termijnen_versie);
