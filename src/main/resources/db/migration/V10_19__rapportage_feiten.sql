-- Issue 19: the facts the KPI definitions, the CBS delivery per quarter and the DUO worklist need. A rebuild
-- (RapportageHerbouw) fills them from the events; until then the stored rows have them empty.
ALTER TABLE rapportage_dossier ADD COLUMN datum_start_brede_intake DATE;
ALTER TABLE rapportage_dossier ADD COLUMN uitkomst_leerbaarheidstoets VARCHAR(40);
ALTER TABLE rapportage_dossier ADD COLUMN datum_bijstelling_pip DATE;
ALTER TABLE rapportage_dossier ADD COLUMN bijstellingen_pip VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE rapportage_dossier ADD COLUMN resultaat_pvt VARCHAR(40);
ALTER TABLE rapportage_dossier ADD COLUMN pvt_verwijtbaar BOOLEAN;
ALTER TABLE rapportage_dossier ADD COLUMN resultaat_map VARCHAR(40);
ALTER TABLE rapportage_dossier ADD COLUMN map_verwijtbaar BOOLEAN;
ALTER TABLE rapportage_dossier ADD COLUMN datum_taalschakeltraject DATE;
ALTER TABLE rapportage_dossier ADD COLUMN datum_start_werk DATE;
ALTER TABLE rapportage_dossier ADD COLUMN datum_vertrek DATE;
ALTER TABLE rapportage_dossier ADD COLUMN duo_geregistreerd VARCHAR(4000) DEFAULT '' NOT NULL;
-- The projection is rebuilt from the events at the next start (RapportageStart rebuilds an empty one)
DELETE FROM rapportage_dossier;
