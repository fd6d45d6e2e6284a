-- Append-only by grants (docs/privacy.md): a ONE-TIME step for the DBA, as a superuser, after the application has
-- started once on this database (its migrations create the tables and the function bewaartermijn_verwijder).
--
--   psql -h HOST -U postgres -d inburgering -v ON_ERROR_STOP=1 -f alleen-toevoegen.postgresql.sql
--
-- Afterwards the NOLOGIN role inburgering_bewaartermijn owns gebeurtenis, toegangslog, bewaartermijn_verwijdering,
-- bewaartermijn_minimum and the function; the application's role may SELECT and INSERT the events and the access log,
-- SELECT the other two and EXECUTE the function, and nothing else on them: no UPDATE, DELETE or TRUNCATE, no
-- re-GRANT, ALTER or DROP (it no longer owns them). The retention job removes expired dossiers through the function.
--
-- The application's role is taken to be the current owner of gebeurtenis (the role its migrations ran as). To name
-- it (e.g. when running this a second time, after a new migration):
--   PGOPTIONS='-c inburgering.applicatierol=inburgering' psql ... -f alleen-toevoegen.postgresql.sql
-- A later migration that alters one of these tables must run as a superuser too; then run this script again.
DO $$
DECLARE
    applicatie NAME := coalesce(nullif(current_setting('inburgering.applicatierol', true), ''),
        (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'gebeurtenis'));
    tabel TEXT;
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'Voer dit uit als superuser (nu: %).', current_user;
    END IF;
    IF to_regclass('gebeurtenis') IS NULL
            OR to_regprocedure('bewaartermijn_verwijder(varchar, varchar, integer)') IS NULL THEN
        RAISE EXCEPTION 'Tabel gebeurtenis of functie bewaartermijn_verwijder ontbreekt in schema %: start de '
            'applicatie eerst eenmaal op deze database (PostgreSQL-profiel), dan maakt Flyway ze aan.', current_schema();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_bewaartermijn') THEN
        CREATE ROLE inburgering_bewaartermijn NOLOGIN;
    END IF;
    IF applicatie = 'inburgering_bewaartermijn' OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = applicatie) THEN
        RAISE EXCEPTION 'Noem de rol van de applicatie: PGOPTIONS=''-c inburgering.applicatierol=<rol>'' psql ...';
    END IF;
    -- Each of these would let the application take the rights back or throw the tables away
    IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = applicatie) THEN
        RAISE EXCEPTION 'De applicatierol % is superuser of mag rollen maken (CREATEROLE) en kan zich elk recht '
            'teruggeven. Geef de applicatie een gewone rol: ALTER ROLE % NOSUPERUSER NOCREATEROLE;', applicatie, applicatie;
    END IF;
    IF pg_has_role(applicatie, 'inburgering_bewaartermijn', 'MEMBER') THEN
        RAISE EXCEPTION 'De applicatierol % is lid van inburgering_bewaartermijn: REVOKE inburgering_bewaartermijn FROM %;',
            applicatie, applicatie;
    END IF;
    IF pg_has_role(applicatie, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER') THEN
        RAISE EXCEPTION 'De applicatierol % is (via de database) eigenaar van schema % en mag er elke tabel uit '
            'verwijderen (DROP). Maak een andere rol eigenaar, bijvoorbeeld: ALTER DATABASE % OWNER TO postgres; '
            'GRANT CREATE, USAGE ON SCHEMA % TO %;', applicatie, current_schema(), current_database(),
            current_schema(), applicatie;
    END IF;

    FOREACH tabel IN ARRAY ARRAY['gebeurtenis', 'toegangslog', 'bewaartermijn_verwijdering', 'bewaartermijn_minimum'] LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO inburgering_bewaartermijn', tabel);
        EXECUTE format('REVOKE ALL ON TABLE %I FROM PUBLIC, %I', tabel, applicatie);
    END LOOP;
    EXECUTE format('GRANT SELECT, INSERT ON TABLE gebeurtenis, toegangslog TO %I', applicatie);
    EXECUTE format('GRANT SELECT ON TABLE bewaartermijn_verwijdering, bewaartermijn_minimum TO %I', applicatie);
    ALTER FUNCTION bewaartermijn_verwijder(VARCHAR, VARCHAR, INTEGER) OWNER TO inburgering_bewaartermijn;
    REVOKE ALL ON FUNCTION bewaartermijn_verwijder(VARCHAR, VARCHAR, INTEGER) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION bewaartermijn_verwijder(VARCHAR, VARCHAR, INTEGER) TO %I', applicatie);
    RAISE NOTICE 'gebeurtenis en toegangslog zijn nu alleen-toevoegen voor %; verwijderen alleen via bewaartermijn_verwijder '
        '(minimale termijn: %).', applicatie, (SELECT termijn FROM bewaartermijn_minimum);
END
$$;
