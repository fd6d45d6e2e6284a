package nl.fermwerk.inburgering.prestaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine tuning for large caseloads changes how fast, never who sees what. */
@IntegratieTest
class PrestatiesTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    IdentityService identiteit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void afmelden() {
        identiteit.clearAuthentication();
    }

    @Test
    void casusregieKrijgtGeenRijPerTaakMaarZiet_enDoetDeTaakWel() {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        Task taak = testDossiers.taak(dossierId, "leerbaarheidstoets");
        assertThat(kandidaten(taak)).containsExactly(Groepen.CASUSREGIE);
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId())
                .groupIdIn(Groepen.CASUSREGIE).count()).as("geen rij die de globale toekenning herhaalt").isZero();

        identiteit.setAuthentication("casusregisseur", List.of(Groepen.CASUSREGIE));
        assertThat(taken.createTaskQuery().taskId(taak.getId()).singleResult()).isNotNull();
        assertThat(taken.getVariable(taak.getId(), "gemeente")).isEqualTo("WOERDEN");
        taken.claim(taak.getId(), "casusregisseur");
    }

    @Test
    void eenKetenpartnerHoudtZijnRijPerTaakEnZietAlleenZijnTaken() {
        String dossierId = testDossiers.open("ASIELSTATUSHOUDER", "MONTFOORT", true);
        testDossiers.rondAf(dossierId, "overdrachtCoa", java.util.Map.of("datumOverdracht",
                nl.fermwerk.inburgering.basis.Klok.vandaag().toString()));
        Task taak = taken.createTaskQuery().processInstanceBusinessKey(dossierId).list().stream()
                .filter(t -> !kandidaten(t).isEmpty() && !kandidaten(t).contains(Groepen.CASUSREGIE))
                .findFirst().orElseThrow(() -> new AssertionError("geen partnertaak in dossier " + dossierId));
        String partner = kandidaten(taak).get(0);
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId())
                .groupIdIn(partner).count()).isEqualTo(1);

        identiteit.setAuthentication("partner-" + partner, List.of(partner));
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(dossierId).list())
                .extracting(Task::getId).contains(taak.getId())
                .allSatisfy(id -> assertThat(id).isNotNull());
        identiteit.setAuthentication("ander", List.of("regio-midden-holland".equals(partner) ? "swom"
                : "regio-midden-holland"));
        assertThat(taken.createTaskQuery().taskId(taak.getId()).singleResult()).as("een andere partner").isNull();
    }

    @Test
    void deIndexenOpDeEngineTabellenBestaan() {
        List<String[]> verwacht = EngineIndexen.voor(nl.fermwerk.inburgering.basis.DatabaseSoort.isPostgres(jdbc));
        java.util.Set<String> aanwezig = new java.util.HashSet<>();
        jdbc.execute((java.sql.Connection verbinding) -> {
            // H2 keeps table names upper case, PostgreSQL lower case
            for (String tabel : verwacht.stream().map(i -> i[1].substring(0, i[1].indexOf(' ')))
                    .flatMap(t -> java.util.stream.Stream.of(t, t.toLowerCase())).distinct().toList()) {
                try (var rs = verbinding.getMetaData().getIndexInfo(null, null, tabel, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            aanwezig.add(rs.getString("INDEX_NAME").toLowerCase());
                        }
                    }
                }
            }
            return null;
        });
        assertThat(aanwezig).contains(verwacht.stream().map(i -> i[0]).toArray(String[]::new))
                .as("een vervangen index kost een schrijfactie per taak en wordt weggehaald")
                .doesNotContainAnyElementsOf(EngineIndexen.VERVANGEN);
    }

    @Test
    void opPostgresHeeftDePlannerStatistiekenVanDeRechtenbits() {
        if (!nl.fermwerk.inburgering.basis.DatabaseSoort.isPostgres(jdbc)) {
            return;
        }
        assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class))
                .contains(EngineIndexen.STATISTIEKEN.stream().map(s -> s[0]).toArray(String[]::new));
    }

    @Test
    void eenGebruikerZonderGroepenMetRechtenZietNiets() {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "OUDEWATER", false);
        identiteit.setAuthentication("niemand", List.of("groep-zonder-rechten"));
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(dossierId).count()).isZero();
    }

    private List<String> kandidaten(Task taak) {
        return taken.getIdentityLinksForTask(taak.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId()).filter(g -> g != null).toList();
    }
}
