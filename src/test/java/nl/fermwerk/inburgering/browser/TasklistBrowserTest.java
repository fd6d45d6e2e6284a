package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.tasklist.PartnerTaken;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A working day in Tasklist, in a real browser: Debian's chromium driven by its chromedriver (never a downloaded
 * browser or driver). The whole application runs inside the test; jobs are executed by the test after each UI action.
 * Screenshots land in {@code target/browser/}.
 */
@Tag("browser")
@IntegratieTest
class TasklistBrowserTest {

    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browser");
    private static final Duration GEDULD = Duration.ofSeconds(30);

    private static WebDriver browser;
    private static Path profielMap;

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    PartnerTaken partnerTaken;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void startBrowser() throws IOException {
        // An explicit driver and binary: Selenium Manager then has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profielMap = Files.createTempDirectory("chromium-profiel");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary("/usr/bin/chromium");
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profielMap, "--window-size=1400,1000", "--lang=nl-NL");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logboek = new LoggingPreferences();
        logboek.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability("goog:loggingPrefs", logboek);
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, opties);
        Files.createDirectories(SCHERMAFDRUKKEN);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profielMap != null) {
            try (var paden = Files.walk(profielMap)) {
                paden.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void eenWerkdagInDeTakenlijst() throws Exception {
        // A fresh gezinsmigrant in Woerden whose leerbaarheidstoets is done: the brede intake waits for casusregie
        String dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        testDossiers.rondAf(dossierId, "leerbaarheidstoets",
                Map.of("datumToets", Klok.vandaag().minusDays(7).toString()));
        Task intake = testDossiers.taak(dossierId, "bredeIntake");
        assertThat(intake).as("open taak bredeIntake van " + dossierId).isNotNull();
        // Partner work: one task for VSGH (Woerden), one for Vluchtelingenwerk (Montfoort)
        Task vsghTaak = partnerTaken.start("WOERDEN", "Partner Woerden");
        Task andereTaak = partnerTaken.start("MONTFOORT", "Partner Montfoort");

        // 1. Log in as casusregisseur: the login page is Dutch and carries no end-of-life banner
        warmOp();
        browser.get(basis() + "/camunda/app/tasklist/");
        wachtOp(By.cssSelector("input[ng-model='username']"), Duration.ofSeconds(120));
        wachtOpTekst("Aanmelden");
        schermafdruk("01-aanmelden");
        assertThat(tekst()).contains("Aanmelden");
        assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Gebruikersnaam");
        geenBanner();
        meldAan("casusregisseur");

        List<String> filters = filterNamen();
        schermafdruk("02-filters-casusregisseur");
        assertThat(filters).contains(TasklistFilters.MIJN_TAKEN, TasklistFilters.CASUSREGIE,
                "Casusregie - Woerden", "Casusregie - Oudewater", "Casusregie - Montfoort",
                "Casusregie - Bodegraven-Reeuwijk", TasklistFilters.TERMIJN_VERLOPEN);
        assertThat(filters).noneMatch(naam -> naam.startsWith("Werkvoorraad") || naam.startsWith("Betrokken"));
        assertThat(tekst()).contains("Regie Inburgering Takenlijst").doesNotContain("Camunda 8");
        geenBanner();

        // 2. Open "Casusregie", pick up the brede intake of the fresh dossier, fill its form and complete it
        openFilter("Casusregie");
        String regel = wacht().until(d -> taakRegel(dossierId).getText());
        assertThat(regel).contains("Brede intake voeren", "Test Inburgeraar", "Woerden").doesNotContain("WOERDEN");
        openTaak(dossierId);
        WebElement oppakken = wachtOp(By.cssSelector("button.claim"));
        assertThat(oppakken.getText()).isEqualTo("Oppakken");
        schermafdruk("03-taak-geopend");
        oppakken.click();
        wacht().until(d -> "casusregisseur".equals(
                taken.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee()));
        datumVeld();
        assertThat(tekst()).contains("Datum start brede intake", "Datum brede intake",
                "Test Inburgeraar (" + dossierId + ")");
        // Two dates: the first conversation (the start, what CBS measures) and the last
        LocalDate startIntake = Klok.vandaag().minusDays(8);
        LocalDate datumIntake = Klok.vandaag().minusDays(1);
        vulDatumIn(veldVan("Veld_datumStartBredeIntake"), startIntake);
        vulDatumIn(veldVan("Veld_datumBredeIntake"), datumIntake);
        schermafdruk("04-formulier-ingevuld");
        afronden();
        wacht()
                .until(d -> taken.createTaskQuery().taskId(intake.getId()).count() == 0);
        // The task leaves the list; the detail pane asks for the next task
        wacht().until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .noneMatch(r -> r.getText().contains(dossierId)));
        wachtOpTekst("Kies een taak uit de lijst.");
        schermafdruk("05-afgerond");

        // 3. The API shows the event and the next task exists
        testDossiers.voerJobsUit();
        JsonNode gebeurtenissen = json.readTree(api("/api/dossiers/" + dossierId + "/gebeurtenissen", "casusregisseur"));
        List<JsonNode> afgerond = new ArrayList<>();
        gebeurtenissen.forEach(g -> {
            if (g.get("type").asText().equals("BredeIntakeAfgerond")) {
                afgerond.add(g);
            }
        });
        assertThat(afgerond).hasSize(1);
        assertThat(afgerond.get(0).get("data").get("datumBredeIntake").asText()).isEqualTo(datumIntake.toString());
        assertThat(afgerond.get(0).get("data").get("datumStartBredeIntake").asText()).isEqualTo(startIntake.toString());
        assertThat(afgerond.get(0).get("actor").asText()).isEqualTo("casusregisseur");
        assertThat(testDossiers.taak(dossierId, "pipOpstellen")).as("volgende taak pipOpstellen").isNotNull();

        // 4. Log in as vsgh: its own filters only, and in its werkvoorraad only VSGH work
        meldAf();
        meldAan("vsgh");
        List<String> vsghFilters = filterNamen();
        assertThat(vsghFilters).containsExactlyInAnyOrder(TasklistFilters.MIJN_TAKEN,
                TasklistFilters.TERMIJN_VERLOPEN, "Werkvoorraad – VSGH", "Betrokken – VSGH");
        openFilter("Werkvoorraad – VSGH");
        taakRegel(dossierVan(vsghTaak));
        schermafdruk("06-werkvoorraad-vsgh");
        Set<String> vsghDossiers = taken.createTaskQuery().taskCandidateGroup("vsgh").includeAssignedTasks().list()
                .stream().map(this::dossierVan).collect(Collectors.toSet());
        List<String> regels = wacht().until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .map(WebElement::getText).toList());
        assertThat(regels).isNotEmpty();
        for (String r : regels) {
            assertThat(vsghDossiers).as("taak in werkvoorraad VSGH: " + r).anyMatch(r::contains);
        }
        String lijst = wacht().until(d -> d.findElement(By.cssSelector("ol.tasks-list")).getText());
        assertThat(lijst).contains(dossierVan(vsghTaak)).doesNotContain(dossierVan(andereTaak), dossierId);
        // A whole working day so far, two logins included, and not one error in the browser console
        assertThat(Chromium.consolefouten(browser)).isEmpty();

        // 5. Completing without the required date is refused: the form says so and the task stays open
        openTaak(dossierVan(vsghTaak));
        wachtOp(By.cssSelector("button.claim")).click();
        wacht().until(d -> "vsgh".equals(
                taken.createTaskQuery().taskId(vsghTaak.getId()).singleResult().getAssignee()));
        datumVeld();
        afronden();
        WebElement fout = wachtOp(By.cssSelector(".fjs-form-field-error, .fjs-has-errors"));
        wachtOpTekst("Het formulier kon niet worden verwerkt");
        schermafdruk("07-verplicht-veld-geweigerd");
        // the field message comes from form-js, which Camunda 7 cannot translate (docs/tasklist.md)
        assertThat(tekst()).contains("Field is required.");
        assertThat(fout.isDisplayed()).isTrue();
        assertThat(taken.createTaskQuery().taskId(vsghTaak.getId()).count()).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("button.claim"))).isEmpty();
    }

    private WebDriverWait wacht() {
        return wacht(GEDULD);
    }

    /** Tasklist re-renders its lists while it refreshes: an element found a moment ago may be replaced. */
    private WebDriverWait wacht(Duration geduld) {
        WebDriverWait wacht = new WebDriverWait(browser, geduld);
        wacht.ignoring(StaleElementReferenceException.class);
        return wacht;
    }

    private void openTaak(String dossierId) {
        wacht().until(d -> {
            taakRegel(dossierId).findElement(By.cssSelector("h4.task a")).click();
            return true;
        });
    }

    private String basis() {
        return "http://localhost:" + poort;
    }

    /**
     * The webapps' REST and plugin servlets initialise on their first request, which on a busy CI machine can outlast
     * RequireJS's module timeout in the browser; the test therefore asks for those resources once before it starts.
     */
    private void warmOp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String pad : List.of("/camunda/api/engine/engine/",
                "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
                "/camunda/app/tasklist/scripts/config.js", "/camunda/app/tasklist/locales/nl.json")) {
            HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(basis() + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        }
    }

    private String dossierVan(Task taak) {
        return (String) runtime.getVariable(taak.getExecutionId(), "dossierId");
    }

    private void meldAan(String gebruiker) {
        WebElement naam = wachtOp(By.cssSelector("input[ng-model='username']"));
        naam.clear();
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wachtOp(By.cssSelector(".task-filter h4.name a"));
    }

    private void meldAf() {
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.get(basis() + "/camunda/app/tasklist/");
        wachtOp(By.cssSelector("input[ng-model='username']"));
    }

    private List<String> filterNamen() {
        wachtOp(By.cssSelector(".task-filter h4.name a"));
        return wacht().until(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .map(a -> a.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").replaceAll("\\s+", " ").strip())
                .toList());
    }

    private void openFilter(String begin) {
        List<String> namen = filterNamen();
        assertThat(namen).as("filters").anyMatch(n -> n.startsWith(begin));
        wacht().until(d -> {
            d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                    .filter(a -> a.getText().strip().startsWith(begin)).findFirst().orElseThrow().click();
            return true;
        });
        wacht().until(d -> d.findElement(By.cssSelector(".task-filter.active h4.name a")).getText().strip()
                .startsWith(begin));
    }

    private WebElement taakRegel(String dossierId) {
        try {
            return wacht().until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task"))
                    .stream().filter(r -> r.getText().contains(dossierId)).findFirst().orElse(null));
        } catch (RuntimeException e) {
            bewaarPagina("fout");
            throw new AssertionError("geen taak van dossier " + dossierId + " in de lijst", e);
        }
    }

    private WebElement datumVeld() {
        return wachtOp(By.cssSelector(".fjs-form-field-datetime input"));
    }

    /** The visible input of one form field, by the component id the form gives it. */
    private WebElement veldVan(String componentId) {
        return browser.findElements(By.cssSelector("input[id*='" + componentId + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow(() -> new AssertionError(componentId));
    }

    private void vulDatumIn(WebElement veld, LocalDate datum) {
        veld.click();
        // Typed as a Dutch user does, in every browser language (tasklist/scripts/nederlandse-datumnotatie.js)
        veld.sendKeys(datum.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        veld.sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
    }

    private void afronden() {
        WebElement knop = wachtOp(By.cssSelector(".form-actions button.btn-primary"));
        assertThat(knop.getText()).isEqualTo("Afronden");
        wacht().until(ExpectedConditions.elementToBeClickable(knop));
        knop.click();
    }

    private void geenBanner() {
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).allMatch(b -> !b.isDisplayed());
        assertThat(tekst()).doesNotContain("migrate to Camunda 8");
    }

    private WebElement wachtOp(By selector) {
        return wachtOp(selector, GEDULD);
    }

    private WebElement wachtOp(By selector, Duration geduld) {
        try {
            return wacht(geduld).until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (RuntimeException e) {
            bewaarPagina("fout");
            throw e;
        }
    }

    private void wachtOpTekst(String verwacht) {
        try {
            wacht().until(d -> tekst().contains(verwacht));
        } catch (RuntimeException e) {
            bewaarPagina("fout");
            throw e;
        }
    }

    private String tekst() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void schermafdruk(String naam) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCHERMAFDRUKKEN.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void bewaarPagina(String naam) {
        try {
            schermafdruk(naam);
            Files.writeString(SCHERMAFDRUKKEN.resolve(naam + ".html"), browser.getPageSource());
            StringBuilder console = new StringBuilder();
            for (LogEntry regel : browser.manage().logs().get(LogType.BROWSER)) {
                console.append(regel).append('\n');
            }
            Files.writeString(SCHERMAFDRUKKEN.resolve(naam + "-console.txt"), console);
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more than the evidence
        }
    }

    private String api(String pad, String gebruiker) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis() + pad))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }
}
