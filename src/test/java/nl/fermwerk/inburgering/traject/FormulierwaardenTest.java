package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.EngineRest;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20, finding 12: a form opens with its own task's answers and the context its header shows, never with what
 * another task left behind; each task's own notes go into that task's event and leave the process.
 */
@IntegratieTest
class FormulierwaardenTest extends TrajectTestBasis {

    @LocalServerPort
    int poort;
    @Autowired
    ObjectMapper json;

    /** A gezinsmigrant in Woerden with a PIP (B1): VSGH's pvt is open. */
    private String metPip() {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        assertThat(taak(id, "pvt")).isNotNull();
        return id;
    }

    private JsonNode formulierwaarden(EngineRest wie, Task taak) throws Exception {
        Antwoord antwoord = wie.get("/task/" + taak.getId() + "/form-variables");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return json.readTree(antwoord.body());
    }

    private static List<String> namen(JsonNode variabelen) {
        List<String> namen = new ArrayList<>();
        variabelen.fieldNames().forEachRemaining(namen::add);
        return namen;
    }

    private void rondAfAls(EngineRest wie, Task taak, String variabelen) {
        Antwoord antwoord = wie.post("/task/" + taak.getId() + "/submit-form", "{\"variables\":{" + variabelen + "}}");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void hetVolgendeVoortgangsgesprekEnDePvtOpenenZonderWaardenVanAndereTaken(Api api) throws Exception {
        String id = metPip();
        EngineRest regie = EngineRest.als(poort, "casusregisseur", api);
        String datumPip = vandaag();
        naar(BEGIN.plusMonths(6).plusDays(1));
        String datumGesprek = vandaag();
        rondAfAls(regie, taak(id, "voortgangsgesprek"), "\"datumGesprek\":{\"value\":\"" + datumGesprek + "\"},"
                + "\"uitkomst\":{\"value\":\"HANDHAVING\"},\"verslag\":{\"value\":\"Geen les gevolgd\"},"
                + "\"deelnemers\":{\"value\":\"inburgeraar, casusregisseur\"},"
                + "\"voortgangOnderdelen\":{\"value\":\"Taal: geen les gevolgd\"},"
                + "\"afspraken\":{\"value\":\"Lessen volgen\"},"
                + "\"volgendGesprek\":{\"value\":\"" + datumGesprek + "\"}");
        voerJobsUit(id);
        // The gesprek started the trajectory's handhaving: voornemen and zienswijze come before the besluit
        rondAf(id, "voornemenHandhaving", "boeteArtikel", "ART_23", "handhavingsstap", "BOETE",
                "datumVoornemen", datumGesprek, "zienswijzeTot", datumGesprek);
        rondAf(id, "zienswijze", "zienswijzeGegeven", false, "datumZienswijze", datumGesprek);
        rondAfAls(regie, taak(id, "handhaving"), "\"boeteArtikel\":{\"value\":\"GEEN\"},\"boeteBedrag\":"
                + "{\"value\":0,\"type\":\"Integer\"},"
                + "\"grond\":{\"value\":\"PIP_NIET_NAGEKOMEN\"},\"handhavingsstap\":{\"value\":\"BOETE\"},"
                + "\"datumVoornemen\":{\"value\":\"" + datumGesprek + "\"},\"besluit\":{\"value\":\"AFZIEN\"},"
                + "\"motivering\":{\"value\":\"Handhavingsnotitie Ferm Werk\"},"
                + "\"dagtekening\":{\"value\":\"" + datumGesprek + "\"}");
        voerJobsUit(id);

        // VSGH's PVT form: its header's context, nothing of Ferm Werk's handhaving
        JsonNode pvt = formulierwaarden(EngineRest.als(poort, "vsgh", api), taak(id, "pvt"));
        assertThat(namen(pvt)).doesNotContain("toelichting", "uitkomst", "boeteArtikel", "boeteBedrag", "verslag",
                "datumGesprek").contains("weergavenaam", "dossierId", "leerrouteLabel", "pipDatumLabel");
        assertThat(pvt.toString()).doesNotContain("Handhavingsnotitie")
                .doesNotContain("Lessen volgen");
        assertThat(pvt.path("pipDatumLabel").path("value").asText())
                .isEqualTo(nl.fermwerk.inburgering.basis.Labels.datum((Object) datumPip));

        naar(BEGIN.plusMonths(12).plusDays(1));
        JsonNode tweede = formulierwaarden(regie, taak(id, "voortgangsgesprek"));
        assertThat(namen(tweede)).doesNotContain("uitkomst", "datumGesprek", "verslag", "toelichting")
                .contains("weergavenaam", "gemeenteLabel");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void financieleZelfredzaamheidOpentZonderDeEinddatumVanDeBegeleiding(Api api) throws Exception {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        warmeOverdracht(id);
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);
        String einde = BEGIN.toLocalDate().minusDays(2).toString();
        rondAfAls(vsgh, taak(id, "maatschappelijkeBegeleiding"), "\"datumAfronding\":{\"value\":\"" + einde + "\"},"
                + "\"toelichting\":{\"value\":\"Begeleiding klaar\"}");
        voerJobsUit(id);
        Task financieel = taak(id, "financieleZelfredzaamheid");

        JsonNode waarden = formulierwaarden(vsgh, financieel);

        assertThat(namen(waarden)).doesNotContain("datumAfronding", "toelichting");
        // Nor does the old date pass as this task's answer when the completion leaves it out
        Antwoord zonder = vsgh.post("/task/" + financieel.getId() + "/complete", "{\"variables\":{}}");
        // Our /engine-rest answers 400; the webapp's engine REST wraps every failed completion in a 500 of its own
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(api == Api.ENGINE_REST ? 400 : 500);
        assertThat(zonder.body()).contains("datumAfronding").contains("is verplicht");
        assertThat(taak(id, "financieleZelfredzaamheid")).isNotNull();
    }

    @Test
    void eenAfrondingLegtElkVeldVastEnLaatAlleenDeBeslissingenInHetProces() {
        String id = metPip();
        naar(BEGIN.plusMonths(6).plusDays(1));
        String instantie = traject(id).getId();
        rondAf(id, "voortgangsgesprek", "datumGesprek", vandaag(), "uitkomst", "GEEN_ACTIE", "verslag",
                "Goed gesprek");
        rondAf(id, "pvt", "datumPvt", vandaag(), "toelichting", "Verklaring getekend");

        Gebeurtenis gesprek = gebeurtenissen(id, "VoortgangsgesprekGevoerd").get(0);
        assertThat(gesprek.data()).containsEntry("uitkomst", "GEEN_ACTIE").containsEntry("datumGesprek", vandaag())
                .containsEntry("verslag", "Goed gesprek");
        assertThat(gebeurtenissen(id, "PvtAfgerond").get(0).data()).containsEntry("toelichting", "Verklaring getekend")
                .containsEntry("datumPvt", vandaag());
        // The flow reads uitkomst (gateway), leerroute and pipDatum (terms): those stay; notes and dates leave
        assertThat(runtime.getVariables(instantie)).containsKeys("uitkomst", "leerroute", "pipDatum", "datumPvt")
                .doesNotContainKeys("verslag", "datumGesprek", "toelichting");
    }
}
