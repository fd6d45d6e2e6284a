package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20, finding 6: "less than our API, never more". Every ketenpartner with a role, on every task it can see,
 * through every variable read of both engine REST APIs, finds the task's card, its form's context and the task's own
 * answers, and never another task's notes or decisions. The notes and decisions are planted on the process of each
 * dossier (as a trajectory started before this change still holds them), marked {@value #GEHEIM}.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerleesTest {

    static final String GEHEIM = "GEHEIM-van-een-andere-taak";
    /** Other tasks' answers and the routing's internals: our API shows a partner none of them. */
    static final Set<String> NOOIT = Set.of("toelichting", "verslag", "bevindingen", "uitkomst", "boeteArtikel",
            "boeteBedrag", "conclusieOntzorgen", "datumGesprek", "taalvrijwilliger", "datumToets", "naam", "uitkering",
            "bijstand", "warmeOverdracht", "leerrouteGemeente", "bsn", "geboortedatum");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper json;
    @Autowired
    FilterService filters;

    final List<String> mijnDossiers = new ArrayList<>();

    /**
     * Per gemeente one dossier at its first task (brede intake: betrokken partners) and one in the Uitvoering with a
     * PIP B1 and a taalvrijwilliger (pvt, taalvrijwilliger, toeleiding naar werk: candidates and betrokken), and in
     * Bodegraven-Reeuwijk past the PVT (MAP: regio Midden-Holland).
     */
    @BeforeAll
    void dossiers() {
        String vandaag = Klok.vandaag().toString();
        for (String gemeente : List.of("WOERDEN", "OUDEWATER", "MONTFOORT", "BODEGRAVEN_REEUWIJK")) {
            mijnDossiers.add(testDossiers.open("GEZINSMIGRANT", gemeente, false));
            inUitvoering(gemeente, vandaag);
        }
        testDossiers.rondAf(inUitvoering("BODEGRAVEN_REEUWIJK", vandaag), "pvt", Map.of("datumPvt", vandaag));
        for (String id : mijnDossiers) {
            String instantie = testDossiers.traject(id).getId();
            Map<String, Object> geheim = new LinkedHashMap<>();
            for (String naam : List.of("toelichting", "verslag", "bevindingen", "uitkomst", "boeteArtikel",
                    "conclusieOntzorgen")) {
                geheim.put(naam, GEHEIM);
            }
            runtime.setVariables(instantie, geheim);
        }
    }

    private String inUitvoering(String gemeente, String vandaag) {
        String id = testDossiers.open("GEZINSMIGRANT", gemeente, false);
        mijnDossiers.add(id);
        testDossiers.rondAf(id, "leerbaarheidstoets", Map.of("datumToets", vandaag));
        testDossiers.rondAf(id, "bredeIntake", Map.of("datumBredeIntake", vandaag));
        testDossiers.rondAf(id, "pipOpstellen", Map.of("leerroute", "B1", "pipDatum", vandaag,
                "taalvrijwilliger", true));
        return id;
    }

    Stream<Arguments> partnersEnApis() {
        return Groepen.PARTNERS.stream()
                .flatMap(p -> Stream.of(Arguments.of(p, Api.ENGINE_REST), Arguments.of(p, Api.TASKLIST)));
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("partnersEnApis")
    void eenPartnerLeestOpZijnTakenAlleenKaartContextEnEigenAntwoorden(String partner, Api api) throws Exception {
        EngineRest wie = EngineRest.als(poort, partner, api);
        List<String> zichtbaar = new ArrayList<>();
        for (String dossier : mijnDossiers) {
            JsonNode lijst = json.readTree(wie.get("/task?processInstanceBusinessKey=" + dossier).body());
            lijst.forEach(t -> zichtbaar.add(t.get("id").asText()));
        }
        assertThat(zichtbaar).as("taken die %s ziet", partner).isNotEmpty();

        for (String taak : zichtbaar) {
            String pad = "/task/" + taak;
            for (String lezing : List.of("/variables", "/form-variables", "/localVariables",
                    "/variables?deserializeValues=false", "/form-variables?variableNames=toelichting,uitkomst,naam")) {
                Antwoord antwoord = wie.get(pad + lezing);
                assertThat(antwoord.status()).as("%s %s%s: %s", partner, pad, lezing, antwoord.body()).isEqualTo(200);
                assertThat(antwoord.body()).as("%s %s%s", partner, pad, lezing).doesNotContain(GEHEIM);
                List<String> namen = new ArrayList<>();
                json.readTree(antwoord.body()).fieldNames().forEachRemaining(namen::add);
                assertThat(namen).as("%s %s%s", partner, pad, lezing).doesNotContainAnyElementsOf(NOOIT);
            }
            assertThat(wie.get(pad + "/variables").body()).contains("\"dossierId\"", "\"weergavenaam\"");
            for (String naam : List.of("toelichting", "uitkomst", "verslag", "naam")) {
                Antwoord enkel = wie.get(pad + "/variables/" + naam);
                assertThat(enkel.status()).as("%s %s/variables/%s: %s", partner, pad, naam, enkel.body())
                        .isEqualTo(404);
                assertThat(enkel.body()).doesNotContain(GEHEIM);
                assertThat(wie.get(pad + "/variables/" + naam + "/data").body()).doesNotContain(GEHEIM);
            }
            assertThat(wie.get(pad + "/deployed-form").body()).doesNotContain(GEHEIM);
            assertThat(wie.get(pad + "/rendered-form").body()).doesNotContain(GEHEIM);
        }
        for (String pad : List.of("/variable-instance?variableValues=toelichting_eq_" + GEHEIM,
                "/variable-instance?variableName=uitkomst", "/history/variable-instance?variableName=toelichting",
                "/history/detail?variableUpdates=true", "/execution", "/process-instance")) {
            Antwoord antwoord = wie.get(pad);
            assertThat(antwoord.body()).as("%s %s", partner, pad).doesNotContain(GEHEIM);
        }
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("partnersEnApis")
    void eenPartnerZoektNietOpVariabelenDieHijNietMagLezen(String partner, Api api) throws Exception {
        EngineRest wie = EngineRest.als(poort, partner, api);
        String werkvoorraad = filters.createFilterQuery().filterName(TasklistFilters.werkvoorraad(partner))
                .singleResult().getId();

        // Whether a task's process has a certain outcome, boete or note: a yes/no answer is a read too
        for (Antwoord zoek : List.of(wie.get("/task?processVariables=uitkomst_eq_" + GEHEIM),
                wie.get("/task?processVariables=toelichting_like_%25GEHEIM%25"),
                wie.get("/task/count?processVariables=boeteArtikel_eq_" + GEHEIM),
                wie.post("/task", "{\"processVariables\":[{\"name\":\"verslag\",\"operator\":\"eq\","
                        + "\"value\":\"" + GEHEIM + "\"}]}"),
                wie.post("/task", "{\"orQueries\":[{\"processVariables\":[{\"name\":\"uitkomst\","
                        + "\"operator\":\"eq\",\"value\":\"" + GEHEIM + "\"}]}]}"),
                wie.post("/task", "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
                        + "\"parameters\":{\"variable\":\"uitkomst\",\"type\":\"String\"}}]}"),
                wie.postHal("/filter/" + werkvoorraad + "/list", "{\"processVariables\":[{\"name\":\"uitkomst\","
                        + "\"operator\":\"eq\",\"value\":\"" + GEHEIM + "\"}]}"))) {
            assertThat(zoek.status()).as("%s: %s", partner, zoek.body()).isEqualTo(403);
            assertThat(zoek.body()).contains("AuthorizationException");
        }
        // What the task card and the form's header show may be searched
        Antwoord gemeente = wie.get("/task?processVariables=gemeente_eq_WOERDEN&taskVariables=dossierId_like_%25");
        assertThat(gemeente.status()).as(gemeente.body()).isEqualTo(200);
    }
}
