package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
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
    private static final String VENSTER = "5200,2400";
    private static final int MARGE = 16;

    @LocalServerPort
    int poort;
    @Autowired
    RepositoryService repository;

    @Test
    void hetPlaatjeVanHetTrajectKomtUitHetModelZelf() throws Exception {
        warmOp();
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("inburgeringstraject")
                .latestVersion().singleResult().getId();
        // A wide window: the model is about three times as wide as high, and its labels must stay readable
        try (Chromium chromium = Chromium.start("nl-NL", VENSTER)) {
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
            Files.write(PLAATJE, alleenHetModel(browser));
        }
        assertThat(Files.size(PLAATJE)).as("een plaatje, geen leeg vlak").isGreaterThan(20_000);
    }

    /**
     * Cockpit's diagram fitted to its pane, without Cockpit's own controls (the statistics toggle, the zoom buttons)
     * and cropped to the drawn model, so the picture in the docs is the model and nothing else.
     */
    private byte[] alleenHetModel(ChromeDriver browser) throws IOException {
        @SuppressWarnings("unchecked")
        List<Number> vlakken = (List<Number>) browser.executeScript("""
                document.querySelectorAll('.overlay-link').forEach(e => e.style.visibility = 'hidden');
                // fit the whole model into the pane ourselves: Cockpit's own fit can leave the right end outside it
                const lagen = document.querySelector('.djs-container svg .viewport');
                const vak = document.querySelector('.djs-container').getBoundingClientRect();
                const omvang = lagen.getBBox();
                const schaal = Math.min((vak.width - 40) / omvang.width, (vak.height - 40) / omvang.height);
                lagen.setAttribute('transform', 'matrix(' + schaal + ',0,0,' + schaal + ','
                        + (20 - omvang.x * schaal) + ',' + (20 - omvang.y * schaal) + ')');
                const zoom = document.querySelector("button[title='reset zoom']");
                if (zoom) { zoom.parentElement.style.visibility = 'hidden'; }
                const model = document.querySelector('.djs-container svg .viewport').getBoundingClientRect();
                const doek = document.querySelector('.djs-container').getBoundingClientRect();
                return [model.left, model.top, model.right, model.bottom, doek.left, doek.top, doek.right, doek.bottom,
                        window.devicePixelRatio];""");
        double schaal = vlakken.get(8).doubleValue();
        BufferedImage venster = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        int links = (int) Math.max(Math.max(vlakken.get(0).doubleValue(), vlakken.get(4).doubleValue()) * schaal - MARGE, 0);
        int boven = (int) Math.max(Math.max(vlakken.get(1).doubleValue(), vlakken.get(5).doubleValue()) * schaal - MARGE, 0);
        int rechts = (int) Math.min(Math.min(vlakken.get(2).doubleValue(), vlakken.get(6).doubleValue()) * schaal + MARGE,
                venster.getWidth());
        int onder = (int) Math.min(Math.min(vlakken.get(3).doubleValue(), vlakken.get(7).doubleValue()) * schaal + MARGE,
                venster.getHeight());
        assertThat(rechts - links).as("breedte van het model in beeld").isGreaterThan(1000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(venster.getSubimage(links, boven, rechts - links, onder - boven), "png", png);
        return png.toByteArray();
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
