package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browser");
    private static final Duration GEDULD = Duration.ofSeconds(30);
    /** What Tasklist showed an English browser before (issue #16). */
    private static final List<String> ENGELS = List.of("Claim", "Complete", "Created", "Select a task", "Sort by",
            "mm/dd/yyyy", "Sign in", "Username", "Powered by", "No task matching", "displayed in local timezone",
            "Keyboard Shortcuts");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    RuntimeService runtime;

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-US", "nl-NL"})
    void tasklistIsNederlandsInDeVolgordeVanHetFilterEnGeenPaginaLogtEenFout(String taal) throws Exception {
        // Five tasks of Ferm Werk long past their due date, created in an order unlike the one the filters must show
        Instant basis = Klok.nu().minus(Duration.ofDays(20 * 365));
        Task laat = zet(nieuweToets(), basis.plus(Duration.ofDays(3)), 50);
        Task vroegst = zet(nieuweToets(), basis.plus(Duration.ofDays(1)), 50);
        Task zonderDatum = zet(nieuweToets(), null, 90);
        Task middenLaag = zet(nieuweToets(), basis.plus(Duration.ofDays(2)), 20);
        Task middenHoog = zet(nieuweToets(), basis.plus(Duration.ofDays(2)), 80);
        List<Task> mijn = List.of(laat, vroegst, zonderDatum, middenLaag, middenHoog);
        Map<String, List<String>> consolefouten = new LinkedHashMap<>();
        warmOp();

        try (Chromium chromium = Chromium.start(taal, "1400,1000")) {
            ChromeDriver browser = chromium.driver();

            // 1. The login page of Tasklist: Dutch, whatever the browser asks for
            browser.get(basis() + "/camunda/app/tasklist/");
            wachtOp(browser, By.cssSelector("input[ng-model='username']"), Duration.ofSeconds(120));
            wachtOpTekst(browser, "Aanmelden");
            assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                    .isEqualTo("Gebruikersnaam");
            geenEngelsEnGeenBanner(browser);
            schermafdruk(browser, taal + "-01-aanmelden");
            consolefouten.put("Tasklist: aanmelden", chromium.consolefouten());

            // 2. The casusregie filter: the first due date on top, equal dates by priority, the task without a due
            //    date after every task with one; the sort header says so
            meldAan(browser, "casusregisseur");
            openFilter(browser, TasklistFilters.CASUSREGIE);
            wacht(browser).withMessage("sorteerkop Uiterste datum, Prioriteit, Aangemaakt")
                    .until(d -> sortering(d).equals(List.of("Uiterste datum", "Prioriteit", "Aangemaakt")));
            List<String> verwacht = List.of(dossier(vroegst), dossier(middenHoog), dossier(middenLaag), dossier(laat));
            wachtOpVolgorde(browser, mijn, verwacht, dossier(zonderDatum));
            assertThat(tekst(browser)).contains("Uiterlijk");
            geenEngelsEnGeenBanner(browser);
            schermafdruk(browser, taal + "-02-casusregie");

            // 3. A task: Dutch buttons, and a date field that is typed day-month-year
            openTaak(browser, dossier(vroegst));
            assertThat(wachtOp(browser, By.cssSelector("button.claim"), GEDULD).getText()).isEqualTo("Oppakken");
            WebElement datum = wachtOp(browser, By.cssSelector(".fjs-form-field-datetime input"), GEDULD);
            assertThat(datum.getAttribute("placeholder")).isEqualTo("dd-mm-yyyy");
            assertThat(browser.findElement(By.cssSelector(".form-actions button.btn-primary")).getText())
                    .isEqualTo("Afronden");
            geenEngelsEnGeenBanner(browser);
            schermafdruk(browser, taal + "-03-taak");

            // 4. Termijn verlopen, the teamleider's list: the highest priority first, then the longest overdue
            openFilter(browser, TasklistFilters.TERMIJN_VERLOPEN);
            wacht(browser).withMessage("sorteerkop Prioriteit, Uiterste datum, Aangemaakt")
                    .until(d -> sortering(d).equals(List.of("Prioriteit", "Uiterste datum", "Aangemaakt")));
            wachtOpVolgorde(browser, mijn, List.of(dossier(middenHoog), dossier(vroegst), dossier(laat),
                    dossier(middenLaag)), null);
            schermafdruk(browser, taal + "-04-termijn-verlopen");
            consolefouten.put("Tasklist", chromium.consolefouten());

            // 5. Our own pages and Swagger UI, with HTTP Basic as a browser sends it after the login prompt
            metBasic(browser, "casusregisseur");
            browser.get(basis() + "/dashboard");
            wacht(browser).until(d -> "ja".equals(d.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
            String adres = browser.getCurrentUrl();
            new Select(browser.findElement(By.id("gemeente"))).selectByValue("WOERDEN");
            browser.findElement(By.cssSelector("#keuze button[type='submit']")).click();
            wacht(browser).until(d -> d.findElement(By.id("stand")).getText().contains("Woerden"));
            // the form is handled by the page's own script, not by a reload the CSP forced
            assertThat(browser.getCurrentUrl()).isEqualTo(adres);
            schermafdruk(browser, taal + "-05-dashboard");
            consolefouten.put("/dashboard", chromium.consolefouten());

            browser.get(basis() + "/dossiers/" + dossier(vroegst));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(dossier(vroegst));
            consolefouten.put("/dossiers/{id}", chromium.consolefouten());

            browser.get(basis() + "/swagger-ui.html");
            assertThat(wachtOp(browser, By.cssSelector("button.authorize"), GEDULD).getText()).contains("Authorize");
            wacht(browser).until(d -> tekst(d).contains("Regie Inburgering API"));
            schermafdruk(browser, taal + "-06-swagger-ui");
            consolefouten.put("Swagger UI", chromium.consolefouten());

            // 6. Cockpit and Admin, functioneel beheer's tools: no end-of-life banner, no error
            zonderBasic(browser);
            browser.get(basis() + "/camunda/app/cockpit/");
            meldAan(browser, "beheer", By.cssSelector("a[href*='#/processes']"));
            geenBanner(browser);
            schermafdruk(browser, taal + "-07-cockpit");
            consolefouten.put("Cockpit", chromium.consolefouten());

            browser.get(basis() + "/camunda/app/admin/");
            wachtOp(browser, By.cssSelector("a[href*='#/users']"), GEDULD);
            geenBanner(browser);
            schermafdruk(browser, taal + "-08-admin");
            consolefouten.put("Admin", chromium.consolefouten());
        } finally {
            ruimOp(mijn);
        }
        assertThat(consolefouten).allSatisfy((pagina, fouten) -> assertThat(fouten).as(pagina).isEmpty());
    }

    private Task nieuweToets() {
        return testDossiers.taak(testDossiers.open("GEZINSMIGRANT", "WOERDEN", false), "leerbaarheidstoets");
    }

    private Task zet(Task taak, Instant uiterlijk, int prioriteit) {
        Task bewerkt = taken.createTaskQuery().taskId(taak.getId()).singleResult();
        bewerkt.setDueDate(uiterlijk == null ? null : Date.from(uiterlijk));
        bewerkt.setPriority(prioriteit);
        taken.saveTask(bewerkt);
        return bewerkt;
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
    private void wachtOpVolgorde(ChromeDriver browser, List<Task> mijn, List<String> verwacht, String daarna) {
        List<String> metDaarna = new ArrayList<>(verwacht);
        if (daarna != null) {
            metDaarna.add(daarna);
        }
        try {
            wacht(browser).until(d -> {
                List<String> getoond = volgorde(d, mijn);
                return getoond.equals(verwacht) || getoond.equals(metDaarna);
            });
        } catch (RuntimeException e) {
            bewaarPagina(browser);
            assertThat(volgorde(browser, mijn)).as("volgorde in de lijst").isEqualTo(metDaarna);
            throw e;
        }
    }

    private static List<String> sortering(WebDriver browser) {
        return browser.findElements(By.cssSelector("[cam-sorting-choices] li.sorting-choice .sort-by")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private void geenEngelsEnGeenBanner(ChromeDriver browser) {
        String tekst = tekst(browser);
        assertThat(ENGELS).noneMatch(tekst::contains);
        geenBanner(browser);
    }

    private static void geenBanner(ChromeDriver browser) {
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(tekst(browser)).doesNotContain("migrate to Camunda 8", "Camunda 7 CE");
    }

    private void meldAan(ChromeDriver browser, String gebruiker) {
        meldAan(browser, gebruiker, By.cssSelector(".task-filter h4.name a"));
    }

    private void meldAan(ChromeDriver browser, String gebruiker, By daarna) {
        WebElement naam = wachtOp(browser, By.cssSelector("input[ng-model='username']"), Duration.ofSeconds(120));
        naam.clear();
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wachtOp(browser, daarna, GEDULD);
    }

    private void openFilter(ChromeDriver browser, String naam) {
        wacht(browser).until(d -> {
            d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                    .filter(a -> a.getText().strip().startsWith(naam)).findFirst().orElseThrow().click();
            return true;
        });
        wacht(browser).until(d -> d.findElement(By.cssSelector(".task-filter.active h4.name a")).getText().strip()
                .startsWith(naam));
    }

    private void openTaak(ChromeDriver browser, String dossierId) {
        wacht(browser).until(d -> {
            d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                    .filter(r -> r.getText().contains(dossierId)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("h4.task a")).click();
            return true;
        });
    }

    private void metBasic(ChromeDriver browser, String gebruiker) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    private void zonderBasic(ChromeDriver browser) {
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        browser.manage().deleteAllCookies();
    }

    /**
     * The webapps' servlets initialise on their first request, which on a busy CI machine can outlast RequireJS's
     * module timeout in the browser; the test asks for those resources once before the browser does.
     */
    private void warmOp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String pad : List.of("/camunda/api/engine/engine/", "/camunda/app/tasklist/scripts/config.js",
                "/camunda/app/cockpit/scripts/config.js", "/camunda/app/admin/scripts/config.js")) {
            HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(basis() + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        }
    }

    private String basis() {
        return "http://localhost:" + poort;
    }

    private static WebDriverWait wacht(WebDriver browser) {
        WebDriverWait wacht = new WebDriverWait(browser, GEDULD);
        wacht.ignoring(StaleElementReferenceException.class);
        return wacht;
    }

    private WebElement wachtOp(ChromeDriver browser, By selector, Duration geduld) {
        try {
            WebDriverWait wacht = new WebDriverWait(browser, geduld);
            wacht.ignoring(StaleElementReferenceException.class);
            return wacht.withMessage("zichtbaar: " + selector)
                    .until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (RuntimeException e) {
            bewaarPagina(browser);
            throw e;
        }
    }

    private void wachtOpTekst(ChromeDriver browser, String verwacht) {
        try {
            wacht(browser).withMessage("tekst " + verwacht).until(d -> tekst(d).contains(verwacht));
        } catch (RuntimeException e) {
            bewaarPagina(browser);
            throw e;
        }
    }

    private static String tekst(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void schermafdruk(ChromeDriver browser, String naam) throws IOException {
        Files.createDirectories(SCHERMAFDRUKKEN);
        Files.write(SCHERMAFDRUKKEN.resolve("taal-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void bewaarPagina(ChromeDriver browser) {
        try {
            schermafdruk(browser, "fout");
            Files.writeString(SCHERMAFDRUKKEN.resolve("taal-fout.html"), browser.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more than the evidence
        }
    }
}
