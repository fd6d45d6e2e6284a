package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegratieTest
class HashKetenTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenOngeschondenGeschiedenisIsIntact() {
        String id = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        testDossiers.rondAf(id, "leerbaarheidstoets", Map.of("datumToets", "2026-11-01"));

        assertThat(gebeurtenissen.vanDossier(id)).hasSize(2);
        assertThat(gebeurtenissen.controleerKeten(id)).isEmpty();
    }

    @Test
    void eenGewijzigdeGebeurtenisBreektDeKeten() {
        String id = testDossiers.open("GEZINSMIGRANT", "OUDEWATER", false);
        testDossiers.rondAf(id, "leerbaarheidstoets", Map.of("datumToets", "2026-11-01"));

        jdbc.update("UPDATE gebeurtenis SET data = REPLACE(data, 'Test Inburgeraar', 'Iemand Anders') "
                + "WHERE dossier_id = ? AND volgnummer = 1", id);

        assertThat(gebeurtenissen.controleerKeten(id)).hasValueSatisfying(breuk -> {
            assertThat(breuk.volgnummer()).isEqualTo(1);
            assertThat(breuk.reden()).contains("hash");
        });
    }

    @Test
    void eenVerwijderdeGebeurtenisBreektDeKeten() {
        String id = testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false);
        testDossiers.rondAf(id, "leerbaarheidstoets", Map.of("datumToets", "2026-11-01"));
        testDossiers.rondAf(id, "bredeIntake", Map.of("datumBredeIntake", "2026-11-10"));

        jdbc.update("DELETE FROM gebeurtenis WHERE dossier_id = ? AND volgnummer = 2", id);

        assertThat(gebeurtenissen.controleerKeten(id)).hasValueSatisfying(breuk ->
                assertThat(breuk.reden()).contains("volgnummer 2 ontbreekt"));
    }
}
