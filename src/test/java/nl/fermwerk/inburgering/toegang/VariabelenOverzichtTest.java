package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's variable overviews across all instances (issue #20, finding 11): a partner saw there the Tasklist card
 * copies of its tasks (name, dossier number, gemeente) while docs/privacy.md promised nothing. A partner, management
 * and beleidsmedewerkers get 403 there; a partner reads a task's variables on that task only. Ferm Werk and
 * functioneel beheer keep the overviews.
 */
@IntegratieTest
class VariabelenOverzichtTest {

    static final List<String> OVERZICHTEN = List.of("/engine-rest/variable-instance",
            "/engine-rest/variable-instance/count", "/engine-rest/history/variable-instance",
            "/engine-rest/history/variable-instance/count", "/engine-rest/history/detail",
            "/engine-rest/history/detail/count", "/engine-rest/engine/default/variable-instance");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;

    private static boolean dossierGeopend;

    @BeforeEach
    void eenTaakMetKopieenVoorPartners() {
        // Woerden: the leerbaarheidstoets has vsgh and woerden-wijzer as betrokken, with the card copies on the task
        if (!dossierGeopend) {
            testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
            dossierGeopend = true;
        }
    }

    static Stream<Arguments> geweigerd() {
        List<Arguments> cellen = new ArrayList<>();
        for (String gebruiker : Stream.concat(Groepen.PARTNERS.stream(), Stream.of("beleid", "manager")).toList()) {
            for (String pad : OVERZICHTEN) {
                cellen.add(Arguments.of(gebruiker, pad));
            }
        }
        return cellen.stream();
    }

    @ParameterizedTest(name = "{0} op {1}")
    @MethodSource("geweigerd")
    void partnersManagementEnBeleidKrijgenGeenVariabelenoverzicht(String gebruiker, String pad) throws Exception {
        HttpResponse<String> lezen = Verzoek.get(pad, pad).als(gebruiker).stuur(poort);
        HttpResponse<String> zoeken = Verzoek.post(pad, pad, "{}").als(gebruiker).stuur(poort);

        assertThat(lezen.statusCode()).as(lezen.body()).isEqualTo(403);
        assertThat(zoeken.statusCode()).as(zoeken.body()).isEqualTo(403);
        assertThat(lezen.body()).doesNotContain("weergavenaam").doesNotContain("IB-");
    }

    static Stream<Arguments> toegestaan() {
        return Stream.of("casusregisseur", "teamleider", "beheer")
                .flatMap(gebruiker -> OVERZICHTEN.stream().map(pad -> Arguments.of(gebruiker, pad)));
    }

    @ParameterizedTest(name = "{0} op {1}")
    @MethodSource("toegestaan")
    void fermWerkEnBeheerHoudenHetOverzicht(String gebruiker, String pad) throws Exception {
        HttpResponse<String> lezen = Verzoek.get(pad, pad + (pad.endsWith("count") ? "" : "?maxResults=5"))
                .als(gebruiker).stuur(poort);

        assertThat(lezen.statusCode()).as(lezen.body()).isEqualTo(200);
    }
}
