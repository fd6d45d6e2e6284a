package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.EngineRest;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one pipeline every user task goes through: on create the routing's rights as one row per group, and a card and
 * form header that show what the dossier says, also when the process variables say otherwise or the dossier changes
 * while the task is open.
 */
@IntegratieTest
class TaakpijplijnTest extends TrajectTestBasis {

    @LocalServerPort
    int poort;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    ObjectMapper json;

    @Test
    void eenBetrokkenGroepKrijgtOpEenNieuweTaakEenRijMetLezenEnVariabelenEnVerderNiets() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        Task regeldag = taak(id, "regeldag");

        List<Authorization> rijen = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(regeldag.getId()).list();

        assertThat(rijen).as("alleen de betrokkene; casusregie leest elke taak al globaal")
                .extracting(Authorization::getGroupId).containsExactly("vsgh");
        AuthorizationEntity vsgh = (AuthorizationEntity) rijen.get(0);
        AuthorizationEntity verwacht = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        verwacht.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ,
                TaskPermissions.READ_VARIABLE});
        assertThat(vsgh.getPermissions()).as("READ en READ_VARIABLE, geen werk").isEqualTo(verwacht.getPermissions());
        assertThat(taken.getVariableLocal(regeldag.getId(), Procesvariabelen.BETROKKEN)).isEqualTo("vsgh");
    }

    @Test
    void deKaartEnDeFormulierkopTonenWatHetDossierZegtNietWatEenProcesvariabeleZegt() throws Exception {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        String instantie = traject(id).getId();
        // A process variable that no longer says what the dossier says (set before this change, or by a migration)
        runtime.setVariable(instantie, "weergavenaam", "Iemand Anders (" + id + ")");
        runtime.setVariable(instantie, "doelgroep", "GEZINSMIGRANT");

        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());

        Task regeldag = taak(id, "regeldag");
        assertThat(taken.getVariablesLocal(regeldag.getId()))
                .containsEntry("weergavenaam", "Test Inburgeraar (" + id + ")")
                .containsEntry("doelgroep", "ASIELSTATUSHOUDER").containsEntry("gemeente", "WOERDEN")
                .containsEntry("doelgroepLabel", "Asielstatushouder").containsEntry("gemeenteLabel", "Woerden");
        JsonNode kop = formulierwaarden("vsgh", regeldag);
        assertThat(kop.path("weergavenaam").path("value").asText()).isEqualTo("Test Inburgeraar (" + id + ")");
        // The header shows labels for people, dates as dd-mm-jjjj; the codes are not what it shows
        assertThat(kop.path("doelgroepLabel").path("value").asText()).isEqualTo("Asielstatushouder");
        assertThat(kop.path("gemeenteLabel").path("value").asText()).isEqualTo("Woerden");
        assertThat(kop.path("datumKoppelingLabel").path("value").asText()).matches("\\d{2}-\\d{2}-\\d{4}");
        assertThat(kop.has("doelgroep")).isFalse();
    }

    @Test
    void eenOpenTaakToontNaEenBijstellingDeNieuweLeerroute() throws Exception {
        String id = open("OVERIGE_MIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        Task pvt = taak(id, "pvt");
        assertThat(pvt).as("de PVT loopt door tijdens de bijstelling").isNotNull();
        assertThat(taken.getVariableLocal(pvt.getId(), "leerroute")).isEqualTo("B1");

        // A task outside the uitvoering survives the switch: handhaving, started before it
        berichten.ontvang(id, new Bericht("HandhavingGestart", null, null, "PIP_NIET_NAGEKOMEN", null, null, null),
                "casusregisseur");
        voerJobsUit(id);
        Task voornemen = taak(id, "voornemenHandhaving");
        assertThat(taken.getVariableLocal(voornemen.getId(), "leerroute")).isEqualTo("B1");

        rondAf(id, "bijstellingPip", "leerroute", "Z", "datumBijstelling", vandaag());

        assertThat(taken.getVariableLocal(voornemen.getId(), "leerroute")).isEqualTo("Z");
        // The uitvoering restarted with the Z-route's plan (docs/traject.md, section 4): its PVT is a new task
        Task pvtNa = taak(id, "pvt");
        assertThat(pvtNa.getId()).isNotEqualTo(pvt.getId());
        assertThat(taken.getVariableLocal(pvtNa.getId(), "leerroute")).isEqualTo("Z");
        assertThat(formulierwaarden("vsgh", pvtNa).path("leerrouteLabel").path("value").asText())
                .isEqualTo("Zelfredzaamheidsroute (Z)");
    }

    @Test
    void eenTaakZonderOnderdeelHoudtDeGroepUitHaarModelEnKrijgtTochEenKaart() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        naar(dossiers.vind(id).datumKoppeling().plusWeeks(11).atTime(9, 0).atZone(BEGIN.getZone()));
        Task bewaking = taak(id, "termijnBewaking");
        assertThat(bewaking).as("de PIP-termijn van 10 weken is verstreken").isNotNull();

        assertThat(taken.getIdentityLinksForTask(bewaking.getId())).filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(l -> l.getGroupId()).containsExactly(Groepen.TEAMLEIDER);
        assertThat(taken.getVariablesLocal(bewaking.getId())).containsEntry("dossierId", id)
                .containsEntry("gemeente", "OUDEWATER").containsEntry("gemeenteLabel", "Oudewater")
                // the header's missed term for people, from the process's own escalation code
                .containsEntry("termijnLabel", "PIP binnen 10 weken");
    }

    private JsonNode formulierwaarden(String gebruiker, Task taak) throws Exception {
        Antwoord antwoord = EngineRest.als(poort, gebruiker, Api.ENGINE_REST)
                .get("/task/" + taak.getId() + "/form-variables");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return json.readTree(antwoord.body());
    }
}
