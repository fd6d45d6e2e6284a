package nl.fermwerk.inburgering.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per gemeente, a real dossier through the real trajectory: who gets vrijwilligerVoorstellen, bredeIntake, pvt and
 * map, who may read them, and that a partner of another gemeente sees none of them.
 */
@IntegratieTest
class RoutingPerGemeenteTest extends TrajectTestBasis {

    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    IdentityService identiteit;

    record Verwacht(String taak, String kandidaat, List<String> betrokken) {
    }

    static Stream<Arguments> gemeenten() {
        return Stream.of(
                Arguments.of("WOERDEN", "nl-training", List.of(
                        new Verwacht("vrijwilligerVoorstellen", "vsgh", List.of()),
                        new Verwacht("bredeIntake", "fermwerk-casusregie", List.of("vsgh", "woerden-wijzer")),
                        new Verwacht("pvt", "vsgh", List.of()),
                        new Verwacht("map", "fermwerk-casusregie", List.of()))),
                Arguments.of("OUDEWATER", "swom", List.of(
                        new Verwacht("vrijwilligerVoorstellen", "vsgh", List.of()),
                        new Verwacht("bredeIntake", "fermwerk-casusregie", List.of("vsgh", "stadsteam-oudewater")),
                        new Verwacht("pvt", "vsgh", List.of()),
                        new Verwacht("map", "fermwerk-casusregie", List.of()))),
                Arguments.of("MONTFOORT", "sam-welzijn", List.of(
                        new Verwacht("vrijwilligerVoorstellen", "vluchtelingenwerk", List.of()),
                        new Verwacht("bredeIntake", "fermwerk-casusregie", List.of("vluchtelingenwerk", "swom")),
                        new Verwacht("pvt", "vluchtelingenwerk", List.of()),
                        new Verwacht("map", "fermwerk-casusregie", List.of()))),
                Arguments.of("BODEGRAVEN_REEUWIJK", "woerden-wijzer", List.of(
                        new Verwacht("vrijwilligerVoorstellen", "vluchtelingenwerk", List.of()),
                        new Verwacht("bredeIntake", "fermwerk-casusregie",
                                List.of("sam-welzijn", "sociaal-team-bodegraven-reeuwijk")),
                        new Verwacht("pvt", "nl-training", List.of()),
                        new Verwacht("map", "regio-midden-holland", List.of()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gemeenten")
    void deTakenGaanNaarDePartnersVanDeGemeente(String gemeente, String buitenstaander, List<Verwacht> verwacht) {
        String id = open("ASIELSTATUSHOUDER", gemeente, true);

        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        controleer(id, verwacht.get(0), buitenstaander);
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        controleer(id, verwacht.get(1), buitenstaander);
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        rondAf(id, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);
        rondAf(id, "startLeerroute", "datumStart", vandaag());
        controleer(id, verwacht.get(2), buitenstaander);
        rondAf(id, "pvt", "datumPvt", vandaag());
        controleer(id, verwacht.get(3), buitenstaander);
    }

    private void controleer(String dossierId, Verwacht verwacht, String buitenstaander) {
        Task taak = taak(dossierId, verwacht.taak());
        assertThat(taak).as("open taak " + verwacht.taak() + " in " + openTaken(dossierId)).isNotNull();
        List<String> kandidaten = taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
        assertThat(kandidaten).as(verwacht.taak()).containsExactly(verwacht.kandidaat());
        List<String> lezers = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taak.getId()).list().stream()
                .filter(a -> a.isPermissionGranted(Permissions.READ) && a.getGroupId() != null
                        && !kandidaten.contains(a.getGroupId()))
                .map(a -> a.getGroupId()).distinct().toList();
        assertThat(lezers).as("betrokken bij " + verwacht.taak()).containsExactlyInAnyOrderElementsOf(verwacht.betrokken());

        // What the partner's own Tasklist would show: the engine's authorization check with its identity
        assertThat(zichtbaarVoor(verwacht.kandidaat(), taak)).as(verwacht.kandidaat() + " ziet " + verwacht.taak()).isTrue();
        assertThat(zichtbaarVoor(buitenstaander, taak)).as(buitenstaander + " ziet " + verwacht.taak()).isFalse();
    }

    private boolean zichtbaarVoor(String groep, Task taak) {
        identiteit.setAuthentication(groep, List.of(groep));
        try {
            return taken.createTaskQuery().taskId(taak.getId()).count() == 1;
        } finally {
            identiteit.clearAuthentication();
        }
    }
}
