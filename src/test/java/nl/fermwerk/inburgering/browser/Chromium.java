package nl.fermwerk.inburgering.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless chromium driven by its chromedriver (never a downloaded browser or driver), in a fresh profile,
 * set to one language as a user's browser would be ({@code --lang} and the Accept-Language preference), with its
 * console kept for {@link #consolefouten}.
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profiel;

    private Chromium(ChromeDriver driver, Path profiel) {
        this.driver = driver;
        this.profiel = profiel;
    }

    /** @param taal a browser language such as {@code en-US} or {@code nl-NL} */
    public static Chromium start(String taal, String venster) throws IOException {
        // An explicit driver and binary: Selenium Manager then has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profiel = Files.createTempDirectory("chromium-" + taal);
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary("/usr/bin/chromium");
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profiel, "--window-size=" + venster, "--lang=" + taal);
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", taal + "," + taal.substring(0, 2)));
        LoggingPreferences logboek = new LoggingPreferences();
        logboek.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability("goog:loggingPrefs", logboek);
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(dienst, opties), profiel);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Every request from now on carries HTTP Basic for this demo user, as a browser sends it after the login prompt:
     * the page and every fetch behind it (an extra header through the DevTools protocol).
     */
    public void metBasic(String gebruiker) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    /** The Basic header goes; a session the browser holds (its cookie, say Tasklist's) stays. */
    public void zonderBasic() {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    /** The Basic header goes and so does every session (all cookies): the next webapp asks for a login again. */
    public void zonderBasicEnZonderSessie() {
        zonderBasic();
        driver.manage().deleteAllCookies();
    }

    /**
     * The errors the browser console received since the last call (chromedriver hands each entry out once): failed
     * requests, refused scripts (CSP), uncaught exceptions.
     */
    public static List<String> consolefouten(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(regel -> regel.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    public List<String> consolefouten() {
        return consolefouten(driver);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paden = Files.walk(profiel)) {
            paden.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
