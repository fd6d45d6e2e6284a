-- The fingerprint of the events known at a peildatum (rapportage.Peilstanden): their number and highest id, read from
-- this index alone instead of a scan of every event with its data.
CREATE INDEX ix_gebeurtenis_tijdstip_id ON gebeurtenis (tijdstip, id);
