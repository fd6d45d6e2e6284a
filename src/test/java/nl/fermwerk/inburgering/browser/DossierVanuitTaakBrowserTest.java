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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Labels;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16, a casusregisseur's working day: in an English and a Dutch browser, "Termijn verlopen" shows an overdue
 * task, the task opens, its tab "Dossier" leads to the dossier page (in the same Tasklist session, no second login),
 * the werkvoorraad finds the dossier, and back in Tasklist the task is claimed and completed. No code such as
 * {@code BODEGRAVEN_REEUWIJK} or {@code ASIELSTATUSHOUDER} and no ISO date appears in the text of the task card, the
 * form, the dossier page, the werkvoorraad or the dashboard, and the console stays empty. Screenshots in
 * {@code target/browser/}.
 */
@Tag("browser")
@IntegratieTest
class DossierVanuitTaakBrowserTest {

    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browser");
    private static final Duration GEDULD = Duration.ofSeconds(30);
    /** Codes for machines and ISO dates: never in the text a person reads. */
    private static final Pattern CODE_OF_ISO = Pattern.compile("BODEGRAVEN_REEUWIJK|ASIELSTATUSHOUDER|GEZINSMIGRANT|"
            + "OVERIGE_MIGRANT|NAREIZIGER|BREDE_INTAKE|WARME_OVERDRACHT|UITVOERING|\\d{4}-\\d{2}-\\d{2}");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DossierService dossiers;

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-US", "nl-NL"})
    void vanEenVerlopenTaakNaarHetDossierEnTerugOmHaarAfTeRonden(String taal) throws Exception {
        String dossierId = testDossiers.open("ASIELSTATUSHOUDER", "BODEGRAVEN_REEUWIJK", true);
        Task taak = testDossiers.taak(dossierId, "overdrachtCoa");
        // Overdue, and on top of "Termijn verlopen" (highest priority first)
        Task bewerkt = taken.createTaskQuery().taskId(taak.getId()).singleResult();
        bewerkt.setDueDate(Date.from(Klok.nu().minus(Duration.ofDays(2))));
        bewerkt.setPriority(99);
        taken.saveTask(bewerkt);
        Map<String, List<String>> consolefouten = new LinkedHashMap<>();
        warmOp();

        try (Chromium chromium = Chromium.start(taal, "1400,1000")) {
            ChromeDriver browser = chromium.driver();

            // 1. Termijn verlopen: the card shows the gemeente by name
            browser.get(basis() + "/camunda/app/tasklist/");
            meldAan(browser, "casusregisseur");
            openFilter(browser, TasklistFilters.TERMIJN_VERLOPEN);
            String kaart = wacht(browser).until(d -> kaart(d, dossierId)).getText();
            assertThat(kaart).contains("Warme overdracht COA", "Bodegraven-Reeuwijk", dossierId);
            geenCodes(browser, "Tasklist: Termijn verlopen");
            schermafdruk(browser, taal + "-01-termijn-verlopen");

            // 2. The task: its form's header in labels and dd-mm-jjjj
            wacht(browser).until(d -> {
                kaart(d, dossierId).findElement(By.cssSelector("h4.task a")).click();
                return true;
            });
            wacht(browser).until(d -> tekst(d).contains("Asielstatushouder"));
            String kop = wachtOp(browser, By.cssSelector(".fjs-form"), GEDULD).getText();
            LocalDate koppeling = dossiers.vind(dossierId).datumKoppeling();
            assertThat(kop).contains("Bodegraven-Reeuwijk", "Asielstatushouder", Labels.datum(koppeling), dossierId);
            geenCodes(browser, "Tasklist: formulier");
            schermafdruk(browser, taal + "-02-taak");
            String taakAdres = browser.getCurrentUrl();
            consolefouten.put("Tasklist", chromium.consolefouten());

            // 3. The tab "Dossier" links to the dossier page; it opens in this session, without a second login
            wacht(browser).until(d -> {
                d.findElements(By.cssSelector("ul.nav-tabs li a")).stream()
                        .filter(a -> a.getText().strip().equals("Dossier")).findFirst().orElseThrow().click();
                return true;
            });
            WebElement link = wachtOp(browser, By.cssSelector("a.regie-dossier-link"), GEDULD);
            assertThat(link.getText()).isEqualTo("Dossier " + dossierId + " openen");
            assertThat(link.getAttribute("href")).isEqualTo(basis() + "/dossiers/" + dossierId);
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            schermafdruk(browser, taal + "-03-tab-dossier");
            consolefouten.put("Tasklist: tab Dossier", chromium.consolefouten());

            browser.get(link.getAttribute("href"));
            assertThat(wachtOp(browser, By.tagName("h1"), GEDULD).getText()).contains(dossierId, "Test Inburgeraar");
            String openTaken = browser.findElement(By.id("open-taken")).getText();
            assertThat(openTaken).contains("Warme overdracht COA", "Ferm Werk casusregie", "nog niemand", "(verstreken)");
            assertThat(browser.findElement(By.id("kerngegevens")).getText())
                    .contains("Bodegraven-Reeuwijk", "Asielstatushouder", "Warme overdracht");
            assertThat(browser.findElement(By.id("gebeurtenissen")).getText())
                    .contains(Labels.datum(koppeling) + " – Dossier geopend (koppeling) door test");
            geenCodes(browser, "dossierpagina");
            schermafdruk(browser, taal + "-04-dossier");
            consolefouten.put("/dossiers/{id}", chromium.consolefouten());

            // 4. The werkvoorraad finds it by its number, and its row leads back to the dossier
            browser.findElement(By.cssSelector("nav a[href='/dossiers']")).click();
            WebElement zoek = wachtOp(browser, By.cssSelector("#zoeken input[name='zoek']"), GEDULD);
            zoek.sendKeys(dossierId);
            browser.findElement(By.cssSelector("#zoeken button[type='submit']")).click();
            wacht(browser).until(d -> d.findElement(By.id("aantal")).getText().startsWith("1 dossier"));
            assertThat(browser.findElement(By.id("werkvoorraad")).getText())
                    .contains(dossierId, "Bodegraven-Reeuwijk", "Asielstatushouder", "Warme overdracht");
            geenCodes(browser, "werkvoorraad");
            schermafdruk(browser, taal + "-05-werkvoorraad");
            browser.findElement(By.cssSelector("#werkvoorraad a[href='/dossiers/" + dossierId + "']")).click();
            wacht(browser).until(d -> d.findElement(By.tagName("h1")).getText().contains(dossierId));
            consolefouten.put("/dossiers", chromium.consolefouten());

            // 5. The dashboard (HTTP Basic, as a browser sends it after the login prompt)
            metBasic(browser, "casusregisseur");
            browser.get(basis() + "/dashboard");
            wacht(browser).until(d -> "ja".equals(d.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
            assertThat(browser.findElement(By.id("stand")).getText()).contains(Labels.datum(Klok.vandaag()));
            geenCodes(browser, "dashboard");
            schermafdruk(browser, taal + "-06-dashboard");
            consolefouten.put("/dashboard", chromium.consolefouten());
            zonderBasic(browser);

            // 6. Back to the task: claim it, give the date as dd-mm-jjjj, complete it
            browser.get(taakAdres);
            wachtOp(browser, By.cssSelector("button.claim"), GEDULD).click();
            wacht(browser).until(d -> "casusregisseur".equals(
                    taken.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()));
            WebElement datum = wachtOp(browser, By.cssSelector(".fjs-form-field-datetime input"), GEDULD);
            LocalDate overdracht = Klok.vandaag().minusDays(1);
            datum.click();
            datum.sendKeys(overdracht.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            datum.sendKeys(Keys.ENTER);
            browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
            geenCodes(browser, "Tasklist: formulier ingevuld");
            WebElement afronden = wachtOp(browser, By.cssSelector(".form-actions button.btn-primary"), GEDULD);
            assertThat(afronden.getText()).isEqualTo("Afronden");
            wacht(browser).until(ExpectedConditions.elementToBeClickable(afronden));
            afronden.click();
            wacht(browser).until(d -> taken.createTaskQuery().taskId(taak.getId()).count() == 0);
            schermafdruk(browser, taal + "-07-afgerond");
            consolefouten.put("Tasklist: afronden", chromium.consolefouten());
        } finally {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "browsertest opgeruimd"));
        }
        List<Gebeurtenis> verloop = dossiers.gebeurtenissen(dossierId);
        assertThat(verloop).filteredOn(g -> g.type().equals("OverdrachtCoaAfgerond")).singleElement()
                .satisfies(g -> {
                    assertThat(g.actor()).isEqualTo("casusregisseur");
                    assertThat(g.data().get("datumOverdracht")).isEqualTo(Klok.vandaag().minusDays(1).toString());
                });
        assertThat(consolefouten).allSatisfy((pagina, fouten) -> assertThat(fouten).as(pagina).isEmpty());
    }

    private static WebElement kaart(WebDriver browser, String dossierId) {
        return browser.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .filter(r -> r.getText().contains(dossierId)).findFirst().orElse(null);
    }

    private void geenCodes(ChromeDriver browser, String pagina) {
        String tekst = tekst(browser);
        if (CODE_OF_ISO.matcher(tekst).find()) {
            bewaarPagina(browser);
        }
        assertThat(tekst).as(pagina).doesNotContainPattern(CODE_OF_ISO);
    }

    private void meldAan(ChromeDriver browser, String gebruiker) {
        WebElement naam = wachtOp(browser, By.cssSelector("input[ng-model='username']"), Duration.ofSeconds(120));
        naam.clear();
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wachtOp(browser, By.cssSelector(".task-filter h4.name a"), GEDULD);
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

    private void metBasic(ChromeDriver browser, String gebruiker) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    /** The Basic header goes; the Tasklist session (its cookie) stays. */
    private void zonderBasic(ChromeDriver browser) {
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    /** The webapps' servlets initialise on their first request; the test asks once before the browser does. */
    private void warmOp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String pad : List.of("/camunda/api/engine/engine/", "/camunda/app/tasklist/scripts/config.js",
                "/camunda/app/tasklist/scripts/dossier-tab.js")) {
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

    private static String tekst(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void schermafdruk(ChromeDriver browser, String naam) throws IOException {
        Files.createDirectories(SCHERMAFDRUKKEN);
        Files.write(SCHERMAFDRUKKEN.resolve("dossier-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void bewaarPagina(ChromeDriver browser) {
        try {
            schermafdruk(browser, "fout");
            Files.writeString(SCHERMAFDRUKKEN.resolve("dossier-fout.html"), browser.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more than the evidence
        }
    }
}
