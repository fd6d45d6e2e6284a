package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event of a type this version does not know (stored by a newer or an older version, with an intact hash) is read,
 * shown and counted as a version, and a ketenpartner still sees it only when its stored onderdeel is one of the
 * partner's: the typed vocabulary does not widen what leaves the dossier.
 */
@IntegratieTest
class OnbekendeSoortTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    TestRestTemplate http;

    @Test
    void eenOnbekendeSoortWordtGelezenEnAlleenGetoondAanWieHaarOnderdeelHeeft() {
        String id = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        schrijfZoalsEenAndereVersie(id, "PvtExamenIngepland", """
                {"datumExamen":"2031-05-01","onderdeel":"PVT"}""");
        // The next fact of this version refolds the dossier, the unknown one included
        transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(id,
                new Feit.TaalvrijwilligerIngezet(null, null, null, Klok.vandaag()), Klok.nu(), "test"));

        Gebeurtenis onbekend = gebeurtenissen.vanDossier(id).stream()
                .filter(g -> g.type().equals("PvtExamenIngepland")).findFirst().orElseThrow();
        assertThat(onbekend.feit()).isEqualTo(new Feit.Onbekend("PvtExamenIngepland",
                Map.of("datumExamen", "2031-05-01", "onderdeel", "PVT")));
        assertThat(dossiers.vind(id).orElseThrow().versie()).isEqualTo(gebeurtenissen.versie(id));
        assertThat(gebeurtenissen.controleerKeten(id)).isEmpty();

        // vsgh holds PVT in Woerden, woerden-wijzer does not
        assertThat(historie("vsgh", id)).contains("PvtExamenIngepland");
        assertThat(historie("woerden-wijzer", id)).doesNotContain("PvtExamenIngepland").contains("DossierAangemaakt");
        assertThat(historie("casusregisseur", id)).contains("PvtExamenIngepland").contains("\"datumExamen\"");
    }

    private String historie(String gebruiker, String id) {
        return http.withBasicAuth(gebruiker, "demo").getForObject("/api/dossiers/" + id + "/gebeurtenissen",
                String.class);
    }

    /** Appends a row as another version of the application would: its own type, a correct hash, no check of ours. */
    private void schrijfZoalsEenAndereVersie(String id, String type, String json) {
        String vorige = jdbc.queryForObject("SELECT hash FROM gebeurtenis WHERE dossier_id = ? ORDER BY volgnummer DESC "
                + "FETCH FIRST 1 ROWS ONLY", String.class, id);
        int volgnummer = gebeurtenissen.versie(id) + 1;
        Instant tijdstip = Klok.nu().truncatedTo(ChronoUnit.MILLIS);
        String hash = HashKeten.hash(vorige, id, volgnummer, type, json, tijdstip, "andere-versie");
        OffsetDateTime utc = tijdstip.atOffset(ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO gebeurtenis (dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, volgnummer, type, json, utc, utc, "andere-versie", vorige, hash);
    }
}
