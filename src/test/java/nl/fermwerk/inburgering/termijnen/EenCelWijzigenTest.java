package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;

/**
 * The proof that a term is defined in one place: change one cell of processes/termijnen.dmn (PIP 10 -> 8
 * weeks, the voortgangsgesprek interval 6 -> 4 months), deploy it as a beleidsmedewerker would, and watch the
 * watcher's timer, the task's due date, the TermijnOverschreden event, the report's deadline, the dossier page and the
 * trajectory's voortgangsgesprek cycle all follow. A dossier whose term started before the deployment keeps its term.
 */
@IntegratieTest
class EenCelWijzigenTest extends TrajectTestBasis {

    @Autowired
    RepositoryService repository;
    @Autowired
    Termijnbewaking termijnbewaking;
    @Autowired
    Termijndefinities definities;
    @Autowired
    Rapportages rapportages;
    @Autowired
    RapportageTermijnen rapportageTermijnen;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void eenAndereDuurInDeTabelGeldtOveralVoorTermijnenDieDaarnaBeginnen() throws Exception {
        String ervoor = open("GEZINSMIGRANT", "WOERDEN", false);
        LocalDate meldingErvoor = dossiers.vind(ervoor).datumKoppeling();
        String deployment = repository.createDeployment().name("termijnen-test").addString("termijnen.dmn",
                gewijzigd()).deploy().getId();
        try {
            String id = open("GEZINSMIGRANT", "OUDEWATER", false);
            LocalDate melding = dossiers.vind(id).datumKoppeling();
            LocalDate verval = melding.plusWeeks(8);

            // the watcher's deadline and the task's due date
            assertThat(termijnbewaking.vervaldatum(id, "PIP")).contains(verval);
            assertThat(termijnbewaking.vervaldatum(ervoor, "PIP")).contains(meldingErvoor.plusWeeks(10));
            rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
            rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
            assertThat(taak(id, "pipOpstellen").getDueDate()).isEqualTo(Termijnen.eindeVanDag(verval));
            // the report measures against the same deadline
            assertThat(rapportageTermijnen.uiterlijkPip(rapportages.dossier(id, null))).isEqualTo(verval);

            // the escalation: at the end of week 8, not before
            naar(verval.atTime(LocalTime.of(23, 59)).atZone(Klok.ZONE));
            assertThat(termijnOverschrijdingen(id)).isEmpty();
            naar(verval.plusDays(1).atTime(LocalTime.of(0, 1)).atZone(Klok.ZONE));
            assertThat(gebeurtenissen(id, "TermijnOverschreden")).singleElement()
                    .satisfies(g -> assertThat(g.data()).containsEntry("termijn", "PIP")
                            .containsEntry("vervaldatum", verval.toString()));
            // the dossier whose term started before the new table still has its ten weeks
            assertThat(termijnOverschrijdingen(ervoor)).isEmpty();
            // the dossier page
            assertThat(http.withBasicAuth("casusregisseur", "demo").getForObject("/dossiers/" + id, String.class))
                    .contains(nl.fermwerk.inburgering.basis.Labels.datum(verval));

            // a PIP in week 9 is late for the dashboard too
            LocalDate pip = LocalDate.parse(vandaag()).plusDays(6);
            naar(pip.atTime(9, 0).atZone(Klok.ZONE));
            rondAf(id, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);
            DossierRegel regel = rapportages.dossier(id, null);
            assertThat(regel.pipDatum()).isAfter(rapportageTermijnen.uiterlijkPip(regel));

            // the voortgangsgesprek comes after four months, not six
            naar(pip.plusMonths(4).minusDays(1).atTime(9, 0).atZone(Klok.ZONE));
            assertThat(openTaken(id)).doesNotContain("voortgangsgesprek");
            naar(pip.plusMonths(4).atTime(10, 0).atZone(Klok.ZONE));
            assertThat(openTaken(id)).contains("voortgangsgesprek");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void functioneelBeheerPastDeNieuweTabelToeOpLopendeDossiers() throws Exception {
        String id = open("GEZINSMIGRANT", "MONTFOORT", false);
        LocalDate melding = dossiers.vind(id).datumKoppeling();
        String deployment = repository.createDeployment().name("termijnen-test").addString("termijnen.dmn",
                gewijzigd()).deploy().getId();
        try {
            assertThat(http.withBasicAuth("casusregisseur", "demo").postForEntity(
                    "/api/beheer/migraties/termijnen/proefdraai", null, String.class).getStatusCode().value())
                    .isEqualTo(403);

            JsonNode proef = json.readTree(http.withBasicAuth("beheer", "demo").postForEntity(
                    "/api/beheer/migraties/termijnen/proefdraai", null, String.class).getBody());
            assertThat(mijn(proef, id)).singleElement().satisfies(t -> {
                assertThat(t.get("termijn").asText()).isEqualTo("PIP");
                assertThat(t.get("oud").asText()).isEqualTo(melding.plusWeeks(10).toString());
                assertThat(t.get("nieuw").asText()).isEqualTo(melding.plusWeeks(8).toString());
            });
            assertThat(gebeurtenissen(id, "TermijnHerberekend")).isEmpty();
            assertThat(termijnbewaking.vervaldatum(id, "PIP")).contains(melding.plusWeeks(10));

            JsonNode batch = json.readTree(http.withBasicAuth("beheer", "demo").postForEntity(
                    "/api/beheer/migraties/termijnen", null, String.class).getBody());
            assertThat(mijn(batch, id)).hasSize(1);
            assertThat(gebeurtenissen(id, "TermijnHerberekend")).singleElement().satisfies(g -> assertThat(g.data())
                    .containsEntry("termijn", "PIP").containsEntry("oud", melding.plusWeeks(10).toString())
                    .containsEntry("nieuw", melding.plusWeeks(8).toString()));
            assertThat(termijnbewaking.vervaldatum(id, "PIP")).contains(melding.plusWeeks(8));
            // a second run finds nothing left to move for this dossier
            JsonNode nogEens = json.readTree(http.withBasicAuth("beheer", "demo").postForEntity(
                    "/api/beheer/migraties/termijnen/proefdraai", null, String.class).getBody());
            assertThat(mijn(nogEens, id)).isEmpty();

            naar(melding.plusWeeks(8).plusDays(1).atTime(0, 1).atZone(Klok.ZONE));
            assertThat(gebeurtenissen(id, "TermijnOverschreden")).singleElement()
                    .satisfies(g -> assertThat(g.data()).containsEntry("vervaldatum", melding.plusWeeks(8).toString()));
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    /**
     * The watchers skip events that no version of the table mentions; a watcher keeps the lists of the version it
     * started under, so an event a newer version no longer names still reaches it.
     */
    @Test
    void eenGebeurtenisUitEenOudereVersieVanDeTabelBlijftDeWatchersBereiken() throws Exception {
        assertThat(definities.raakt("ZienswijzeOntvangen")).isTrue();
        assertThat(definities.raakt("LeerbaarheidstoetsAfgenomen")).isFalse();
        String tabel = new ClassPathResource("processes/termijnen.dmn").getContentAsString(StandardCharsets.UTF_8);
        String deployment = repository.createDeployment().name("termijnen-test").addString("termijnen.dmn",
                tabel.replace("ZienswijzeOntvangen", "ZienswijzeBinnengekomen")).deploy().getId();
        try {
            assertThat(definities.raakt("ZienswijzeBinnengekomen")).isTrue();
            assertThat(definities.raakt("ZienswijzeOntvangen")).isTrue();
            assertThat(definities.raakt("LeerbaarheidstoetsAfgenomen")).isFalse();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        assertThat(definities.raakt("ZienswijzeBinnengekomen")).isFalse();
    }

    /**
     * A watcher holds the version of the table it started under, not the row's values: a newer version that lets
     * another event meet the PIP term and sends its escalation elsewhere changes nothing for a watcher that was
     * already running, while a watcher started under the newer version follows the newer row.
     */
    @Test
    void eenLopendeWatcherVolgtDeRijVanDeVersieWaaronderHijBegon() throws Exception {
        String ervoor = open("GEZINSMIGRANT", "WOERDEN", false);
        assertThat(runtime.getVariables(watcher(ervoor, "PIP")).keySet()).contains(Bewakingsrij.VERSIE)
                .doesNotContain("nakomGebeurtenissen", "vervalGebeurtenissen", "label", "taak", "escalatieGroep");
        String tabel = new ClassPathResource("processes/termijnen.dmn").getContentAsString(StandardCharsets.UTF_8);
        String nieuw = cel(cel(tabel, "PIP", "\"PipVastgesteld\"", "\"PipBijgesteld\""), "PIP",
                "\"fermwerk-teamleider\"", "\"fermwerk-casusregie\"");
        String deployment = repository.createDeployment().name("termijnen-test").addString("termijnen.dmn", nieuw)
                .deploy().getId();
        try {
            String erna = open("GEZINSMIGRANT", "WOERDEN", false);
            LocalDate verval = dossiers.vind(erna).datumKoppeling().plusWeeks(10);
            totEnMetPip(ervoor, "B1", false);
            totEnMetPip(erna, "B1", false);
            // the version of before: PipVastgesteld meets the term
            assertThat(termijnbewaking.lopend(ervoor, "PIP")).isEmpty();
            assertThat(termijnbewaking.vanDossier(ervoor)).filteredOn(t -> t.termijn().equals("PIP")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.status()).isEqualTo(Termijnstand.GEHAALD);
                        assertThat(t.label()).isEqualTo("PIP binnen 10 weken");
                        assertThat(t.taak()).isEqualTo("pipOpstellen");
                    });
            // the newer version: only a PipBijgesteld would, so the term runs out and escalates to its new group
            assertThat(termijnbewaking.lopend(erna, "PIP")).isPresent();
            naar(verval.plusDays(1).atTime(0, 1).atZone(Klok.ZONE));
            assertThat(kandidaten(taak(erna, "termijnBewaking"))).containsExactly("fermwerk-casusregie");
            assertThat(taken.getVariable(taak(erna, "termijnBewaking").getId(), "taakLabel"))
                    .isEqualTo("PIP opstellen en beschikken");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    /**
     * A watcher started before watchers kept their version holds the row's values itself (production databases have
     * them running): those values still decide its escalation group and its label.
     */
    @Test
    void eenWatcherVanVoorDeVersieHoudtZijnEigenWaarden() {
        String id = open("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false);
        String watcher = watcher(id, "PIP");
        runtime.removeVariable(watcher, Bewakingsrij.VERSIE);
        runtime.setVariables(watcher, Map.of("label", "PIP binnen tien weken (oude tabel)",
                "escalatieGroep", "fermwerk-casusregie", "taak", "pipOpstellen",
                "nakomGebeurtenissen", "PipVastgesteld", "vervalGebeurtenissen", "OntheffingVerleend"));
        assertThat(termijnbewaking.vanDossier(id)).filteredOn(t -> t.termijn().equals("PIP")).singleElement()
                .satisfies(t -> assertThat(t.label()).isEqualTo("PIP binnen tien weken (oude tabel)"));
        naar(dossiers.vind(id).datumKoppeling().plusWeeks(10).plusDays(1).atTime(0, 1).atZone(Klok.ZONE));
        assertThat(kandidaten(taak(id, "termijnBewaking"))).containsExactly("fermwerk-casusregie");
    }

    /** After beheer deleted the deployment of a watcher's version, the latest table serves: no event may fail on it. */
    @Test
    void eenWatcherWiensVersieIsVerwijderdLeestDeLaatsteTabel() {
        Map<String, Object> variabelen = Map.of(Bewakingsrij.VERSIE, "termijnen:99:verwijderd", "termijn", "PIP",
                "doelgroep", "GEZINSMIGRANT");
        Bewakingsrij rij = new Bewakingsrij(variabelen::get, new Termijndefinities(repository));
        assertThat(rij.label()).isEqualTo("PIP binnen 10 weken");
        assertThat(rij.nakomGebeurtenissen()).containsExactly("PipVastgesteld");
    }

    private String watcher(String dossierId, String termijn) {
        return termijnbewaking.lopend(dossierId, termijn).orElseThrow().getId();
    }

    private static List<JsonNode> mijn(JsonNode antwoord, String id) {
        List<JsonNode> mijn = new ArrayList<>();
        antwoord.get("termijnen").forEach(t -> {
            if (id.equals(t.get("dossierId").asText())) {
                mijn.add(t);
            }
        });
        return mijn;
    }

    /** processes/termijnen.dmn with two cells changed: the PIP duration and the voortgangsgesprek interval. */
    private static String gewijzigd() throws Exception {
        String tabel = new ClassPathResource("processes/termijnen.dmn").getContentAsString(StandardCharsets.UTF_8);
        String pip = cel(tabel, "PIP", "\"P10W\"", "\"P8W\"");
        return cel(pip, "VOORTGANGSGESPREK", "\"P6M\"", "\"P4M\"");
    }

    /** Replaces the duration in every rule of one term (the PIP has a rule per doelgroep). */
    private static String cel(String tabel, String termijn, String oud, String nieuw) {
        Pattern regel = Pattern.compile("<rule id=\"[^\"]+\">.*?</rule>", Pattern.DOTALL);
        Matcher m = regel.matcher(tabel);
        StringBuilder uit = new StringBuilder();
        int gewijzigd = 0;
        while (m.find()) {
            String r = m.group();
            if (r.contains("<text>\"" + termijn + "\"</text>")) {
                assertThat(r).contains(oud);
                r = r.replace(oud, nieuw);
                gewijzigd++;
            }
            m.appendReplacement(uit, Matcher.quoteReplacement(r));
        }
        m.appendTail(uit);
        assertThat(gewijzigd).as("regels van " + termijn).isPositive();
        return uit.toString();
    }
}
