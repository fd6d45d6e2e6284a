package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.fermwerk.inburgering.browser.Paginabediening;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #20, finding 8, in the real Tasklist (Debian's chromium): a dossier name with markup, however it got into a
 * task's variables, shows in the form's header as the text it is, never as an element: no image, no link. The
 * header still shows the same information (name, dossier, gemeente, doelgroep, date of koppeling).
 */
@Tag("browser")
@IntegratieTest
class FormulierkopBrowserTest {

    static final String KWAADAARDIGE_NAAM = "Eva <img src=x onerror=\"window.geraakt=1\"> "
            + "[Log opnieuw in](https://example.org/inloggen) <b>vet</b>";

    @RegisterExtension
    final Paginabediening pagina = Paginabediening.perTest("nl-NL", "1400,1000", "");

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;

    @Test
    void opmaakInEenNaamVerschijntAlsTekstInDeKopVanHetFormulier() throws Exception {
        String dossierId = testDossiers.metWachtendeBredeIntake();
        Task intake = testDossiers.taak(dossierId, "bredeIntake");
        // Slipped in past every check at the API: the copy Tasklist shows is set on the task itself
        taken.setVariableLocal(intake.getId(), "weergavenaam", KWAADAARDIGE_NAAM);

        pagina.open("/camunda/app/tasklist/");
        pagina.meldAan("casusregisseur");
        pagina.openFilter("Casusregie");
        pagina.openTaak(dossierId);
        WebElement formulier = pagina.wachtOp(By.cssSelector(".fjs-form"));
        pagina.wacht().until(d -> formulier.getText().contains(dossierId));
        pagina.schermafdruk("formulierkop");

        List<WebElement> afbeeldingen = formulier.findElements(By.tagName("img"));
        List<WebElement> koppelingen = formulier.findElements(By.cssSelector("a[href*='example.org']"));
        List<WebElement> vet = formulier.findElements(By.xpath(".//b[text()='vet']"));
        assertThat(afbeeldingen).as("<img> uit de naam als element in het formulier").isEmpty();
        assertThat(koppelingen).as("markdown-link uit de naam als link in het formulier").isEmpty();
        assertThat(vet).as("<b> uit de naam als element in het formulier").isEmpty();
        assertThat(pagina.browser().executeScript("return window.geraakt === 1")).isEqualTo(false);

        WebElement kop = formulier.findElement(By.tagName("h3"));
        assertThat(kop.getText()).isEqualTo(KWAADAARDIGE_NAAM);
        assertThat(formulier.getText()).contains("Dossier: " + dossierId, "Gemeente: Woerden",
                "Doelgroep: Gezinsmigrant", "Datum koppeling: ");
        assertThat(formulier.findElements(By.xpath(".//strong[text()='Dossier:']"))).hasSize(1);
    }
}
