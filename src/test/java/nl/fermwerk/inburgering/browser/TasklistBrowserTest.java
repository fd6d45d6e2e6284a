package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.tasklist.PartnerTaken;
import nl.fermwerk.inburgering.tasklist.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A working day in Tasklist, in a real browser: Debian's chromium driven by its chromedriver (never a downloaded
 * browser or driver, see {@link Chromium}). The whole application runs inside the test; jobs are executed by the test
 * after each UI action. Screenshots land in {@code target/browser/}.
 */
@Tag("browser")
@IntegratieTest
class TasklistBrowserTest {

    @RegisterExtension
    final Paginabediening pagina = Paginabediening.perTest("nl-NL", "1400,1000", "");

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

    @Test
    void eenWerkdagInDeTakenlijst() throws Exception {
        // A fresh gezinsmigrant in Woerden whose leerbaarheidstoets is done: the brede intake waits for casusregie
        String dossierId = testDossiers.metWachtendeBredeIntake();
        Task intake = testDossiers.taak(dossierId, "bredeIntake");
        assertThat(intake).as("open taak bredeIntake van " + dossierId).isNotNull();
        // Partner work: one task for VSGH (Woerden), one for Vluchtelingenwerk (Montfoort)
        Task vsghTaak = partnerTaken.start("WOERDEN", "Partner Woerden");
        Task andereTaak = partnerTaken.start("MONTFOORT", "Partner Montfoort");

        // 1. Log in as casusregisseur: the login page is Dutch and carries no end-of-life banner
        pagina.warmOp("/camunda/api/engine/engine/",
                "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
                "/camunda/app/tasklist/scripts/config.js", "/camunda/app/tasklist/locales/nl.json");
        pagina.open("/camunda/app/tasklist/");
        pagina.wachtOp(By.cssSelector("input[ng-model='username']"), Paginabediening.EERSTE_PAGINA);
        pagina.wachtOpTekst("Aanmelden");
        pagina.schermafdruk("01-aanmelden");
        assertThat(pagina.tekst()).contains("Aanmelden");
        assertThat(pagina.browser().findElement(By.cssSelector("input[ng-model='username']"))
                .getAttribute("placeholder"))
                .isEqualTo("Gebruikersnaam");
        geenBanner();
        pagina.meldAan("casusregisseur");

        List<String> filters = filterNamen();
        pagina.schermafdruk("02-filters-casusregisseur");
        assertThat(filters).contains(TasklistFilters.MIJN_TAKEN, TasklistFilters.CASUSREGIE,
                "Casusregie - Woerden", "Casusregie - Oudewater", "Casusregie - Montfoort",
                "Casusregie - Bodegraven-Reeuwijk", TasklistFilters.TERMIJN_VERLOPEN);
        assertThat(filters).noneMatch(naam -> naam.startsWith("Werkvoorraad") || naam.startsWith("Betrokken"));
        assertThat(pagina.tekst()).contains("Regie Inburgering Takenlijst").doesNotContain("Camunda 8");
        geenBanner();

        // 2. Open "Casusregie", pick up the brede intake of the fresh dossier, fill its form and complete it
        openFilter("Casusregie");
        String regel = pagina.wacht().until(d -> pagina.taakkaart(dossierId).getText());
        assertThat(regel).contains("Brede intake voeren", "Test Inburgeraar", "Woerden").doesNotContain("WOERDEN");
        pagina.openTaak(dossierId);
        WebElement oppakken = pagina.wachtOp(By.cssSelector("button.claim"));
        assertThat(oppakken.getText()).isEqualTo("Oppakken");
        pagina.schermafdruk("03-taak-geopend");
        oppakken.click();
        pagina.wacht().until(d -> "casusregisseur".equals(
                taken.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee()));
        datumVeld();
        assertThat(pagina.tekst()).contains("Datum start brede intake", "Datum brede intake",
                "Test Inburgeraar (" + dossierId + ")");
        // Two dates: the first conversation (the start, what CBS measures) and the last
        LocalDate startIntake = Klok.vandaag().minusDays(8);
        LocalDate datumIntake = Klok.vandaag().minusDays(1);
        vulDatumIn(veldVan("Veld_datumStartBredeIntake"), startIntake);
        vulDatumIn(veldVan("Veld_datumBredeIntake"), datumIntake);
        pagina.schermafdruk("04-formulier-ingevuld");
        afronden();
        pagina.wacht()
                .until(d -> taken.createTaskQuery().taskId(intake.getId()).count() == 0);
        // The task leaves the list; the detail pane asks for the next task
        pagina.wacht().until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .noneMatch(r -> r.getText().contains(dossierId)));
        pagina.wachtOpTekst("Kies een taak uit de lijst.");
        pagina.schermafdruk("05-afgerond");

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
        pagina.meldAan("vsgh");
        List<String> vsghFilters = filterNamen();
        assertThat(vsghFilters).containsExactlyInAnyOrder(TasklistFilters.MIJN_TAKEN,
                "Termijn verlopen – VSGH", "Werkvoorraad – VSGH", "Betrokken – VSGH");
        openFilter("Werkvoorraad – VSGH");
        pagina.taakkaart(dossierVan(vsghTaak));
        pagina.schermafdruk("06-werkvoorraad-vsgh");
        Set<String> vsghDossiers = taken.createTaskQuery().taskCandidateGroup("vsgh").includeAssignedTasks().list()
                .stream().map(this::dossierVan).collect(Collectors.toSet());
        List<String> regels = pagina.wacht().until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .map(WebElement::getText).toList());
        assertThat(regels).isNotEmpty();
        for (String r : regels) {
            assertThat(vsghDossiers).as("taak in werkvoorraad VSGH: " + r).anyMatch(r::contains);
        }
        String lijst = pagina.wacht().until(d -> d.findElement(By.cssSelector("ol.tasks-list")).getText());
        assertThat(lijst).contains(dossierVan(vsghTaak)).doesNotContain(dossierVan(andereTaak), dossierId);
        // A whole working day so far, two logins included, and not one error in the browser console
        assertThat(pagina.chromium().consolefouten()).isEmpty();

        // 5. Completing without the required date is refused: the form says so and the task stays open
        pagina.openTaak(dossierVan(vsghTaak));
        pagina.wachtOp(By.cssSelector("button.claim")).click();
        pagina.wacht().until(d -> "vsgh".equals(
                taken.createTaskQuery().taskId(vsghTaak.getId()).singleResult().getAssignee()));
        datumVeld();
        afronden();
        WebElement fout = pagina.wachtOp(By.cssSelector(".fjs-form-field-error, .fjs-has-errors"));
        pagina.wachtOpTekst("Het formulier kon niet worden verwerkt");
        pagina.schermafdruk("07-verplicht-veld-geweigerd");
        // the field message comes from form-js, which Camunda 7 cannot translate (docs/tasklist.md)
        assertThat(pagina.tekst()).contains("Field is required.");
        assertThat(fout.isDisplayed()).isTrue();
        assertThat(taken.createTaskQuery().taskId(vsghTaak.getId()).count()).isEqualTo(1);
        assertThat(pagina.browser().findElements(By.cssSelector("button.claim"))).isEmpty();
    }

    private String dossierVan(Task taak) {
        return (String) runtime.getVariable(taak.getExecutionId(), "dossierId");
    }

    private void meldAf() {
        pagina.browser().manage().deleteAllCookies();
        pagina.browser().executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        pagina.open("/camunda/app/tasklist/");
        pagina.wachtOp(By.cssSelector("input[ng-model='username']"));
    }

    private List<String> filterNamen() {
        pagina.wachtOp(By.cssSelector(".task-filter h4.name a"));
        return pagina.wacht().until(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .map(a -> a.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").replaceAll("\\s+", " ").strip())
                .toList());
    }

    private void openFilter(String begin) {
        List<String> namen = filterNamen();
        assertThat(namen).as("filters").anyMatch(n -> n.startsWith(begin));
        pagina.openFilter(begin);
    }

    private WebElement datumVeld() {
        return pagina.wachtOp(By.cssSelector(".fjs-form-field-datetime input"));
    }

    /** The visible input of one form field, by the component id the form gives it. */
    private WebElement veldVan(String componentId) {
        return pagina.browser().findElements(By.cssSelector("input[id*='" + componentId + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow(() -> new AssertionError(componentId));
    }

    private void vulDatumIn(WebElement veld, LocalDate datum) {
        veld.click();
        // Typed as a Dutch user does, in every browser language (tasklist/scripts/nederlandse-datumnotatie.js)
        veld.sendKeys(datum.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        veld.sendKeys(Keys.ENTER);
        pagina.browser().findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
    }

    private void afronden() {
        WebElement knop = pagina.wachtOp(By.cssSelector(".form-actions button.btn-primary"));
        assertThat(knop.getText()).isEqualTo("Afronden");
        pagina.wacht().until(ExpectedConditions.elementToBeClickable(knop));
        knop.click();
    }

    private void geenBanner() {
        assertThat(pagina.browser().findElements(By.cssSelector(".ce-eol-banner"))).allMatch(b -> !b.isDisplayed());
        assertThat(pagina.tekst()).doesNotContain("migrate to Camunda 8");
    }

    private String api(String pad, String gebruiker) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(pagina.basis() + pad))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }
}
