package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The picture of the trajectory in docs/traject.md, rendered from the deployed BPMN by Cockpit's own diagram (bpmn-js)
 * in Debian's chromium: each run of the browser suite draws it anew, so the page never shows a model that is gone.
 */
@Tag("browser")
@IntegratieTest
class TrajectmodelBrowserTest {

    static final Path PLAATJE = Path.of("docs", "traject-model.png");
    private static final Duration GEDULD = Duration.ofSeconds(60);

    @LocalServerPort
    int poort;
    @Autowired
    RepositoryService repository;

    @Test
    void hetPlaatjeVanHetTrajectKomtUitHetModelZelf() throws Exception {
        warmOp();
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("inburgeringstraject")
                .latestVersion().singleResult().getId();
        try (Chromium chromium = Chromium.start("nl-NL", "2400,1400")) {
            ChromeDriver browser = chromium.driver();
            browser.get(basis() + "/camunda/app/cockpit/");
            WebElement naam = wachtOp(browser, By.cssSelector("input[ng-model='username']"), Duration.ofSeconds(120));
            naam.sendKeys("beheer");
            browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            browser.findElement(By.cssSelector("form button[type='submit']")).click();
            wachtOp(browser, By.cssSelector("a[href*='#/processes']"), GEDULD);

            browser.get(basis() + "/camunda/app/cockpit/default/#/process-definition/" + definitie + "/runtime");
            // The diagram is drawn from the deployed model: the phases and the steps of issue 21 are in it
            for (String element : List.of("Uitvoering", "onderdelenPlannen", "Escalatie_LeerrouteGewijzigd",
                    "alfabetisering", "budgetcoaching", "inzetSociaalTeam", "casuistiekoverleg", "Handhaving",
                    "afsluiting")) {
                assertThat(wachtOpElement(browser, element)).as(element).isNotNull();
            }
            WebElement doek = browser.findElement(By.cssSelector(".djs-container"));
            byte[] png = doek.getScreenshotAs(OutputType.BYTES);
            Files.write(PLAATJE, png);
        }
        assertThat(Files.size(PLAATJE)).as("een plaatje, geen leeg vlak").isGreaterThan(20_000);
    }

    private WebElement wachtOpElement(ChromeDriver browser, String id) {
        return wachtOp(browser, By.cssSelector(".djs-container [data-element-id='" + id + "']"), GEDULD);
    }

    private WebElement wachtOp(ChromeDriver browser, By selector, Duration geduld) {
        WebDriverWait wacht = new WebDriverWait(browser, geduld);
        wacht.ignoring(StaleElementReferenceException.class);
        return wacht.withMessage("aanwezig: " + selector).until(ExpectedConditions.presenceOfElementLocated(selector));
    }

    /** The webapps initialise on their first request; ask once before the browser does (as the other browser tests). */
    private void warmOp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String pad : List.of("/camunda/api/engine/engine/", "/camunda/app/cockpit/scripts/config.js")) {
            HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(basis() + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        }
    }

    private String basis() {
        return "http://localhost:" + poort;
    }
}
