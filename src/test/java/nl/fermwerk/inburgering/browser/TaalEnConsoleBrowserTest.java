package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16: a browser set to English got an English Tasklist ("Claim", "Complete", "Created", "mm/dd/yyyy"), the
 * filters looked sorted by creation date, Cockpit and Admin showed Camunda's end-of-life banner, and the dashboard
 * logged a CSP violation and a 404. Here an English and a Dutch browser walk through Tasklist, our own pages and
 * Swagger UI, Cockpit and Admin: Dutch everywhere in Tasklist, the filter's own order in the list and in its sort
 * header, no banner, and not one error in the browser console. Screenshots land in {@code target/browser/}.
 */
@Tag("browser")
@IntegratieTest
class TaalEnConsoleBrowserTest {

    /** What Tasklist showed an English browser before (issue #16). */
    private static final List<String> ENGELS = List.of("Claim", "Complete", "Created", "Select a task", "Sort by",
            "mm/dd/yyyy", "Sign in", "Username", "Powered by", "No task matching", "displayed in local timezone",
            "Keyboard Shortcuts");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-US", "nl-NL"})
    void tasklistIsNederlandsInDeVolgordeVanHetFilterEnGeenPaginaLogtEenFout(String taal) throws Exception {
        // Five tasks of Ferm Werk long past their due date, created in an order unlike the one the filters must show
        Instant basis = Klok.nu().minus(Duration.ofDays(20 * 365));
        Task laat = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(3)), 50);
        Task vroegst = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(1)), 50);
        Task zonderDatum = testDossiers.leerbaarheidstoetsMetTermijn(null, 90);
        Task middenLaag = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(2)), 20);
        Task middenHoog = testDossiers.leerbaarheidstoetsMetTermijn(basis.plus(Duration.ofDays(2)), 80);
        List<Task> mijn = List.of(laat, vroegst, zonderDatum, middenLaag, middenHoog);
        Map<String, List<String>> consolefouten = new LinkedHashMap<>();

        try (Chromium chromium = Chromium.start(taal, "1400,1000")) {
            ChromeDriver browser = chromium.driver();
            Paginabediening pagina = new Paginabediening(chromium, poort, "taal-");
            pagina.warmOp("/camunda/api/engine/engine/", "/camunda/app/tasklist/scripts/config.js",
                    "/camunda/app/cockpit/scripts/config.js", "/camunda/app/admin/scripts/config.js");

            // 1. The login page of Tasklist: Dutch, whatever the browser asks for
            pagina.open("/camunda/app/tasklist/");
            pagina.wachtOp(By.cssSelector("input[ng-model='username']"), Paginabediening.EERSTE_PAGINA);
            pagina.wachtOpTekst("Aanmelden");
            assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                    .isEqualTo("Gebruikersnaam");
            geenEngelsEnGeenBanner(browser, pagina);
            pagina.schermafdruk(taal + "-01-aanmelden");
            consolefouten.put("Tasklist: aanmelden", chromium.consolefouten());

            // 2. The casusregie filter: the first due date on top, equal dates by priority, the task without a due
            //    date after every task with one; the sort header says so
            pagina.meldAan("casusregisseur");
            pagina.openFilter(TasklistFilters.CASUSREGIE);
            pagina.wacht().withMessage("sorteerkop Uiterste datum, Prioriteit, Aangemaakt")
                    .until(d -> sortering(d).equals(List.of("Uiterste datum", "Prioriteit", "Aangemaakt")));
            List<String> verwacht = List.of(dossier(vroegst), dossier(middenHoog), dossier(middenLaag), dossier(laat));
            wachtOpVolgorde(browser, pagina, mijn, verwacht, dossier(zonderDatum));
            assertThat(pagina.tekst()).contains("Uiterlijk");
            geenEngelsEnGeenBanner(browser, pagina);
            pagina.schermafdruk(taal + "-02-casusregie");

            // 3. A task: Dutch buttons, and a date field that is typed day-month-year
            pagina.openTaak(dossier(vroegst));
            assertThat(pagina.wachtOp(By.cssSelector("button.claim")).getText()).isEqualTo("Oppakken");
            WebElement datum = pagina.wachtOp(By.cssSelector(".fjs-form-field-datetime input"));
            assertThat(datum.getAttribute("placeholder")).isEqualTo("dd-mm-yyyy");
            assertThat(browser.findElement(By.cssSelector(".form-actions button.btn-primary")).getText())
                    .isEqualTo("Afronden");
            geenEngelsEnGeenBanner(browser, pagina);
            pagina.schermafdruk(taal + "-03-taak");

            // 4. Termijn verlopen, the teamleider's list: the highest priority first, then the longest overdue
            pagina.openFilter(TasklistFilters.TERMIJN_VERLOPEN);
            pagina.wacht().withMessage("sorteerkop Prioriteit, Uiterste datum, Aangemaakt")
                    .until(d -> sortering(d).equals(List.of("Prioriteit", "Uiterste datum", "Aangemaakt")));
            wachtOpVolgorde(browser, pagina, mijn, List.of(dossier(middenHoog), dossier(vroegst), dossier(laat),
                    dossier(middenLaag)), null);
            pagina.schermafdruk(taal + "-04-termijn-verlopen");
            consolefouten.put("Tasklist", chromium.consolefouten());

            // 5. Our own pages and Swagger UI, with HTTP Basic as a browser sends it after the login prompt
            chromium.metBasic("casusregisseur");
            pagina.open("/dashboard");
            pagina.wacht().until(d -> "ja".equals(d.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
            String adres = browser.getCurrentUrl();
            new Select(browser.findElement(By.id("gemeente"))).selectByValue("WOERDEN");
            browser.findElement(By.cssSelector("#keuze button[type='submit']")).click();
            pagina.wacht().until(d -> d.findElement(By.id("stand")).getText().contains("Woerden"));
            // the form is handled by the page's own script, not by a reload the CSP forced
            assertThat(browser.getCurrentUrl()).isEqualTo(adres);
            pagina.schermafdruk(taal + "-05-dashboard");
            consolefouten.put("/dashboard", chromium.consolefouten());

            pagina.open("/dossiers/" + dossier(vroegst));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(dossier(vroegst));
            consolefouten.put("/dossiers/{id}", chromium.consolefouten());

            pagina.open("/swagger-ui.html");
            assertThat(pagina.wachtOp(By.cssSelector("button.authorize")).getText()).contains("Authorize");
            pagina.wacht().until(d -> pagina.tekst().contains("Regie Inburgering API"));
            pagina.schermafdruk(taal + "-06-swagger-ui");
            consolefouten.put("Swagger UI", chromium.consolefouten());

            // 6. Cockpit and Admin, functioneel beheer's tools: no end-of-life banner, no error
            chromium.zonderBasicEnZonderSessie();
            pagina.open("/camunda/app/cockpit/");
            pagina.meldAan("beheer", By.cssSelector("a[href*='#/processes']"));
            geenBanner(browser, pagina);
            pagina.schermafdruk(taal + "-07-cockpit");
            consolefouten.put("Cockpit", chromium.consolefouten());

            pagina.open("/camunda/app/admin/");
            pagina.wachtOp(By.cssSelector("a[href*='#/users']"));
            geenBanner(browser, pagina);
            pagina.schermafdruk(taal + "-08-admin");
            consolefouten.put("Admin", chromium.consolefouten());
        } finally {
            ruimOp(mijn);
        }
        assertThat(consolefouten).allSatisfy((pagina, fouten) -> assertThat(fouten).as(pagina).isEmpty());
    }

    /** These tasks sit on top of every casusregie list: the other browser tests look for their own tasks there. */
    private void ruimOp(List<Task> mijn) {
        for (Task taak : mijn) {
            runtime.deleteProcessInstance(taak.getProcessInstanceId(), "browsertest opgeruimd");
        }
    }

    private String dossier(Task taak) {
        return (String) runtime.getVariable(taak.getProcessInstanceId(), "dossierId");
    }

    /** The dossiers of the given tasks in the order the list shows them. */
    private List<String> volgorde(WebDriver browser, List<Task> mijn) {
        List<String> dossiers = mijn.stream().map(this::dossier).toList();
        List<String> getoond = new ArrayList<>();
        for (WebElement kaart : browser.findElements(By.cssSelector("ol.tasks-list li.task"))) {
            String tekst = kaart.getText();
            dossiers.stream().filter(tekst::contains).findFirst().ifPresent(getoond::add);
        }
        return getoond;
    }

    /**
     * The list refreshes itself after a filter or sort change; then it shows these dossiers in this order, and the
     * one without a due date, if it fits on the first page at all, only after them.
     */
    private void wachtOpVolgorde(ChromeDriver browser, Paginabediening pagina, List<Task> mijn, List<String> verwacht,
                                 String daarna) {
        List<String> metDaarna = new ArrayList<>(verwacht);
        if (daarna != null) {
            metDaarna.add(daarna);
        }
        try {
            pagina.wacht().until(d -> {
                List<String> getoond = volgorde(d, mijn);
                return getoond.equals(verwacht) || getoond.equals(metDaarna);
            });
        } catch (RuntimeException e) {
            pagina.bewaarPagina();
            assertThat(volgorde(browser, mijn)).as("volgorde in de lijst").isEqualTo(metDaarna);
            throw e;
        }
    }

    private static List<String> sortering(WebDriver browser) {
        return browser.findElements(By.cssSelector("[cam-sorting-choices] li.sorting-choice .sort-by")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private void geenEngelsEnGeenBanner(ChromeDriver browser, Paginabediening pagina) {
        String tekst = pagina.tekst();
        assertThat(ENGELS).noneMatch(tekst::contains);
        geenBanner(browser, pagina);
    }

    private static void geenBanner(ChromeDriver browser, Paginabediening pagina) {
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(pagina.tekst()).doesNotContain("migrate to Camunda 8", "Camunda 7 CE");
    }
}
