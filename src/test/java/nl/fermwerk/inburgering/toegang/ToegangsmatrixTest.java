package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access matrix of docs/privacy.md: every demo user x a dossier in each of the four gemeenten x our API and the
 * engine's REST API. Each cell has an explicit expectation below; a partner's response never carries a BSN, and every
 * allowed read of our API leaves exactly one line in the access log.
 *
 * <p>The dossiers are gezinsmigranten: their trajectory starts with task {@code leerbaarheidstoets} (onderdeel
 * BREDE_INTAKE), routed to Ferm Werk with the gemeente's BREDE_INTAKE partners as betrokken.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToegangsmatrixTest {

    static final String ALLE = "WOERDEN,OUDEWATER,MONTFOORT,BODEGRAVEN_REEUWIJK";
    static final String GEWEIGERD = "GEWEIGERD";
    /** Users who see the full dossier, BSN included. */
    static final Set<String> VOLLEDIG = Set.of("casusregisseur", "teamleider", "beheer");
    /** Users who may query the engine's variable overviews at all; everyone else gets 403 there. */
    static final Set<String> VARIABELENOVERZICHT = Set.of("casusregisseur", "teamleider", "beheer");

    /**
     * The expectation table. Per user: the gemeenten whose dossiers our API shows ({@code GEWEIGERD}: the dossier API
     * answers 403 whatever the dossier), the gemeenten whose {@code leerbaarheidstoets} task the engine shows with its
     * variables, and the gemeenten whose process instance, history and historic variables the engine shows.
     */
    record Verwachting(String api, String taak, String instantie) {
    }

    static final Map<String, Verwachting> TABEL = new LinkedHashMap<>();

    static {
        TABEL.put("casusregisseur", new Verwachting(ALLE, ALLE, ALLE));
        TABEL.put("teamleider", new Verwachting(ALLE, ALLE, ALLE));
        TABEL.put("vsgh", new Verwachting("WOERDEN,OUDEWATER", "WOERDEN,OUDEWATER", ""));
        TABEL.put("vluchtelingenwerk", new Verwachting("MONTFOORT,BODEGRAVEN_REEUWIJK", "MONTFOORT", ""));
        TABEL.put("nl-training", new Verwachting("BODEGRAVEN_REEUWIJK", "", ""));
        TABEL.put("sam-welzijn", new Verwachting("BODEGRAVEN_REEUWIJK", "BODEGRAVEN_REEUWIJK", ""));
        TABEL.put("swom", new Verwachting("MONTFOORT", "MONTFOORT", ""));
        TABEL.put("woerden-wijzer", new Verwachting("WOERDEN", "WOERDEN", ""));
        TABEL.put("stadsteam-oudewater", new Verwachting("OUDEWATER", "OUDEWATER", ""));
        TABEL.put("sociaal-team-bodegraven-reeuwijk",
                new Verwachting("BODEGRAVEN_REEUWIJK", "BODEGRAVEN_REEUWIJK", ""));
        TABEL.put("regio-midden-holland", new Verwachting("BODEGRAVEN_REEUWIJK", "", ""));
        TABEL.put("beleid", new Verwachting(GEWEIGERD, "", ""));
        TABEL.put("manager", new Verwachting(GEWEIGERD, "", ""));
        TABEL.put("beheer", new Verwachting(ALLE, ALLE, ALLE));
    }

    enum Eindpunt {
        API_LIJST, API_DOSSIER, API_GEBEURTENISSEN,
        TAKEN, TAAKVARIABELEN, PROCESINSTANTIES, HISTORIE_PROCESINSTANTIES, HISTORIE_VARIABELEN
    }

    record Dossier(String id, String bsn, String instantie, String taak) {
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.HistoryService historie;
    @Autowired
    DossierService service;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Leesregistraties leesregistraties;

    final Map<String, Dossier> dossiers = new LinkedHashMap<>();

    @BeforeAll
    void vierDossiers() {
        for (String gemeente : ALLE.split(",")) {
            NieuwDossier nieuw = TestDossiers.koppeling("GEZINSMIGRANT", gemeente, false);
            String id = service.open(nieuw, "test").dossierId();
            dossiers.put(gemeente, new Dossier(id, nieuw.bsn(), null, null));
        }
        testDossiers.voerJobsUit();
        dossiers.replaceAll((gemeente, d) -> {
            var taak = testDossiers.taak(d.id(), "leerbaarheidstoets");
            assertThat(taak).as("taak leerbaarheidstoets van %s", d.id()).isNotNull();
            return new Dossier(d.id(), d.bsn(), taak.getProcessInstanceId(), taak.getId());
        });
    }

    Stream<Arguments> cellen() {
        List<Arguments> cellen = new ArrayList<>();
        for (String gebruiker : TABEL.keySet()) {
            for (String gemeente : ALLE.split(",")) {
                for (Eindpunt eindpunt : Eindpunt.values()) {
                    cellen.add(Arguments.of(gebruiker, gemeente, eindpunt));
                }
            }
        }
        return cellen.stream();
    }

    @ParameterizedTest(name = "{0} x {1} x {2}")
    @MethodSource("cellen")
    void elkeCelIsToegestaanOfGeweigerdZoalsVerwacht(String gebruiker, String gemeente, Eindpunt eindpunt)
            throws Exception {
        Verwachting verwacht = TABEL.get(gebruiker);
        Dossier dossier = dossiers.get(gemeente);
        boolean apiGeweigerd = GEWEIGERD.equals(verwacht.api());
        boolean apiZichtbaar = lijst(verwacht.api()).contains(gemeente);
        boolean taakZichtbaar = lijst(verwacht.taak()).contains(gemeente);
        boolean instantieZichtbaar = lijst(verwacht.instantie()).contains(gemeente);
        leesregistraties.schrijfWeg();
        long logVoor = logregels(gebruiker, dossier.id(), Toegangslog.TOEGESTAAN);
        long weigeringenVoor = logregels(gebruiker, dossier.id(), Toegangslog.GEWEIGERD);

        String lichaam = switch (eindpunt) {
            case API_LIJST -> {
                if (apiGeweigerd) {
                    ResponseEntity<String> antwoord = lees(gebruiker, "/api/dossiers?grootte=200&gemeente=" + gemeente);
                    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    yield antwoord.getBody();
                }
                List<String> paginas = zoekInLijst(gebruiker, gemeente, dossier.id());
                String laatste = paginas.get(paginas.size() - 1);
                boolean gevonden = laatste.contains("\"" + dossier.id() + "\"");
                assertThat(gevonden).as("dossier %s in de lijst", dossier.id()).isEqualTo(apiZichtbaar);
                if (!apiZichtbaar) {
                    assertThat(json.readTree(laatste).get("totaal").asLong()).isZero();
                }
                yield String.join("\n", paginas);
            }
            case API_DOSSIER, API_GEBEURTENISSEN -> {
                String pad = "/api/dossiers/" + dossier.id()
                        + (eindpunt == Eindpunt.API_GEBEURTENISSEN ? "/gebeurtenissen" : "");
                ResponseEntity<String> antwoord = lees(gebruiker, pad);
                assertThat(antwoord.getStatusCode())
                        .isEqualTo(apiZichtbaar ? HttpStatus.OK : HttpStatus.FORBIDDEN);
                if (apiZichtbaar) {
                    assertThat(antwoord.getBody()).contains(dossier.id());
                }
                if (!apiGeweigerd) {
                    // Refused by the dossier's gemeente: the attempt is in the log
                    assertThat(logregels(gebruiker, dossier.id(), Toegangslog.GEWEIGERD) - weigeringenVoor)
                            .isEqualTo(apiZichtbaar ? 0 : 1);
                }
                yield antwoord.getBody();
            }
            case TAKEN -> {
                JsonNode taken = lijstVan(gebruiker, "/engine-rest/task?processInstanceBusinessKey=" + dossier.id()
                        + "&taskDefinitionKey=leerbaarheidstoets");
                assertThat(taken.size()).isEqualTo(taakZichtbaar ? 1 : 0);
                yield taken.toString();
            }
            case TAAKVARIABELEN -> {
                ResponseEntity<String> antwoord = lees(gebruiker, "/engine-rest/task/" + dossier.taak() + "/variables");
                assertThat(antwoord.getStatusCode()).isEqualTo(taakZichtbaar ? HttpStatus.OK : HttpStatus.FORBIDDEN);
                if (taakZichtbaar) {
                    assertThat(json.readTree(antwoord.getBody()).get("gemeente").get("value").asText())
                            .isEqualTo(gemeente);
                }
                yield antwoord.getBody();
            }
            case PROCESINSTANTIES -> {
                // the trajectory and its term watchers (termijnbewaking): the same dossier, the same rights
                JsonNode instanties = lijstVan(gebruiker, "/engine-rest/process-instance?businessKey=" + dossier.id());
                assertThat(instanties.size()).isEqualTo(instantieZichtbaar
                        ? runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier.id()).count() : 0);
                yield instanties.toString();
            }
            case HISTORIE_PROCESINSTANTIES -> {
                JsonNode instanties = lijstVan(gebruiker,
                        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + dossier.id());
                assertThat(instanties.size()).isEqualTo(instantieZichtbaar ? historie.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(dossier.id()).count() : 0);
                yield instanties.toString();
            }
            case HISTORIE_VARIABELEN -> {
                String pad = "/engine-rest/history/variable-instance?processInstanceId=" + dossier.instantie();
                if (!VARIABELENOVERZICHT.contains(gebruiker)) {
                    // The variable overviews are Ferm Werk's and beheer's only (EngineEindpunten)
                    ResponseEntity<String> antwoord = lees(gebruiker, pad);
                    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    yield antwoord.getBody();
                }
                JsonNode variabelen = lijstVan(gebruiker, pad);
                if (instantieZichtbaar) {
                    assertThat(variabelen.size()).isPositive();
                } else {
                    assertThat(variabelen.size()).isZero();
                }
                yield variabelen.toString();
            }
        };

        boolean apiLezing = eindpunt.name().startsWith("API_");
        // Reads of a task or its variables through the engine are logged too (in batches: written out here)
        boolean taaklezing = eindpunt == Eindpunt.TAKEN || eindpunt == Eindpunt.TAAKVARIABELEN;
        leesregistraties.schrijfWeg();
        assertThat(logregels(gebruiker, dossier.id(), Toegangslog.TOEGESTAAN) - logVoor)
                .as("toegestane leesacties van %s op %s in het toegangslog", gebruiker, dossier.id())
                .isEqualTo((apiLezing && apiZichtbaar) || (taaklezing && taakZichtbaar) ? 1 : 0);
        if (!VOLLEDIG.contains(gebruiker)) {
            for (Dossier d : dossiers.values()) {
                assertThat(lichaam).as("geen BSN voor %s", gebruiker).doesNotContain(d.bsn());
            }
            assertThat(lichaam).doesNotContain("\"bsn\"").doesNotContain("\"geboortedatum\"");
        } else if (apiLezing && eindpunt != Eindpunt.API_LIJST) {
            // The check above would notice a BSN: Ferm Werk's full view does carry it
            assertThat(lichaam).contains(dossier.bsn());
        }
    }

    @Test
    void geenPartnerBereiktEenBsnOpWelkEindpuntOokMaar() {
        List<String> paden = new ArrayList<>(List.of("/api/dossiers?grootte=200", "/engine-rest/task",
                "/engine-rest/variable-instance", "/engine-rest/execution", "/engine-rest/history/task",
                "/engine-rest/history/detail", "/engine-rest/history/variable-instance",
                "/engine-rest/history/activity-instance", "/engine-rest/history/process-instance",
                "/engine-rest/process-instance", "/engine-rest/history/user-operation", "/engine-rest/incident"));
        for (Dossier d : dossiers.values()) {
            paden.add("/api/dossiers/" + d.id());
            paden.add("/api/dossiers/" + d.id() + "/gebeurtenissen");
            paden.add("/api/dossiers/" + d.id() + "/inzage");
            paden.add("/api/toegangslog?dossierId=" + d.id());
            paden.add("/engine-rest/task/" + d.taak() + "/variables");
            paden.add("/engine-rest/task/" + d.taak() + "/form-variables");
            paden.add("/engine-rest/process-instance/" + d.instantie() + "/variables");
        }
        for (String gebruiker : TABEL.keySet()) {
            if (VOLLEDIG.contains(gebruiker)) {
                continue;
            }
            for (String pad : paden) {
                String lichaam = String.valueOf(lees(gebruiker, pad).getBody());
                for (Dossier d : dossiers.values()) {
                    assertThat(lichaam).as("%s op %s", gebruiker, pad).doesNotContain(d.bsn());
                }
            }
        }
    }

    @Test
    void procesvariabelenBevattenNooitEenBsn() {
        Set<String> bsns = Set.copyOf(jdbc.queryForList("SELECT bsn FROM dossier", String.class));
        assertThat(bsns).isNotEmpty();
        List<Map<String, Object>> variabelen = new ArrayList<>();
        variabelen.addAll(jdbc.queryForList("SELECT NAME_ AS naam, TEXT_ AS tekst, TEXT2_ AS tekst2, LONG_ AS getal "
                + "FROM ACT_RU_VARIABLE"));
        variabelen.addAll(jdbc.queryForList("SELECT NAME_ AS naam, TEXT_ AS tekst, TEXT2_ AS tekst2, LONG_ AS getal "
                + "FROM ACT_HI_VARINST"));
        assertThat(variabelen).isNotEmpty();
        for (Map<String, Object> v : variabelen) {
            Map<String, String> rij = v.entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.valueOf(e.getValue())));
            assertThat(rij.get("naam")).isNotIn("bsn", "BSN", "geboortedatum");
            for (String waarde : List.of(rij.get("tekst"), rij.get("tekst2"), rij.get("getal"))) {
                assertThat(bsns.stream().noneMatch(waarde::contains)).as("variabele %s", rij.get("naam")).isTrue();
            }
        }
    }

    /** Reads the list page by page until the dossier shows up; returns the pages read (each logged once). */
    private List<String> zoekInLijst(String gebruiker, String gemeente, String dossierId) throws Exception {
        List<String> paginas = new ArrayList<>();
        for (int pagina = 0; ; pagina++) {
            ResponseEntity<String> antwoord = lees(gebruiker, "/api/dossiers?grootte=200&gemeente=" + gemeente
                    + "&pagina=" + pagina);
            assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
            paginas.add(antwoord.getBody());
            JsonNode lijst = json.readTree(antwoord.getBody());
            for (JsonNode d : lijst.get("dossiers")) {
                if (d.get("dossierId").asText().equals(dossierId)) {
                    return paginas;
                }
            }
            if ((pagina + 1) * 200L >= lijst.get("totaal").asLong()) {
                return paginas;
            }
        }
    }

    private JsonNode lijstVan(String gebruiker, String pad) throws Exception {
        ResponseEntity<String> antwoord = lees(gebruiker, pad);
        assertThat(antwoord.getStatusCode()).as(pad).isEqualTo(HttpStatus.OK);
        JsonNode lijst = json.readTree(antwoord.getBody());
        assertThat(lijst.isArray()).isTrue();
        return lijst;
    }

    private ResponseEntity<String> lees(String gebruiker, String pad) {
        return http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
    }

    private long logregels(String gebruiker, String dossierId, String resultaat) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE gebruiker = ? AND dossier_id = ? "
                + "AND resultaat = ?", Long.class, gebruiker, dossierId, resultaat);
    }

    private static List<String> lijst(String gemeenten) {
        return gemeenten.isEmpty() || GEWEIGERD.equals(gemeenten) ? List.of() : Arrays.asList(gemeenten.split(","));
    }
}
