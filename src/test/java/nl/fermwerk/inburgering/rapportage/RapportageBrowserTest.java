package nl.fermwerk.inburgering.rapportage;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Screenshots of the dashboard and a dossier page in Debian's headless chromium (never a downloaded browser). HTTP
 * Basic is sent as an extra request header through the DevTools protocol, so the page and every fetch behind it carry
 * the login of the role under test. No page logs an error in the browser console. Screenshots land in
 * target/screenshots/.
 */
@Tag("browser")
@IntegratieTest
class RapportageBrowserTest {

    @LocalServerPort
    int poort;
    @Autowired
    RapportageFixture fixture;
    @Autowired
    KleineCellenFixture kleineCellen;

    Chromium chromium;
    ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixture.zorgVoor();
        chromium = Chromium.start("nl-NL", "1400,1700");
        browser = chromium.driver();
    }

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void schermafdruk(String naam) throws Exception {
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Path bestand = map.resolve(naam);
        Files.write(bestand, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(bestand)).isGreaterThan(10_000);
    }

    @Test
    void dashboardToontDeKengetallenVanDePeildatum() throws Exception {
        chromium.metBasic("casusregisseur");
        browser.get("http://localhost:" + poort + "/dashboard?peildatum=2024-06-30");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> "ja".equals(b.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
        assertThat(browser.findElement(By.id("stand")).getText()).contains("30-06-2024");
        assertThat(browser.findElement(By.id("kpi-actief")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("kpi-pvt")).getText()).isEqualTo("66,7% (2 van 3)");
        assertThat(browser.findElement(By.id("kpi-map")).getText()).isEqualTo("100% (1 van 1)");
        assertThat(browser.findElement(By.id("kpi-escalaties")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("kpi-werk")).getText()).isEqualTo("0% (0 van 4)");
        assertThat(browser.findElement(By.id("cbs-status")).getText()).contains("nog niet geleverd");
        assertThat(browser.findElement(By.id("cbs-volgende")).getText()).contains("28-04-2024");
        // Every chart drew (ECharts' SVG renderer), with the gemeenten on its axis
        for (String grafiek : new String[] {"g-fase", "g-leerroute", "g-optijd", "g-escalaties", "g-intake", "g-werk"}) {
            assertThat(browser.findElements(By.cssSelector("#" + grafiek + " svg"))).as(grafiek).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("g-fase")).getText()).contains("Woerden", "Bodegraven-Reeuwijk",
                "Actieve dossiers per fase");
        // The DUO worklist for casusregie: what is still to be registered in DUO's portal, by dossier id
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElement(By.id("duo")).isDisplayed());
        assertThat(browser.findElement(By.id("duo-lijst")).getText()).contains("RAPFIX-A", "PIP vastgesteld",
                "10-03-2023");
        assertThat(browser.getPageSource()).doesNotContain("Fixture", "900000011");
        schermafdruk("dashboard.png");
        // Issue #16: the form's inline handler broke the CSP and the favicon answered 404
        assertThat(chromium.consolefouten()).isEmpty();
    }

    @Test
    void dashboardToontManagementAfgeschermdeCellenEnWeigertEenDagMiddenInDeMaand() throws Exception {
        kleineCellen.zorgVoor();
        chromium.metBasic("manager");
        browser.get("http://localhost:" + poort + "/dashboard?peildatum=" + KleineCellenFixture.PEILDATUM);
        wachtTotGeladen();
        assertThat(browser.findElement(By.id("stand")).getText())
                .contains(nl.fermwerk.inburgering.basis.Labels.datum(KleineCellenFixture.PEILDATUM));
        // The median over 17 started brede intakes may be shown, but not that 17 of the 18 started one (it names the
        // one who did not); 3 boetes and 1 open escalation may not, nor the 17 open dossiers: 18 dossiers minus 17
        // open would name the one closed one
        assertThat(browser.findElement(By.id("kpi-intake")).getText()).isEqualTo("x (x van 18); mediaan 27 dagen");
        assertThat(browser.findElement(By.id("kpi-actief")).getText()).isEqualTo("x");
        assertThat(browser.findElement(By.id("kpi-boetes")).getText()).isEqualTo("x (€ x)");
        assertThat(browser.findElement(By.id("kpi-escalaties")).getText()).isEqualTo("x");
        assertThat(browser.findElement(By.id("afscherming")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("duo")).isDisplayed()).as("no DUO worklist for management").isFalse();
        assertThat(browser.findElement(By.id("afscherming")).getText()).contains("x = afgeschermd", "onder de 5");
        for (String grafiek : new String[] {"g-fase", "g-leerroute", "g-optijd", "g-escalaties", "g-intake", "g-werk"}) {
            assertThat(browser.findElements(By.cssSelector("#" + grafiek + " svg"))).as(grafiek).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("g-fase")).getText()).contains("Woerden", "Bodegraven-Reeuwijk");
        // A pie cannot show an unknown slice: it names the ones left out
        assertThat(browser.findElement(By.id("g-leerroute")).getText()).contains("B1-route",
                "afgeschermd (x): Zelfredzaamheidsroute (Z), Onderwijsroute, Nog geen");
        schermafdruk("dashboard-management.png");
        assertThat(chromium.consolefouten()).isEmpty();

        browser.get("http://localhost:" + poort + "/dashboard?peildatum=2024-11-15");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> !b.findElement(By.id("fout")).getText().isEmpty());
        assertThat(browser.findElement(By.id("fout")).getText()).contains("400", "laatste dag van een maand");
        // The refused peildatum is the one thing the console reports: the answer the page shows the user
        assertThat(chromium.consolefouten()).singleElement().asString()
                .contains("/api/rapportages/kengetallen", "400");
    }

    private void wachtTotGeladen() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> "ja".equals(b.findElement(By.tagName("body")).getDomAttribute("data-geladen")));
    }

    @Test
    void dossierpaginaToontHetTrajectEnDeGebeurtenissen() throws Exception {
        chromium.metBasic("casusregisseur");
        browser.get("http://localhost:" + poort + "/dossiers/" + RapportageFixture.B + "?peildatum=2024-06-30");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("RAPFIX-B", "Bram Fixture");
        assertThat(browser.findElements(By.cssSelector("svg#traject g.onderdeel"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElements(By.cssSelector("svg#traject rect.verlopen"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg#traject circle.gebeurd"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.id("vandaag"))).hasSize(1);
        assertThat(browser.findElement(By.id("traject")).getText()).contains("vandaag 30-06-2024", "J1 K1", "Jaar 3");
        assertThat(browser.findElements(By.cssSelector("#gebeurtenissen li"))).hasSize(8);
        assertThat(browser.findElement(By.id("kerngegevens")).getText()).contains("Oudewater", "PVT");
        schermafdruk("dossier.png");
        assertThat(chromium.consolefouten()).isEmpty();
    }
}
