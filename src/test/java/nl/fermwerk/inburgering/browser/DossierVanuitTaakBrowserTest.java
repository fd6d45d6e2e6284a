package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        testDossiers.zetTermijn(taak, Klok.nu().minus(Duration.ofDays(2)), 99);
        Map<String, List<String>> consolefouten = new LinkedHashMap<>();

        try (Chromium chromium = Chromium.start(taal, "1400,1000")) {
            ChromeDriver browser = chromium.driver();
            Paginabediening pagina = new Paginabediening(chromium, poort, "dossier-");
            pagina.warmOp("/camunda/api/engine/engine/", "/camunda/app/tasklist/scripts/config.js",
                    "/camunda/app/tasklist/scripts/dossier-tab.js");

            // 1. Termijn verlopen: the card shows the gemeente by name
            pagina.open("/camunda/app/tasklist/");
            pagina.meldAan("casusregisseur");
            pagina.openFilter(TasklistFilters.TERMIJN_VERLOPEN);
            String kaart = pagina.taakkaart(dossierId).getText();
            assertThat(kaart).contains("Warme overdracht COA", "Bodegraven-Reeuwijk", dossierId);
            geenCodes(pagina, "Tasklist: Termijn verlopen");
            pagina.schermafdruk(taal + "-01-termijn-verlopen");

            // 2. The task: its form's header in labels and dd-mm-jjjj
            pagina.openTaak(dossierId);
            pagina.wacht().until(d -> pagina.tekst().contains("Asielstatushouder"));
            String kop = pagina.wachtOp(By.cssSelector(".fjs-form")).getText();
            LocalDate koppeling = dossiers.vind(dossierId).datumKoppeling();
            assertThat(kop).contains("Bodegraven-Reeuwijk", "Asielstatushouder", Labels.datum(koppeling), dossierId);
            geenCodes(pagina, "Tasklist: formulier");
            pagina.schermafdruk(taal + "-02-taak");
            String taakAdres = browser.getCurrentUrl();
            consolefouten.put("Tasklist", chromium.consolefouten());

            // 3. The tab "Dossier" links to the dossier page; it opens in this session, without a second login
            pagina.wacht().until(d -> {
                d.findElements(By.cssSelector("ul.nav-tabs li a")).stream()
                        .filter(a -> a.getText().strip().equals("Dossier")).findFirst().orElseThrow().click();
                return true;
            });
            WebElement link = pagina.wachtOp(By.cssSelector("a.regie-dossier-link"));
            assertThat(link.getText()).isEqualTo("Dossier " + dossierId + " openen");
            assertThat(link.getAttribute("href")).isEqualTo(pagina.basis() + "/dossiers/" + dossierId);
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            pagina.schermafdruk(taal + "-03-tab-dossier");
            consolefouten.put("Tasklist: tab Dossier", chromium.consolefouten());

            browser.get(link.getAttribute("href"));
            assertThat(pagina.wachtOp(By.tagName("h1")).getText()).contains(dossierId, "Test Inburgeraar");
            String openTaken = browser.findElement(By.id("open-taken")).getText();
            assertThat(openTaken).contains("Warme overdracht COA", "Ferm Werk casusregie", "nog niemand", "(verstreken)");
            assertThat(browser.findElement(By.id("kerngegevens")).getText())
                    .contains("Bodegraven-Reeuwijk", "Asielstatushouder", "Warme overdracht");
            assertThat(browser.findElement(By.id("gebeurtenissen")).getText())
                    .contains(Labels.datum(koppeling) + " – Dossier geopend (koppeling) door test");
            geenCodes(pagina, "dossierpagina");
            pagina.schermafdruk(taal + "-04-dossier");
            consolefouten.put("/dossiers/{id}", chromium.consolefouten());

            // 4. The werkvoorraad finds it by its number, and its row leads back to the dossier
            browser.findElement(By.cssSelector("nav a[href='/dossiers']")).click();
            WebElement zoek = pagina.wachtOp(By.cssSelector("#zoeken input[name='zoek']"));
            zoek.sendKeys(dossierId);
            browser.findElement(By.cssSelector("#zoeken button[type='submit']")).click();
            pagina.wacht().until(d -> d.findElement(By.id("aantal")).getText().startsWith("1 dossier"));
            assertThat(browser.findElement(By.id("werkvoorraad")).getText())
                    .contains(dossierId, "Bodegraven-Reeuwijk", "Asielstatushouder", "Warme overdracht");
            geenCodes(pagina, "werkvoorraad");
            pagina.schermafdruk(taal + "-05-werkvoorraad");
            browser.findElement(By.cssSelector("#werkvoorraad a[href='/dossiers/" + dossierId + "']")).click();
            pagina.wacht().until(d -> d.findElement(By.tagName("h1")).getText().contains(dossierId));
            consolefouten.put("/dossiers", chromium.consolefouten());

            // 5. The dashboard (HTTP Basic, as a browser sends it after the login prompt)
            chromium.metBasic("casusregisseur");
            pagina.open("/dashboard");
            pagina.wacht().until(d -> "ja".equals(d.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
            assertThat(browser.findElement(By.id("stand")).getText()).contains(Labels.datum(Klok.vandaag()));
            geenCodes(pagina, "dashboard");
            pagina.schermafdruk(taal + "-06-dashboard");
            consolefouten.put("/dashboard", chromium.consolefouten());
            chromium.zonderBasic();

            // 6. Back to the task: claim it, give the date as dd-mm-jjjj, complete it
            browser.get(taakAdres);
            pagina.wachtOp(By.cssSelector("button.claim")).click();
            pagina.wacht().until(d -> "casusregisseur".equals(
                    taken.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()));
            WebElement datum = pagina.wachtOp(By.cssSelector(".fjs-form-field-datetime input"));
            LocalDate overdracht = Klok.vandaag().minusDays(1);
            datum.click();
            datum.sendKeys(overdracht.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            datum.sendKeys(Keys.ENTER);
            browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
            geenCodes(pagina, "Tasklist: formulier ingevuld");
            WebElement afronden = pagina.wachtOp(By.cssSelector(".form-actions button.btn-primary"));
            assertThat(afronden.getText()).isEqualTo("Afronden");
            pagina.wacht().until(ExpectedConditions.elementToBeClickable(afronden));
            afronden.click();
            pagina.wacht().until(d -> taken.createTaskQuery().taskId(taak.getId()).count() == 0);
            pagina.schermafdruk(taal + "-07-afgerond");
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

    private static void geenCodes(Paginabediening pagina, String plek) {
        String tekst = pagina.tekst();
        if (CODE_OF_ISO.matcher(tekst).find()) {
            pagina.bewaarPagina();
        }
        assertThat(tekst).as(plek).doesNotContainPattern(CODE_OF_ISO);
    }
}
