package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the browser tests do on a page of the running application, the same way in every test: wait for an element or
 * a text, log in to a Camunda webapp, open a Tasklist filter or a dossier's task, and keep a screenshot, or on a
 * failure the page, its screenshot and its console, in {@code target/browser/} under the test's own prefix.
 *
 * <p>A test that drives one browser per test registers it with {@link #perTest} ({@code @RegisterExtension}): a fresh
 * {@link Chromium} before each test, on the port of the running application, closed after it. A test that starts its
 * own browser (one per language, say) passes that browser to the constructor.
 */
public final class Paginabediening implements BeforeEachCallback, AfterEachCallback {

    /** Long enough for a busy CI machine; a wait that runs out leaves the page behind as evidence. */
    public static final Duration GEDULD = Duration.ofSeconds(30);
    /** The first page of a webapp loads its modules one by one: on a cold application that takes longer. */
    public static final Duration EERSTE_PAGINA = Duration.ofSeconds(120);
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browser");
    private static final By TASKLIST_FILTER = By.cssSelector(".task-filter h4.name a");
    private static final By TAAKKAART = By.cssSelector("ol.tasks-list li.task");

    private final String voorvoegsel;
    /** Language and window of the browser this instance starts per test; {@code null} when the test brings its own. */
    private final String taal;
    private final String venster;
    private Chromium chromium;
    private ChromeDriver browser;
    private String basis;

    /**
     * @param voorvoegsel put before the name of every screenshot and saved page, so the tests do not overwrite each
     *                    other's evidence
     */
    public Paginabediening(Chromium chromium, int poort, String voorvoegsel) {
        this(voorvoegsel, null, null);
        gebruik(chromium, poort);
    }

    private Paginabediening(String voorvoegsel, String taal, String venster) {
        this.voorvoegsel = voorvoegsel;
        this.taal = taal;
        this.venster = venster;
    }

    /** @param taal a browser language such as {@code nl-NL}; see {@link Chromium#start} */
    public static Paginabediening perTest(String taal, String venster, String voorvoegsel) {
        return new Paginabediening(voorvoegsel, taal, venster);
    }

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
        if (taal != null) {
            Integer poort = SpringExtension.getApplicationContext(test).getEnvironment()
                    .getProperty("local.server.port", Integer.class);
            gebruik(Chromium.start(taal, venster), poort);
        }
    }

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        if (taal != null && chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    private void gebruik(Chromium gestart, int poort) {
        this.chromium = gestart;
        this.browser = gestart.driver();
        this.basis = "http://localhost:" + poort;
    }

    public Chromium chromium() {
        return chromium;
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** {@code http://localhost:<port>}, the application under test. */
    public String basis() {
        return basis;
    }

    /** Opens a page of the application by its path, such as {@code /camunda/app/tasklist/}. */
    public void open(String pad) {
        browser.get(basis + pad);
    }

    public WebDriverWait wacht() {
        return wacht(GEDULD);
    }

    /**
     * Tasklist re-renders its lists while it refreshes: an element found a moment ago may be replaced, and one looked
     * for in a list ({@code orElseThrow}) may not be there yet.
     */
    public WebDriverWait wacht(Duration geduld) {
        WebDriverWait wacht = new WebDriverWait(browser, geduld);
        wacht.ignoring(StaleElementReferenceException.class);
        wacht.ignoring(NoSuchElementException.class);
        return wacht;
    }

    public WebElement wachtOp(By selector) {
        return wachtOp(selector, GEDULD);
    }

    public WebElement wachtOp(By selector, Duration geduld) {
        try {
            return wacht(geduld).withMessage("zichtbaar: " + selector)
                    .until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (RuntimeException e) {
            bewaarPagina();
            throw e;
        }
    }

    public void wachtOpTekst(String verwacht) {
        try {
            wacht().withMessage("tekst " + verwacht).until(d -> tekst().contains(verwacht));
        } catch (RuntimeException e) {
            bewaarPagina();
            throw e;
        }
    }

    /** The text a person reads on the page. */
    public String tekst() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * The webapps' REST and plugin servlets initialise on their first request, which on a busy CI machine can outlast
     * RequireJS's module timeout in the browser; a test therefore asks for the resources its pages need once before
     * the browser does.
     */
    public void warmOp(String... paden) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (String pad : paden) {
            HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(basis + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        }
    }

    /** Logs in on the login page of Tasklist (demo password) and waits for its filters. */
    public void meldAan(String gebruiker) {
        meldAan(gebruiker, TASKLIST_FILTER);
    }

    /** Logs in on the login page of a Camunda webapp and waits for what that webapp shows first. */
    public void meldAan(String gebruiker, By daarna) {
        WebElement naam = wachtOp(By.cssSelector("input[ng-model='username']"), EERSTE_PAGINA);
        naam.clear();
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wachtOp(daarna);
    }

    /** Opens the first Tasklist filter whose name starts so, and waits until Tasklist marks it active. */
    public void openFilter(String begin) {
        wacht().until(d -> {
            d.findElements(TASKLIST_FILTER).stream()
                    .filter(a -> a.getText().strip().startsWith(begin)).findFirst().orElseThrow().click();
            return true;
        });
        wacht().until(d -> d.findElement(By.cssSelector(".task-filter.active h4.name a")).getText().strip()
                .startsWith(begin));
    }

    /** The card of the dossier's task in the open Tasklist list, once the list shows it. */
    public WebElement taakkaart(String dossierId) {
        try {
            return wacht().until(d -> kaart(d, dossierId));
        } catch (RuntimeException e) {
            bewaarPagina();
            throw new AssertionError("geen taak van dossier " + dossierId + " in de lijst", e);
        }
    }

    /** Opens the dossier's task from the open Tasklist list, once the list shows it. */
    public void openTaak(String dossierId) {
        wacht().until(d -> {
            Optional.ofNullable(kaart(d, dossierId)).orElseThrow().findElement(By.cssSelector("h4.task a")).click();
            return true;
        });
    }

    private static WebElement kaart(WebDriver browser, String dossierId) {
        return browser.findElements(TAAKKAART).stream()
                .filter(r -> r.getText().contains(dossierId)).findFirst().orElse(null);
    }

    public void schermafdruk(String naam) throws IOException {
        Files.createDirectories(SCHERMAFDRUKKEN);
        Files.write(SCHERMAFDRUKKEN.resolve(voorvoegsel + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The evidence of a failure: screenshot, page source and console, as {@code <prefix>fout.*}. */
    public void bewaarPagina() {
        try {
            schermafdruk("fout");
            Files.writeString(SCHERMAFDRUKKEN.resolve(voorvoegsel + "fout.html"), browser.getPageSource());
            StringBuilder console = new StringBuilder();
            for (LogEntry regel : browser.manage().logs().get(LogType.BROWSER)) {
                console.append(regel).append('\n');
            }
            Files.writeString(SCHERMAFDRUKKEN.resolve(voorvoegsel + "fout-console.txt"), console);
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more than the evidence
        }
    }
}
