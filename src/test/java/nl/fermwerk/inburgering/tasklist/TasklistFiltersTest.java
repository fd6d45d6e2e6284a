package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters: one per name after any number of starts, readable by the right groups, showing the right work. */
@IntegratieTest
class TasklistFiltersTest {

    @Autowired
    TasklistFilters tasklistFilters;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    IdentityService identiteit;
    @Autowired
    TaskService taken;
    @Autowired
    PartnerTaken partnerTaken;
    @Autowired
    TestDossiers testDossiers;

    @AfterEach
    void afmelden() {
        identiteit.clearAuthentication();
    }

    static List<String> verwachteNamen() {
        List<String> namen = new ArrayList<>(List.of(TasklistFilters.MIJN_TAKEN, TasklistFilters.CASUSREGIE,
                TasklistFilters.TERMIJN_VERLOPEN));
        for (Gemeente gemeente : Gemeente.values()) {
            namen.add(TasklistFilters.casusregie(gemeente));
        }
        for (String partner : Groepen.PARTNERS) {
            namen.add(TasklistFilters.werkvoorraad(partner));
            namen.add(TasklistFilters.betrokken(partner));
            namen.add(TasklistFilters.termijnVerlopen(partner));
        }
        return namen;
    }

    @Test
    void eenHerstartMaaktGeenDubbeleFiltersOfLeesrechten() {
        tasklistFilters.run(null);
        tasklistFilters.run(null);

        List<String> namen = filters.createFilterQuery().list().stream().map(Filter::getName).toList();
        assertThat(namen).containsAll(verwachteNamen()).doesNotHaveDuplicates().doesNotContain("Casusregie");
        assertThat(verwachteNamen()).hasSize(3 + 4 + 3 * 9);
        for (Filter filter : filters.createFilterQuery().list()) {
            List<Authorization> rechten = autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER)
                    .resourceId(filter.getId()).list();
            List<String> houders = rechten.stream()
                    .map(r -> r.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL ? "*" : r.getGroupId())
                    .toList();
            assertThat(houders).as(filter.getName()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(rechten).allMatch(r -> r.isPermissionGranted(Permissions.READ));
        }
    }

    @Test
    void deOudeFilterCasusregieWordtHernoemdEnBehoudtZijnId() {
        Filter nieuw = filters.createFilterQuery().filterName(TasklistFilters.CASUSREGIE).singleResult();
        filters.deleteFilter(nieuw.getId());
        Filter oud = filters.saveFilter(filters.newTaskFilter("Casusregie").setQuery(taken.createTaskQuery()));

        tasklistFilters.run(null);

        assertThat(filters.createFilterQuery().filterName("Casusregie").count()).isZero();
        Filter hernoemd = filters.createFilterQuery().filterName(TasklistFilters.CASUSREGIE).singleResult();
        assertThat(hernoemd.getId()).isEqualTo(oud.getId());
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(oud.getId())
                .groupIdIn(Groepen.CASUSREGIE).count()).isEqualTo(1);
    }

    @Test
    void elkeRolZietAlleenDeFiltersVanZijnRol() {
        List<String> vsgh = als("vsgh", () -> filters.createFilterQuery().list()).stream().map(Filter::getName).toList();
        assertThat(vsgh).containsExactlyInAnyOrder(TasklistFilters.MIJN_TAKEN, "Termijn verlopen – VSGH",
                "Werkvoorraad – VSGH", "Betrokken – VSGH");

        List<String> casusregie = als("casusregisseur", () -> filters.createFilterQuery().list()).stream()
                .map(Filter::getName).toList();
        assertThat(casusregie).contains(TasklistFilters.MIJN_TAKEN, TasklistFilters.CASUSREGIE,
                        TasklistFilters.TERMIJN_VERLOPEN, "Casusregie - Woerden", "Casusregie - Bodegraven-Reeuwijk")
                .noneMatch(naam -> naam.startsWith("Werkvoorraad") || naam.startsWith("Betrokken")
                        || naam.startsWith(TasklistFilters.TERMIJN_VERLOPEN + " –"));
    }

    /** Before each partner had its own, partners read the teamleider's list; a start withdraws what it once granted. */
    @Test
    void eenStartNeemtDePartnersHetLeesrechtOpTermijnVerlopenVanFermWerkAf() {
        Filter verlopen = filters.createFilterQuery().filterName(TasklistFilters.TERMIJN_VERLOPEN).singleResult();
        tasklistFilters.lezers(verlopen, Groepen.PARTNERS);
        assertThat(als("vsgh", () -> filters.createFilterQuery().filterName(TasklistFilters.TERMIJN_VERLOPEN).count()))
                .isOne();

        tasklistFilters.run(null);

        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(verlopen.getId())
                .list()).extracting(Authorization::getGroupId).containsExactlyInAnyOrderElementsOf(Groepen.FERM_WERK);
        assertThat(als("vsgh", () -> filters.createFilterQuery().filterName(TasklistFilters.TERMIJN_VERLOPEN).count()))
                .isZero();
    }

    /** Two nodes starting together both find the old grant; the second one's withdrawal finds it gone and goes on. */
    @Test
    void eenLeesrechtDatEenAndereNodeAlIntrokStaatDeStartNietInDeWeg() {
        Filter verlopen = filters.createFilterQuery().filterName(TasklistFilters.TERMIJN_VERLOPEN).singleResult();
        tasklistFilters.lezers(verlopen, List.of("vsgh"));
        String recht = autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(verlopen.getId()).groupIdIn("vsgh").singleResult().getId();

        tasklistFilters.trekIn(recht);
        tasklistFilters.trekIn(recht);

        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(verlopen.getId())
                .groupIdIn("vsgh").count()).isZero();
        assertThatThrownBy(() -> autorisaties.deleteAuthorization(recht)).as("wat de engine zelf doet")
                .isInstanceOf(NullValueException.class);
    }

    @Test
    void deFiltersTonenPerRolEnGemeenteDeJuisteTaken() {
        Task toetsWoerden = testDossiers.taak(testDossiers.open("GEZINSMIGRANT", "WOERDEN", false),
                "leerbaarheidstoets");
        Task toetsMontfoort = testDossiers.taak(testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false),
                "leerbaarheidstoets");
        Task partnerWoerden = partnerTaken.start("WOERDEN", "Filter Woerden");
        Task partnerMontfoort = partnerTaken.start("MONTFOORT", "Filter Montfoort");

        assertThat(ids("casusregisseur", TasklistFilters.casusregie(Gemeente.WOERDEN)))
                .contains(toetsWoerden.getId()).doesNotContain(toetsMontfoort.getId(), partnerWoerden.getId());
        assertThat(ids("casusregisseur", TasklistFilters.CASUSREGIE))
                .contains(toetsWoerden.getId(), toetsMontfoort.getId())
                .doesNotContain(partnerWoerden.getId(), partnerMontfoort.getId());

        assertThat(ids("vsgh", TasklistFilters.werkvoorraad("vsgh")))
                .contains(partnerWoerden.getId())
                .doesNotContain(partnerMontfoort.getId(), toetsWoerden.getId());
        assertThat(ids("vsgh", TasklistFilters.betrokken("vsgh")))
                .contains(toetsWoerden.getId())
                .doesNotContain(toetsMontfoort.getId(), partnerWoerden.getId());
        assertThat(ids("vluchtelingenwerk", TasklistFilters.werkvoorraad("vluchtelingenwerk")))
                .contains(partnerMontfoort.getId()).doesNotContain(partnerWoerden.getId());

        zetUitersteDatum(partnerWoerden, Date.from(Klok.nu().minus(Duration.ofDays(1))));
        zetUitersteDatum(partnerMontfoort, Date.from(Klok.nu().plus(Duration.ofDays(1))));
        assertThat(ids("vsgh", TasklistFilters.termijnVerlopen("vsgh"))).contains(partnerWoerden.getId())
                .doesNotContain(partnerMontfoort.getId(), toetsWoerden.getId());
        assertThat(ids("vluchtelingenwerk", TasklistFilters.termijnVerlopen("vluchtelingenwerk")))
                .doesNotContain(partnerMontfoort.getId(), partnerWoerden.getId());
        assertThat(ids("teamleider", TasklistFilters.TERMIJN_VERLOPEN)).contains(partnerWoerden.getId())
                .doesNotContain(partnerMontfoort.getId());
    }

    /**
     * Tasklist sends its own sort (creation date, newest first) with every list request; the filter's order must still
     * decide: the first due date on top, tasks without one last, equal due dates by priority, and of two equal tasks
     * the one waiting longest first. The teamleider's "Termijn verlopen" puts the highest priority first, then the
     * longest overdue.
     */
    @Test
    void deFiltersSorterenOpUitersteDatumEnPrioriteitOokMetDeVolgordeVanTasklist() {
        Instant basis = Klok.nu().minus(Duration.ofDays(30));
        Task laat = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(3)), 50);
        Task vroegst = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(1)), 50);
        Task zonderDatum = testDossiers.leerbaarheidstoetsMetTermijn(null, 90);
        Task middenLaag = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(2)), 20);
        Task middenHoog = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(2)), 80);
        Task gelijkOud = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(4)), 50);
        Task gelijkNieuw = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(4)), 50);
        List<String> mijn = List.of(laat.getId(), vroegst.getId(), zonderDatum.getId(), middenLaag.getId(),
                middenHoog.getId(), gelijkOud.getId(), gelijkNieuw.getId());

        for (String filter : List.of(TasklistFilters.CASUSREGIE, TasklistFilters.casusregie(Gemeente.WOERDEN))) {
            assertThat(volgordeInTasklist("casusregisseur", filter, mijn)).as(filter).containsExactly(
                    vroegst.getId(), middenHoog.getId(), middenLaag.getId(), laat.getId(), gelijkOud.getId(),
                    gelijkNieuw.getId(), zonderDatum.getId());
        }
        assertThat(volgordeInTasklist("teamleider", TasklistFilters.TERMIJN_VERLOPEN, mijn)).containsExactly(
                middenHoog.getId(), vroegst.getId(), laat.getId(), gelijkOud.getId(), gelijkNieuw.getId(),
                middenLaag.getId());
    }

    /** A partner works its overdue tasks as its Werkvoorraad: the longest overdue first, whatever their priority. */
    @Test
    void deTermijnVerlopenVanEenPartnerZetDeLangstVerlopenTaakBovenaan() {
        Instant basis = Klok.nu().minus(Duration.ofDays(30));
        Task recent = testDossiers.zetTermijn(partnerTaken.start("WOERDEN", "Recent verlopen"),
                basis.plus(Duration.ofDays(20)), 90);
        Task oudst = testDossiers.zetTermijn(partnerTaken.start("WOERDEN", "Lang verlopen"), basis, 10);
        Task nogNiet = testDossiers.zetTermijn(partnerTaken.start("WOERDEN", "Nog niet verlopen"),
                Klok.nu().plus(Duration.ofDays(1)), 99);

        assertThat(volgordeInTasklist("vsgh", TasklistFilters.termijnVerlopen("vsgh"),
                List.of(recent.getId(), oudst.getId(), nogNiet.getId())))
                .containsExactly(oudst.getId(), recent.getId());
    }

    /** The order of the given tasks in a filter as Tasklist asks for it: the filter extended by its default sort. */
    private List<String> volgordeInTasklist(String gebruiker, String filterNaam, List<String> taakIds) {
        Filter filter = filters.createFilterQuery().filterName(filterNaam).singleResult();
        return als(gebruiker, () -> filters.<Task, TaskQuery>list(filter.getId(),
                taken.createTaskQuery().orderByTaskCreateTime().desc())).stream()
                .map(Task::getId).filter(taakIds::contains).toList();
    }

    private void zetUitersteDatum(Task taak, Date datum) {
        Task bewerkt = taken.createTaskQuery().taskId(taak.getId()).singleResult();
        bewerkt.setDueDate(datum);
        taken.saveTask(bewerkt);
    }

    private List<String> ids(String gebruiker, String filterNaam) {
        Filter filter = filters.createFilterQuery().filterName(filterNaam).singleResult();
        return als(gebruiker, () -> filters.<Task>list(filter.getId())).stream().map(Task::getId).toList();
    }

    private <T> T als(String gebruiker, Supplier<T> werk) {
        List<String> groepen = identiteit.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(g -> g.getId()).toList();
        identiteit.setAuthentication(gebruiker, groepen);
        try {
            return werk.get();
        } finally {
            identiteit.clearAuthentication();
        }
    }
}
