package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The integrity check finds a tampered event and a trajectory-less dossier, and is for functioneel beheer only. */
@IntegratieTest
class IntegriteitTest {

    @LocalServerPort
    int poort;
    @Autowired
    Integriteit integriteit;
    @Autowired
    TestDossiers dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void eenGewijzigdeGebeurtenisBreektDeKetenEnWordtGemeld() {
        String dossierId = dossiers.open("GEZINSMIGRANT", "MONTFOORT", false);
        assertThat(integriteit.controleer().ketenbreuken()).noneMatch(b -> b.startsWith(dossierId + " "));
        String echt = jdbc.queryForObject("SELECT data FROM gebeurtenis WHERE dossier_id = ? AND volgnummer = 1",
                String.class, dossierId);
        try {
            jdbc.update("UPDATE gebeurtenis SET data = ? WHERE dossier_id = ? AND volgnummer = 1",
                    echt.replace("MONTFOORT", "WOERDEN"), dossierId);

            Integriteit.Rapport rapport = integriteit.controleer();

            assertThat(rapport.heel()).isFalse();
            assertThat(rapport.ketenbreuken()).anyMatch(b -> b.startsWith(dossierId + " #1"));
        } finally {
            jdbc.update("UPDATE gebeurtenis SET data = ? WHERE dossier_id = ? AND volgnummer = 1", echt, dossierId);
        }
        assertThat(integriteit.controleer().ketenbreuken()).noneMatch(b -> b.startsWith(dossierId + " "));
    }

    @Test
    void eenVoltooideTaakTeltAlsPreciesEenGebeurtenis() {
        String dossierId = dossiers.open("GEZINSMIGRANT", "OUDEWATER", false);
        long voor = ((Number) integriteit.controleer().tellingen().get("afgerondeTaken")).longValue();
        String taakId = dossiers.taak(dossierId, "leerbaarheidstoets").getId();
        dossiers.rondAf(dossierId, "leerbaarheidstoets", java.util.Map.of("datumToets",
                nl.fermwerk.inburgering.basis.Klok.vandaag().toString()));

        Integriteit.Rapport rapport = integriteit.controleer();

        assertThat(((Number) rapport.tellingen().get("afgerondeTaken")).longValue()).isGreaterThanOrEqualTo(voor + 1);
        // The shared test database holds other tests' work too: judge this dossier's task
        assertThat(rapport.afgerondeTakenZonderGebeurtenis()).doesNotContain(taakId);
        assertThat(rapport.takenMetMeerdereGebeurtenissen()).noneMatch(t -> t.startsWith(taakId));
        assertThat(rapport.taakgebeurtenissenZonderAfgerondeTaak()).noneMatch(t -> t.startsWith(taakId));
        assertThat(rapport.trajectAfwijkingen()).noneMatch(a -> a.startsWith(dossierId));
    }

    @Test
    void beheerKrijgtHetRapportViaDeApi() throws Exception {
        HttpResponse<String> antwoord = Verzoek.get("integriteit", "/api/beheer/integriteit").als("beheer").stuur(poort);

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(antwoord.body());
        assertThat(body.has("heel")).isTrue();
        assertThat(body.path("tellingen").path("dossiers").asInt()).isPositive();
        assertThat(body.path("bevindingen").has("ketenbreuken")).isTrue();
    }
}
