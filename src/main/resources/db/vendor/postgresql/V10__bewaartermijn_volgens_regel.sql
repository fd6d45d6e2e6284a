-- PostgreSQL only (location db/vendor/{vendor}). The retention rule in the database itself: the events and the access
-- log of a dossier leave only through bewaartermijn_verwijder, which checks the rule with the database's own clock.
-- Until the one-time DBA step (db/beheer/alleen-toevoegen.postgresql.sql, docs/privacy.md) the application still owns
-- these tables and could delete around the function; after it, the application may only INSERT and SELECT them and
-- call the function. The step needs a superuser, so it is not done here: a role that can do it itself (owner,
-- CREATEROLE) can also undo it.

-- The shortest term the database accepts, whatever term the application passes. Changing it is the DBA's decision.
CREATE TABLE bewaartermijn_minimum (
    enige   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (enige),
    termijn INTERVAL NOT NULL
);
INSERT INTO bewaartermijn_minimum (termijn) VALUES (INTERVAL '10 years');

-- Removes one closed dossier's events and access log once its term after DossierAfgesloten has passed, and records
-- the removal. Refuses (SQLSTATE P0001, Dutch message) an open dossier or one whose term has not passed. The term is
-- the larger of the one given (ISO 8601, e.g. P10Y) and bewaartermijn_minimum; "now" is the database clock, so a
-- caller cannot bring the term forward by passing a clock of its own.
CREATE FUNCTION bewaartermijn_verwijder(p_dossier_id VARCHAR, p_termijn VARCHAR, p_procesinstanties INTEGER)
    RETURNS TABLE (afgesloten TIMESTAMP WITH TIME ZONE, aantal_gebeurtenissen INTEGER, aantal_toegangslogregels INTEGER)
    LANGUAGE plpgsql
    SECURITY DEFINER
AS $$
DECLARE
    v_termijn INTERVAL;
BEGIN
    SELECT greatest(p_termijn::INTERVAL, m.termijn) INTO v_termijn FROM bewaartermijn_minimum m;
    -- Closing is final (no event reopens a dossier), so a DossierAfgesloten event means closed
    SELECT max(g.tijdstip) INTO afgesloten FROM gebeurtenis g
    WHERE g.dossier_id = p_dossier_id AND g.type = 'DossierAfgesloten';
    IF afgesloten IS NULL THEN
        RAISE EXCEPTION 'Dossier % is niet afgesloten; het wordt niet verwijderd.', p_dossier_id;
    END IF;
    IF afgesloten >= now() - v_termijn THEN
        RAISE EXCEPTION 'Dossier % is afgesloten op %; de bewaartermijn van % is nog niet verstreken.',
            p_dossier_id, afgesloten, v_termijn;
    END IF;
    DELETE FROM gebeurtenis WHERE dossier_id = p_dossier_id;
    GET DIAGNOSTICS aantal_gebeurtenissen = ROW_COUNT;
    DELETE FROM toegangslog WHERE dossier_id = p_dossier_id;
    GET DIAGNOSTICS aantal_toegangslogregels = ROW_COUNT;
    INSERT INTO bewaartermijn_verwijdering (dossier_id, afgesloten_op, verwijderd_op, bewaartermijn, gebeurtenissen,
                                            toegangslogregels, procesinstanties)
    VALUES (p_dossier_id, afgesloten, now(), p_termijn, aantal_gebeurtenissen, aantal_toegangslogregels,
            p_procesinstanties);
    RETURN NEXT;
END
$$;

-- A SECURITY DEFINER function must not find a caller's temporary table of the same name first
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION bewaartermijn_verwijder(VARCHAR, VARCHAR, INTEGER) SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
REVOKE ALL ON FUNCTION bewaartermijn_verwijder(VARCHAR, VARCHAR, INTEGER) FROM PUBLIC;
