package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20, finding 10: a form's data never stays in the browser of a shared municipal PC. Tasklist's "save" (and
 * its save when the session expires) would keep a task's form in localStorage; here a casusregisseur fills a form,
 * saves, and logs out, and no form data is left in the browser, nor a draft an earlier version left behind.
 */
@Tag("browser")
@IntegratieTest
class FormulierconceptenBrowserTest {

    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browser");
    private static final Duration GEDULD = Duration.ofSeconds(30);
    private static final String NOTITIE = "Persoonlijke notitie over de inburgeraar";
    /** Every key under which Tasklist keeps a form: Camunda Forms and the older embedded forms. */
    private static final String CONCEPTEN = "Object.keys(window.localStorage).filter(function (k) {"
            + " return k.indexOf('camunda-form:') === 0 || k.indexOf('camForm:') === 0; })";

    private static WebDriver browser;
    private static Path profielMap;

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profielMap = Files.createTempDirectory("chromium-profiel");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary("/usr/bin/chromium");
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profielMap, "--window-size=1400,1000", "--lang=nl-NL");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), opties);
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
    void naOpslaanEnAfmeldenStaatErGeenFormulierMeerInDeBrowser() throws Exception {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        testDossiers.rondAf(dossierId, "leerbaarheidstoets",
                Map.of("datumToets", Klok.vandaag().minusDays(7).toString()));
        Task intake = testDossiers.taak(dossierId, "bredeIntake");

        browser.get("http://localhost:" + poort + "/camunda/app/tasklist/");
        meldAan("casusregisseur");
        // A draft an earlier Tasklist left behind on this PC: gone as soon as Tasklist opens again
        laatConceptAchter("oude-taak");
        browser.navigate().refresh();
        wachtOp(By.cssSelector(".task-filter h4.name a"));
        assertThat(concepten()).isEmpty();

        browser.get("http://localhost:" + poort + "/camunda/app/tasklist/default/#/?task=" + intake.getId());
        WebElement oppakken = wachtOp(By.cssSelector("button.claim"));
        oppakken.click();
        wacht().until(d -> "casusregisseur".equals(
                taken.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee()));
        WebElement notitie = wachtOp(By.cssSelector(".fjs-form-field-textarea textarea"));
        notitie.clear();
        notitie.sendKeys(NOTITIE);
        schermafdruk("concept-01-ingevuld");

        // Whatever asks Tasklist to save (the button, an expired session) stores nothing; the button is not offered
        js("document.querySelector(\".form-actions button[ng-click='save($event)']\").removeAttribute('disabled');"
                + "document.querySelector(\".form-actions button[ng-click='save($event)']\").click();");
        assertThat(concepten()).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".form-actions button[ng-click='save($event)']")))
                .allMatch(knop -> !knop.isDisplayed());

        // And one left behind in this session (say by a script of an older version): gone at logout
        laatConceptAchter("andere-taak");
        js("document.querySelector('li.logout a').click();");
        wachtOp(By.cssSelector("input[ng-model='username']"));
        schermafdruk("concept-02-afgemeld");

        assertThat(concepten()).isEmpty();
        assertThat((String) js("return JSON.stringify(window.localStorage);")).doesNotContain(NOTITIE);
        assertThat(taken.createTaskQuery().taskId(intake.getId()).count()).isOne();
    }

    /** Writes a draft past any guard on setItem, as Tasklist's own code did before. */
    private void laatConceptAchter(String taak) {
        js("window.localStorage['camunda-form:" + taak + "'] = JSON.stringify({bevindingen: '" + NOTITIE + "'});");
        assertThat(concepten()).contains("camunda-form:" + taak);
    }

    @SuppressWarnings("unchecked")
    private List<String> concepten() {
        return (List<String>) js("return " + CONCEPTEN + ";");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void meldAan(String gebruiker) {
        WebElement naam = wachtOp(By.cssSelector("input[ng-model='username']"));
        naam.clear();
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wachtOp(By.cssSelector(".task-filter h4.name a"));
    }

    private WebDriverWait wacht() {
        WebDriverWait wacht = new WebDriverWait(browser, GEDULD);
        wacht.ignoring(StaleElementReferenceException.class);
        return wacht;
    }

    private WebElement wachtOp(By selector) {
        try {
            return wacht().until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (RuntimeException e) {
            try {
                schermafdruk("concept-fout");
                Files.writeString(SCHERMAFDRUKKEN.resolve("concept-fout.html"), browser.getPageSource());
            } catch (IOException | RuntimeException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    private void schermafdruk(String naam) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCHERMAFDRUKKEN.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
