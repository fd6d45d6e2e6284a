package nl.fermwerk.inburgering.bewaartermijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.rapportage.RapportageDossiers;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Append-only by grants (issue #20, finding 13), on a real PostgreSQL (tag {@code postgres}: the PostgreSQL suite
 * only). A fresh database in the shape of the README's recipe: the database belongs to the DBA, the application's
 * role is an ordinary login role (no superuser, no CREATEROLE) that runs the migrations itself and so owns every
 * table. Then the DBA's one-time step ({@code db/beheer/alleen-toevoegen.postgresql.sql}, as superuser), and from then
 * on everything here is done as the application's role.
 */
@Tag("postgres")
class AlleenToevoegenTest {

    private static final String SERVER = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/inburgering_test");
    private static final String BEHEERDER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final String BEHEERWACHTWOORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
    private static final String GEEN_RECHT = "42501";

    private static String database;
    private static String applicatie;
    private static JdbcTemplate alsBeheerder;
    private static JdbcTemplate alsApplicatie;
    private static List<String> tekortVoorDeStap;

    @BeforeAll
    static void databaseZoalsInDeReadmeEnDeStapVanDeDba() throws IOException {
        String achtervoegsel = Long.toString(System.nanoTime(), 36);
        database = "alleen_toevoegen_" + achtervoegsel;
        applicatie = "inburgering_app_" + achtervoegsel;
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(SERVER, BEHEERDER, BEHEERWACHTWOORD));
        server.execute("CREATE ROLE " + applicatie + " LOGIN PASSWORD 'proef' NOSUPERUSER NOCREATEROLE NOCREATEDB");
        server.execute("CREATE DATABASE " + database);
        String url = SERVER.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        alsBeheerder = new JdbcTemplate(new DriverManagerDataSource(url, BEHEERDER, BEHEERWACHTWOORD));
        alsApplicatie = new JdbcTemplate(new DriverManagerDataSource(url, applicatie, "proef"));
        alsBeheerder.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + applicatie);

        // The application's first start: its own role runs the migrations (the same locations as application.yaml)
        Flyway.configure().dataSource(url, applicatie, "proef")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .table("flyway_schema_history_inburgering").load().migrate();
        tekortVoorDeStap = AlleenToevoegenControle.tekortkomingen(alsApplicatie);

        alsBeheerder.execute(new ClassPathResource("db/beheer/alleen-toevoegen.postgresql.sql")
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void opruimen() {
        if (database != null) {
            JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(SERVER, BEHEERDER, BEHEERWACHTWOORD));
            server.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            server.execute("DROP ROLE IF EXISTS " + applicatie);
        }
    }

    @Test
    void deControleZietWatDeStapVanDeDbaVerandert() {
        // Before: the application owns the tables of facts and may change them
        assertThat(tekortVoorDeStap).contains("de rol is eigenaar van gebeurtenis en kan zich elk recht teruggeven",
                "de rol mag UPDATE, DELETE, TRUNCATE op gebeurtenis", "de rol mag UPDATE, DELETE, TRUNCATE op toegangslog");
        assertThat(AlleenToevoegenControle.tekortkomingen(alsApplicatie)).isEmpty();
    }

    @Test
    void deApplicatieVoegtToeEnLeestMaarWijzigtEnVerwijdertNiets() {
        schrijfGebeurtenis("ALLEEN-1", 1, "DossierAangemaakt", Instant.now());
        schrijfLogregel("ALLEEN-1");
        assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = 'ALLEEN-1'",
                Integer.class)).isEqualTo(1);

        for (String tabel : List.of("gebeurtenis", "toegangslog")) {
            geweigerd("UPDATE " + tabel + " SET dossier_id = 'ANDERS' WHERE dossier_id = 'ALLEEN-1'");
            geweigerd("DELETE FROM " + tabel + " WHERE dossier_id = 'ALLEEN-1'");
            geweigerd("TRUNCATE " + tabel);
        }
        // The record of removals is written by the database function only, and never changed
        geweigerd("""
                INSERT INTO bewaartermijn_verwijdering (dossier_id, afgesloten_op, verwijderd_op, bewaartermijn,
                    gebeurtenissen, toegangslogregels, procesinstanties) VALUES ('X', now(), now(), 'P10Y', 0, 0, 0)""");
        geweigerd("UPDATE bewaartermijn_verwijdering SET dossier_id = 'X'");
        geweigerd("DELETE FROM bewaartermijn_verwijdering");
        geweigerd("UPDATE bewaartermijn_minimum SET termijn = INTERVAL '1 day'");
        assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = 'ALLEEN-1'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void deApplicatieKanZichDeRechtenNietTeruggeven() {
        schrijfGebeurtenis("ALLEEN-2", 1, "DossierAangemaakt", Instant.now());
        // Not the owner: a GRANT to itself grants nothing (PostgreSQL only warns), the DELETE stays refused
        alsApplicatie.execute("GRANT DELETE, UPDATE, TRUNCATE ON gebeurtenis TO " + applicatie);
        geweigerd("DELETE FROM gebeurtenis WHERE dossier_id = 'ALLEEN-2'");
        geweigerd("ALTER TABLE gebeurtenis DISABLE TRIGGER ALL");
        geweigerd("DROP TABLE toegangslog");
        geweigerd("ALTER TABLE gebeurtenis OWNER TO " + applicatie);
        geweigerd("SET ROLE " + AlleenToevoegenControle.BEWAARTERMIJNROL);
        geweigerd("""
                CREATE OR REPLACE FUNCTION bewaartermijn_verwijder(p_dossier_id VARCHAR, p_termijn VARCHAR,
                    p_procesinstanties INTEGER) RETURNS TABLE (afgesloten TIMESTAMP WITH TIME ZONE,
                    aantal_gebeurtenissen INTEGER, aantal_toegangslogregels INTEGER)
                LANGUAGE sql AS 'SELECT now(), 0, 0'""");
        assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = 'ALLEEN-2'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void deBewaartermijnVerwijdertAlsApplicatieAlleenWatDeRegelToestaat() {
        Instant tienJaarGeleden = Instant.now().atZone(Klok.ZONE).minusYears(10).toInstant();
        Duration dag = Duration.ofDays(1);
        dossier("REGEL-OUD", tienJaarGeleden.minus(dag.multipliedBy(400)), tienJaarGeleden.minus(dag));
        dossier("REGEL-RECENT", tienJaarGeleden.minus(dag.multipliedBy(100)), tienJaarGeleden.plus(dag));
        dossier("REGEL-KORT", Instant.now().minus(dag.multipliedBy(1000)), Instant.now().minus(dag.multipliedBy(730)));
        dossier("REGEL-OPEN", Instant.now().atZone(Klok.ZONE).minusYears(30).toInstant(), null);

        // The database refuses what the rule does not allow, whatever the application passes
        assertThatThrownBy(() -> functie("REGEL-OPEN", "P10Y")).hasMessageContaining("is niet afgesloten");
        assertThatThrownBy(() -> functie("REGEL-RECENT", "P10Y")).hasMessageContaining("nog niet verstreken");
        // A shorter term than the database's minimum (10 years) does not bring the removal forward
        assertThatThrownBy(() -> functie("REGEL-KORT", "P1Y")).hasMessageContaining("nog niet verstreken");

        // The retention job's database work, as the application's role
        BewaartermijnOpslag opslag = new BewaartermijnOpslag(alsApplicatie, new Toegangslog(alsApplicatie),
                new RapportageDossiers(alsApplicatie));
        List<String> verlopen = opslag.verlopen(tienJaarGeleden);
        assertThat(verlopen).contains("REGEL-OUD").doesNotContain("REGEL-RECENT", "REGEL-KORT", "REGEL-OPEN");
        BewaartermijnOpslag.Verwijderd weg = opslag.verwijder("REGEL-OUD", Period.ofYears(10), Instant.now(), 1);
        assertThat(weg.gebeurtenissen()).isEqualTo(2);
        assertThat(weg.toegangslogregels()).isEqualTo(1);
        assertThat(opslag.bestaat("REGEL-OUD")).isFalse();
        assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = 'REGEL-OUD'",
                Integer.class)).isZero();
        assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM dossier WHERE dossier_id = 'REGEL-OUD'",
                Integer.class)).isZero();
        assertThat(alsApplicatie.queryForMap("""
                SELECT gebeurtenissen, toegangslogregels, procesinstanties, bewaartermijn FROM bewaartermijn_verwijdering
                WHERE dossier_id = 'REGEL-OUD'""")).containsValues(2, 1, 1, "P10Y");

        // The same job on a dossier the rule does not allow: refused, and nothing of it is gone
        assertThatThrownBy(() -> opslag.verwijder("REGEL-KORT", Period.ofYears(1), Instant.now(), 0))
                .hasMessageContaining("nog niet verstreken");
        for (String overgebleven : List.of("REGEL-RECENT", "REGEL-KORT", "REGEL-OPEN")) {
            assertThat(opslag.bestaat(overgebleven)).as(overgebleven).isTrue();
            assertThat(alsApplicatie.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ?",
                    Integer.class, overgebleven)).as(overgebleven).isEqualTo(1);
        }
    }

    private void dossier(String id, Instant aangemaakt, Instant afgesloten) {
        schrijfGebeurtenis(id, 1, "DossierAangemaakt", aangemaakt);
        if (afgesloten != null) {
            schrijfGebeurtenis(id, 2, "DossierAfgesloten", afgesloten);
        }
        schrijfLogregel(id);
        alsApplicatie.update("""
                INSERT INTO dossier (dossier_id, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                    datum_koppeling, fase, status, versie, bijgewerkt)
                VALUES (?, '123456782', 'Proef', DATE '1980-01-01', 'GEZINSMIGRANT', 'WOERDEN', 'U16', FALSE,
                    DATE '2015-01-01', 'BREDE_INTAKE', ?, ?, now())""", id, afgesloten == null ? "OPEN" : "AFGESLOTEN",
                afgesloten == null ? 1 : 2);
    }

    private static Object functie(String dossierId, String termijn) {
        return alsApplicatie.queryForList("SELECT * FROM bewaartermijn_verwijder(?, ?, 0)", dossierId, termijn);
    }

    private static void schrijfGebeurtenis(String dossierId, int volgnummer, String type, Instant tijdstip) {
        alsApplicatie.update("""
                INSERT INTO gebeurtenis (dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash)
                VALUES (?, ?, ?, '{}', ?, now(), 'proef', 'vorige', 'hash')""", dossierId, volgnummer, type,
                tijdstip.atOffset(ZoneOffset.UTC));
    }

    private static void schrijfLogregel(String dossierId) {
        alsApplicatie.update("""
                INSERT INTO toegangslog (tijdstip, systeemtijd, gebruiker, dossier_id, endpoint, doel, resultaat)
                VALUES (?, now(), 'proef', ?, 'GET /proef', 'proef', 'TOEGESTAAN')""",
                OffsetDateTime.now(ZoneOffset.UTC), dossierId);
    }

    /** The statement fails as the application's role with PostgreSQL's "insufficient privilege". */
    private static void geweigerd(String sql) {
        assertThatThrownBy(() -> alsApplicatie.execute(sql)).as(sql)
                .satisfies(fout -> assertThat(sqlState(fout)).as(sql + ": " + fout.getMessage()).isEqualTo(GEEN_RECHT));
    }

    private static String sqlState(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
