package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Taakrechten} leaves out a candidate group's row on a task only because {@link Basisautorisaties} grants that
 * group the same rights on every task. The two are tied here: casusregie must hold READ, the engine's default task
 * permission and READ_VARIABLE on every task (or it would lose its tasks without its rows), and any group that does
 * not hold all three globally keeps its row (or a partner would lose its task).
 */
@IntegratieTest
class TaakrechtenTest {

    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    TaskService taken;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    ProcessEngineConfiguration configuratie;

    private List<Permission> opElkeTaak() {
        Permission standaard = ((ProcessEngineConfigurationImpl) configuratie).getDefaultUserPermissionForTask();
        return List.of(Permissions.READ, standaard, TaskPermissions.READ_VARIABLE);
    }

    @Test
    void casusregieWerktElkeTaakZonderEigenRijDankzijDeGlobaleRechten() {
        for (String groep : Groepen.FERM_WERK) {
            Authorization globaal = autorisaties.createAuthorizationQuery().groupIdIn(groep)
                    .resourceType(Resources.TASK).resourceId(Authorization.ANY)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
            assertThat(globaal).as("%s: globale rechten op taken (Basisautorisaties)", groep).isNotNull();
            for (Permission recht : opElkeTaak()) {
                assertThat(globaal.isPermissionGranted(recht)).as("%s: %s op elke taak", groep, recht).isTrue();
            }
        }
        String id = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", false);
        Task taak = testDossiers.taak(id, "overdrachtCoa");
        assertThat(taken.getIdentityLinksForTask(taak.getId())).extracting(l -> l.getGroupId())
                .containsExactly(Groepen.CASUSREGIE);

        assertThat(rij(taak.getId(), Groepen.CASUSREGIE)).as("geen rij per taak voor casusregie").isNull();
        for (Permission recht : opElkeTaak()) {
            assertThat(autorisaties.isUserAuthorized("casusregisseur", List.of(Groepen.CASUSREGIE), recht,
                    Resources.TASK, taak.getId())).as("casusregisseur: %s", recht).isTrue();
        }
    }

    @Test
    void eenGroepZonderAlleDrieGlobaleRechtenHoudtZijnRijEnZijnTaak() {
        List<Permission> alle = opElkeTaak();
        // Every proper subset of the three, as a global grant: none may cost the candidate group its row
        for (int deel = 0; deel < 7; deel++) {
            List<Permission> globaal = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if ((deel & (1 << i)) != 0) {
                    globaal.add(alle.get(i));
                }
            }
            String groep = "taakrechtentest-" + deel + "-" + System.nanoTime();
            Authorization grant = globaal.isEmpty() ? null : verleen(groep, globaal);
            Task taak = taken.newTask();
            taken.saveTask(taak);
            try {
                taken.addCandidateGroup(taak.getId(), groep);

                Authorization rij = rij(taak.getId(), groep);
                assertThat(rij).as("rij voor een groep met globaal alleen %s", globaal).isNotNull();
                for (Permission recht : alle) {
                    assertThat(rij.isPermissionGranted(recht)).as("%s in de rij (globaal %s)", recht, globaal)
                            .isTrue();
                    assertThat(autorisaties.isUserAuthorized("iemand", List.of(groep), recht, Resources.TASK,
                            taak.getId())).as("%s op de taak (globaal %s)", recht, globaal).isTrue();
                }
            } finally {
                taken.deleteTask(taak.getId(), true);
                if (grant != null) {
                    autorisaties.deleteAuthorization(grant.getId());
                }
            }
        }
    }

    @Test
    void eenPartnerAlsKandidaatHoudtZijnRij() {
        String id = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", false);
        testDossiers.rondAf(id, "overdrachtCoa", Map.of("datumOverdracht", Klok.vandaag().toString()));
        Task taak = testDossiers.taak(id, "vrijwilligerVoorstellen");

        Authorization rij = rij(taak.getId(), "vsgh");

        assertThat(rij).isNotNull();
        for (Permission recht : opElkeTaak()) {
            assertThat(rij.isPermissionGranted(recht)).as("vsgh: %s", recht).isTrue();
        }
    }

    private Authorization verleen(String groep, List<Permission> rechten) {
        Authorization grant = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groep);
        grant.setResource(Resources.TASK);
        grant.setResourceId(Authorization.ANY);
        rechten.forEach(grant::addPermission);
        return autorisaties.saveAuthorization(grant);
    }

    private Authorization rij(String taakId, String groep) {
        return autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taakId)
                .groupIdIn(groep).singleResult();
    }
}
