package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.SortingDto;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's counts kept for a while: shared by colleagues whose groups show them the same tasks, one's own when the
 * filter names him or his own rights reach beyond his groups, always the engine's number when counted. The test
 * profile's own filter service counts at every request (PT0S) and serves here as the engine's exact number.
 */
@IntegratieTest
class GedeeldeFiltertellingenTest {

    private static final Duration GELDIG = Duration.ofSeconds(30);

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService exact;
    @Autowired
    IdentityService identiteit;
    @Autowired
    TaskService taken;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    PartnerTaken partnerTaken;
    @Autowired
    JdbcTemplate jdbc;

    private final AtomicLong nu = new AtomicLong();
    private GedeeldeFiltertellingen gedeeld;

    @BeforeEach
    void eigenTeller() {
        ProcessEngineConfigurationImpl configuratie =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        gedeeld = new GedeeldeFiltertellingen(GELDIG, nu::get, Runnable::run, () -> identiteit,
                new EigenTaakrechten(jdbc, configuratie.getDatabaseTablePrefix()));
        gedeeld.setCommandExecutor(configuratie.getCommandExecutorTxRequired());
    }

    @AfterEach
    void afmelden() {
        identiteit.clearAuthentication();
    }

    @Test
    void deEngineTeltDoorDeGedeeldeTellingen() {
        assertThat(engine.getFilterService()).isInstanceOf(GedeeldeFiltertellingen.class).isSameAs(exact);
    }

    @Test
    void collegasMetDezelfdeGroepenDelenEenTellingTotDieVerloopt() {
        String woerden = filter(TasklistFilters.casusregie(Gemeente.WOERDEN));
        long eerst = als("casus-a", Groepen.CASUSREGIE, () -> gedeeld.count(woerden));
        assertThat(eerst).isEqualTo(als("casus-a", Groepen.CASUSREGIE, () -> exact.count(woerden)));

        testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);

        assertThat(als("casus-a", Groepen.CASUSREGIE, () -> exact.count(woerden))).isEqualTo(eerst + 1);
        assertThat(als("casus-b", Groepen.CASUSREGIE, () -> gedeeld.count(woerden)))
                .as("een collega met dezelfde groepen krijgt de bewaarde telling").isEqualTo(eerst);
        nu.addAndGet(GELDIG.minusSeconds(1).toNanos());
        assertThat(als("casus-b", Groepen.CASUSREGIE, () -> gedeeld.count(woerden))).isEqualTo(eerst);

        nu.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(als("casus-b", Groepen.CASUSREGIE, () -> gedeeld.count(woerden))).isEqualTo(eerst + 1);
        String verlopen = filter(TasklistFilters.TERMIJN_VERLOPEN);
        assertThat(als("teamleider-x", Groepen.TEAMLEIDER, () -> gedeeld.count(verlopen)))
                .as("andere groepen, een eigen telling")
                .isEqualTo(als("teamleider-x", Groepen.TEAMLEIDER, () -> exact.count(verlopen)));
    }

    @Test
    void mijnTakenTeltIederVoorZich() {
        Task toets = testDossiers.taak(testDossiers.open("GEZINSMIGRANT", "WOERDEN", false), "leerbaarheidstoets");
        taken.claim(toets.getId(), "casus-mijn");
        String mijn = filter(TasklistFilters.MIJN_TAKEN);

        long vanMij = als("casus-mijn", Groepen.CASUSREGIE, () -> gedeeld.count(mijn));
        long vanCollega = als("casus-ander", Groepen.CASUSREGIE, () -> gedeeld.count(mijn));

        assertThat(vanMij).isEqualTo(1);
        assertThat(vanCollega).isZero();
    }

    @Test
    void wieEigenRechtenBuitenZijnGroepenHeeftTeltVoorZichzelf() {
        Task vsgh = partnerTaken.start("WOERDEN", "Eigen rechten");
        Task metDatum = taken.createTaskQuery().taskId(vsgh.getId()).singleResult();
        metDatum.setDueDate(Date.from(Klok.nu().minus(Duration.ofDays(1))));
        taken.saveTask(metDatum);
        // A filter of every overdue task the user may see, as functioneel beheer may make one in Tasklist
        Filter zonderGroep = exact.saveFilter(exact.newTaskFilter("Alles verlopen (test)")
                .setQuery(taken.createTaskQuery().dueBeforeExpression("${now()}")));
        Authorization lezen = leesrecht(Resources.FILTER, zonderGroep.getId(), a -> a.setGroupId("vluchtelingenwerk"));
        String verlopen = zonderGroep.getId();
        long vluchtelingenwerk = als("vw-a", "vluchtelingenwerk", () -> gedeeld.count(verlopen));

        Authorization eigen = leesrecht(Resources.TASK, vsgh.getId(), a -> a.setUserId("vw-eigen"));
        try {
            assertThat(als("vw-eigen", "vluchtelingenwerk", () -> gedeeld.count(verlopen)))
                    .isEqualTo(als("vw-eigen", "vluchtelingenwerk", () -> exact.count(verlopen)))
                    .isEqualTo(vluchtelingenwerk + 1);
            assertThat(als("vw-b", "vluchtelingenwerk", () -> gedeeld.count(verlopen))).isEqualTo(vluchtelingenwerk);
        } finally {
            autorisaties.deleteAuthorization(eigen.getId());
            autorisaties.deleteAuthorization(lezen.getId());
            exact.deleteFilter(verlopen);
        }
    }

    @Test
    void eigenRechtenDieDeGroepenOokHebbenMakenGeenEigenTelling() {
        Task vsgh = partnerTaken.start("WOERDEN", "Eigen taak");
        taken.claim(vsgh.getId(), "vsgh-eigen");
        Task toets = testDossiers.taak(testDossiers.open("GEZINSMIGRANT", "WOERDEN", false), "leerbaarheidstoets");
        taken.claim(toets.getId(), "casus-eigen");
        ProcessEngineConfigurationImpl configuratie =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        EigenTaakrechten rechten =
                new EigenTaakrechten(jdbc, configuratie.getDatabaseTablePrefix());

        assertThat(autorisaties.createAuthorizationQuery().userIdIn("vsgh-eigen").resourceType(Resources.TASK)
                .resourceId(vsgh.getId()).count()).as("de engine gaf de behandelaar eigen rechten").isOne();
        assertThat(rechten.buitenGroepen("vsgh-eigen", List.of("vsgh"))).as("per taak ook voor vsgh").isFalse();
        assertThat(rechten.buitenGroepen("casus-eigen", List.of(Groepen.CASUSREGIE)))
                .as("casusregie leest alle taken").isFalse();
        assertThat(rechten.buitenGroepen("vsgh-eigen", List.of("vluchtelingenwerk"))).isTrue();
        assertThat(rechten.buitenGroepen("vsgh-eigen", List.of())).isTrue();
        assertThat(rechten.buitenGroepen("niemand", List.of())).isFalse();
    }

    @Test
    void eenUitbreidingVanTasklistTeltApart() {
        testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false);
        String alle = filter(TasklistFilters.CASUSREGIE);
        for (String gemeente : List.of("WOERDEN", "MONTFOORT")) {
            assertThat(als("casus-a", Groepen.CASUSREGIE, () -> gedeeld.count(alle,
                    taken.createTaskQuery().processVariableValueEquals("gemeente", gemeente))))
                    .as(gemeente)
                    .isEqualTo(als("casus-a", Groepen.CASUSREGIE, () -> exact.count(alle,
                            taken.createTaskQuery().processVariableValueEquals("gemeente", gemeente))));
        }
    }

    /** Tasklist's page asks the filter with only an order added: the same number as the sidebar's, counted once. */
    @Test
    void eenPaginaZoalsTasklistHemVraagtEnDeZijbalkDelenEenTelling() {
        String woerden = filter(TasklistFilters.casusregie(Gemeente.WOERDEN));
        long zijbalk = als("casus-a", Groepen.CASUSREGIE, () -> gedeeld.count(woerden));
        testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);

        TaskQueryDto pagina = new TaskQueryDto();
        SortingDto opVervaldatum = new SortingDto();
        opVervaldatum.setSortBy("dueDate");
        opVervaldatum.setSortOrder("asc");
        pagina.setSorting(List.of(opVervaldatum));
        pagina.setProcessVariables(List.of());
        pagina.setTaskVariables(List.of());
        assertThat(als("casus-b", Groepen.CASUSREGIE, () -> gedeeld.count(woerden, pagina.toQuery(engine))))
                .as("de bewaarde telling van de zijbalk").isEqualTo(zijbalk);

        TaskQueryDto zoeken = new TaskQueryDto();
        zoeken.setSorting(List.of(opVervaldatum));
        zoeken.setNameLike("%toets%");
        assertThat(als("casus-b", Groepen.CASUSREGIE, () -> gedeeld.count(woerden, zoeken.toQuery(engine))))
                .as("een zoekopdracht telt zelf")
                .isEqualTo(als("casus-b", Groepen.CASUSREGIE, () -> exact.count(woerden, zoeken.toQuery(engine))));
    }

    @Test
    void zonderAangemeldeGebruikerTeltDeEngineElkeKeer() {
        String woerden = filter(TasklistFilters.casusregie(Gemeente.WOERDEN));
        long eerst = gedeeld.count(woerden);
        testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        assertThat(gedeeld.count(woerden)).isEqualTo(eerst + 1);
    }

    @Test
    void eenOpnieuwBewaardFilterTeltOpnieuw() {
        String woerden = filter(TasklistFilters.casusregie(Gemeente.WOERDEN));
        long eerst = als("casus-a", Groepen.CASUSREGIE, () -> gedeeld.count(woerden));
        testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);

        gedeeld.saveFilter(exact.getFilter(woerden));

        assertThat(als("casus-a", Groepen.CASUSREGIE, () -> gedeeld.count(woerden))).isEqualTo(eerst + 1);
    }

    private Authorization leesrecht(Resources soort, String id, Consumer<Authorization> voorWie) {
        Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        voorWie.accept(lezen);
        lezen.setResource(soort);
        lezen.setResourceId(id);
        lezen.addPermission(Permissions.READ);
        return autorisaties.saveAuthorization(lezen);
    }

    private String filter(String naam) {
        Filter filter = exact.createFilterQuery().filterName(naam).singleResult();
        return filter.getId();
    }

    private <T> T als(String gebruiker, String groep, Supplier<T> werk) {
        identiteit.setAuthentication(gebruiker, List.of(groep));
        try {
            return werk.get();
        } finally {
            identiteit.clearAuthentication();
        }
    }
}
