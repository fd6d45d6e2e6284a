package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.fermwerk.inburgering.browser.Chromium;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page as a beleidsmedewerker uses it, in Debian's headless chromium: choose the changed model, replay, read the
 * effect. A small caseload (20 dossiers, one year). Screenshot in target/screenshots/watals.png.
 */
@Tag("browser")
@IntegratieTest
class WatalsBrowserTest {

    @LocalServerPort
    int poort;

    Chromium chromium;
    ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        chromium = Chromium.start("nl-NL", "1400,1800");
        browser = chromium.driver();
        chromium.metBasic("beleid");
    }

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void eenBeleidsmedewerkerZietWatEenKorterePipTermijnDoet() throws Exception {
        Path map = Files.createDirectories(Path.of("target", "watals-browser"));
        Modelwijzigingen.Wijziging wijziging = Modelwijzigingen.pipTermijn("P4W");
        Path bestand = map.resolve(wijziging.bestand());
        Files.write(bestand, wijziging.inhoud());

        browser.get("http://localhost:" + poort + "/beleid/watals");
        // The page has the deployed models replayed ahead while the file is chosen (here the defaults: 300 dossiers)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("voorbereiding")).getText()
                .startsWith("Alvast de gedeployde modellen naspelen"));
        browser.findElement(By.id("bestanden")).sendKeys(bestand.toAbsolutePath().toString());
        browser.executeScript("document.getElementById('vanaf').value = '2027-01-01';"
                + "document.getElementById('tot').value = '2027-12-31';"
                + "document.getElementById('aantal').value = '20';"
                + "document.getElementById('zaad').value = '18';");
        browser.findElement(By.id("start")).click();

        new WebDriverWait(browser, Duration.ofMinutes(8)).until(b ->
                b.findElement(By.id("resultaat")).isDisplayed() || !b.findElement(By.id("fout")).getText().isBlank());
        assertThat(browser.findElement(By.id("fout")).getText()).isBlank();
        assertThat(browser.findElement(By.id("t-na")).getText()).isEqualTo("4 van 4 kwartalen");
        WebElement rij = browser.findElements(By.cssSelector("#periode tbody tr")).stream()
                .filter(r -> r.getText().startsWith("Escalaties PIP")).findFirst().orElseThrow();
        assertThat(rij.findElement(By.cssSelector("td.meer")).getText()).startsWith("+");
        assertThat(browser.findElement(By.id("g-kwartalen")).findElements(By.tagName("svg"))).isNotEmpty();
        Path schermafdruk = Files.createDirectories(Path.of("target", "screenshots")).resolve("watals.png");
        Files.write(schermafdruk, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(chromium.consolefouten()).isEmpty();
    }
}
