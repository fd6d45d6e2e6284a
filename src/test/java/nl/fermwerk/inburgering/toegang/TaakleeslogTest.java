package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #20, finding 13 (reads): what Tasklist reads all day through the engine REST API is in the access log, one row
 * per dossier per request, with the reader, the endpoint and the purpose "taakbehandeling"; the rows are written in
 * batches ({@link Leesregistraties}, written out here instead of waiting for the next batch).
 */
@IntegratieTest
class TaakleeslogTest {

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Leesregistraties leesregistraties;
    @Autowired
    Toegangslog log;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcTemplate jdbc;

    private String dossier() {
        String id = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", false);
        testDossiers.rondAf(id, "overdrachtCoa", Map.of("datumOverdracht", Klok.vandaag().toString()));
        return id;
    }

    private List<Toegangslog.Regel> regels(String dossierId, String gebruiker) {
        leesregistraties.schrijfWeg();
        return log.vanDossier(dossierId).stream().filter(r -> r.gebruiker().equals(gebruiker)).toList();
    }

    @Test
    void eenPartnerLeestInTasklistEnElkeLezingStaatInHetToegangslog() {
        String id = dossier();
        Task taak = testDossiers.taak(id, "vrijwilligerVoorstellen");
        EngineRest vsgh = EngineRest.als(poort, "vsgh", Api.TASKLIST);
        String basis = "/camunda/api/engine/engine/default";
        String werkvoorraad = filters.createFilterQuery().filterName(TasklistFilters.werkvoorraad("vsgh"))
                .singleResult().getId();

        Antwoord pagina = vsgh.postHal("/filter/" + werkvoorraad + "/list?firstResult=0&maxResults=50",
                "{\"processInstanceBusinessKey\":\"" + id + "\"}");
        assertThat(pagina.status()).as(pagina.body()).isEqualTo(200);
        assertThat(pagina.body()).contains(taak.getId());
        assertThat(vsgh.get("/task/" + taak.getId()).status()).isEqualTo(200);
        assertThat(vsgh.get("/task/" + taak.getId() + "/form-variables").status()).isEqualTo(200);

        List<Toegangslog.Regel> regels = regels(id, "vsgh");
        assertThat(regels).extracting(Toegangslog.Regel::endpoint).containsExactly(
                "POST " + basis + "/filter/" + werkvoorraad + "/list",
                "GET " + basis + "/task/" + taak.getId(),
                "GET " + basis + "/task/" + taak.getId() + "/form-variables");
        assertThat(regels).allSatisfy(r -> {
            assertThat(r.doel()).isEqualTo("taakbehandeling");
            assertThat(r.resultaat()).isEqualTo(Toegangslog.TOEGESTAAN);
            assertThat(r.dossierId()).isEqualTo(id);
        });
    }

    @Test
    void casusregieLeestViaDeEngineRestEenRijPerDossierPerVerzoek() {
        String id = dossier();
        Task regeldag = testDossiers.taak(id, "regeldag");
        EngineRest regie = EngineRest.als(poort, "casusregisseur", Api.ENGINE_REST);

        // Two open tasks of one dossier on one page: one row
        Antwoord lijst = regie.get("/task?processInstanceBusinessKey=" + id);
        assertThat(lijst.body()).contains(regeldag.getId(), testDossiers.taak(id, "vrijwilligerVoorstellen").getId());
        assertThat(regie.get("/task/" + regeldag.getId() + "/variables?doel=klantvraag").status()).isEqualTo(200);
        assertThat(regie.get("/task/count?processInstanceBusinessKey=" + id).status()).isEqualTo(200);

        List<Toegangslog.Regel> regels = regels(id, "casusregisseur");
        assertThat(regels).extracting(Toegangslog.Regel::endpoint).containsExactly("GET /engine-rest/task",
                "GET /engine-rest/task/" + regeldag.getId() + "/variables");
        assertThat(regels).extracting(Toegangslog.Regel::doel).containsExactly("taakbehandeling", "klantvraag");
    }

    @Test
    void eenGeweigerdeLezingVanEenTaakStaatAlsGeweigerdInHetLog() {
        String id = dossier();
        Task taak = testDossiers.taak(id, "vrijwilligerVoorstellen");

        Antwoord antwoord = EngineRest.als(poort, "swom", Api.ENGINE_REST).get("/task/" + taak.getId() + "/variables");

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(regels(id, "swom")).singleElement().satisfies(r -> {
            assertThat(r.resultaat()).isEqualTo(Toegangslog.GEWEIGERD);
            assertThat(r.endpoint()).isEqualTo("GET /engine-rest/task/" + taak.getId() + "/variables");
        });
    }

    @Test
    void opgespaardeRijenWordenInEenKeerWeggeschreven() throws Exception {
        String id = dossier();
        long voor = jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ?", Long.class, id);
        List<Toegangslog.Invoer> veel = new java.util.ArrayList<>();
        for (int i = 0; i < Leesregistraties.BATCH * 2 + 7; i++) {
            veel.add(new Toegangslog.Invoer(Klok.nu(), java.time.Instant.now(), "test", id, "GET /engine-rest/task",
                    "taakbehandeling", Toegangslog.TOEGESTAAN));
        }
        assertThat(leesregistraties.registreer(veel)).isTrue();

        leesregistraties.schrijfWeg();

        assertThat(leesregistraties.wachtend()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ?", Long.class, id) - voor)
                .isEqualTo(Leesregistraties.BATCH * 2 + 7);
    }
}
