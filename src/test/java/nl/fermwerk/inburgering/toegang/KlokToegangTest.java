package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.TestProfielen;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The simulated clock moves every term of every dossier at once (issue #20, finding 7): only functioneel beheer may
 * read or move it; everyone else gets 403, whatever the date they send. Runs in profile {@code simulatie}, the only
 * one with the clock endpoint: a context of its own, whose engine has a name of its own. Camunda finds engines by
 * name in a JVM-wide registry, where a second "default" would replace that of the other tests; and the context stays
 * open (no DirtiesContext), because closing it took the other context's engine out of that registry too, after
 * which Tasklist's login in the other tests answered 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=simulatie")
@ActiveProfiles(resolver = KlokToegangTest.MetSimulatie.class)
class KlokToegangTest {

    private static final String KLOK = "/api/simulatie/klok";

    @LocalServerPort
    int poort;

    @AfterEach
    void echteTijd() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"casusregisseur", "teamleider", "vsgh", "regio-midden-holland", "beleid", "manager"})
    void alleenFunctioneelBeheerZietOfVerzetDeKlok(String gebruiker) throws Exception {
        Instant voor = Klok.nu();
        String morgen = voor.plus(1, ChronoUnit.DAYS).toString();

        HttpResponse<String> lezen = Verzoek.get("klok lezen", KLOK).als(gebruiker).stuur(poort);
        HttpResponse<String> verzetten = Verzoek.post("klok verzetten", KLOK, "{\"naar\":\"" + morgen + "\"}")
                .als(gebruiker).stuur(poort);

        assertThat(lezen.statusCode()).as(lezen.body()).isEqualTo(403);
        assertThat(verzetten.statusCode()).as(verzetten.body()).isEqualTo(403);
        assertThat(Klok.nu()).isBefore(voor.plus(1, ChronoUnit.HOURS));
    }

    @Test
    void functioneelBeheerVerzetDeKlok() throws Exception {
        Instant doel = Klok.nu().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> lezen = Verzoek.get("klok lezen", KLOK).als("beheer").stuur(poort);
        HttpResponse<String> verzetten = Verzoek.post("klok verzetten", KLOK, "{\"naar\":\"" + doel + "\"}")
                .als("beheer").stuur(poort);

        assertThat(lezen.statusCode()).as(lezen.body()).isEqualTo(200);
        assertThat(verzetten.statusCode()).as(verzetten.body()).isEqualTo(200);
        assertThat(Klok.nu()).isEqualTo(doel);
    }

    /** The integration-test profiles plus {@code simulatie}. */
    static class MetSimulatie extends TestProfielen {
        @Override
        public String[] resolve(Class<?> testClass) {
            List<String> profielen = new ArrayList<>(List.of(super.resolve(testClass)));
            profielen.add("simulatie");
            return profielen.toArray(String[]::new);
        }
    }
}
