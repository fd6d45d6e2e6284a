package nl.fermwerk.inburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Issue #20, finding 10: a form's data never stays in the browser of a shared municipal PC. Tasklist's "save" (and
 * its save when the session expires) would keep a task's form in localStorage; here a casusregisseur fills a form,
 * saves, and logs out, and no form data is left in the browser, nor a draft an earlier version left behind.
 */
@Tag("browser")
@IntegratieTest
class FormulierconceptenBrowserTest {

    private static final String NOTITIE = "Persoonlijke notitie over de inburgeraar";
    /** Every key under which Tasklist keeps a form: Camunda Forms and the older embedded forms. */
    private static final String CONCEPTEN = "Object.keys(window.localStorage).filter(function (k) {"
            + " return k.indexOf('camunda-form:') === 0 || k.indexOf('camForm:') === 0; })";

    @RegisterExtension
    final Paginabediening pagina = Paginabediening.perTest("nl-NL", "1400,1000", "concept-");

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;

    @Test
    void naOpslaanEnAfmeldenStaatErGeenFormulierMeerInDeBrowser() throws Exception {
        String dossierId = testDossiers.metWachtendeBredeIntake();
        Task intake = testDossiers.taak(dossierId, "bredeIntake");

        pagina.open("/camunda/app/tasklist/");
        pagina.meldAan("casusregisseur");
        // A draft an earlier Tasklist left behind on this PC: gone as soon as Tasklist opens again
        laatConceptAchter("oude-taak");
        pagina.browser().navigate().refresh();
        pagina.wachtOp(By.cssSelector(".task-filter h4.name a"));
        assertThat(concepten()).isEmpty();

        pagina.open("/camunda/app/tasklist/default/#/?task=" + intake.getId());
        WebElement oppakken = pagina.wachtOp(By.cssSelector("button.claim"));
        oppakken.click();
        pagina.wacht().until(d -> "casusregisseur".equals(
                taken.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee()));
        WebElement notitie = pagina.wachtOp(By.cssSelector(".fjs-form-field-textarea textarea"));
        notitie.clear();
        notitie.sendKeys(NOTITIE);
        pagina.schermafdruk("01-ingevuld");

        // Whatever asks Tasklist to save (the button, an expired session) stores nothing; the button is not offered
        js("document.querySelector(\".form-actions button[ng-click='save($event)']\").removeAttribute('disabled');"
                + "document.querySelector(\".form-actions button[ng-click='save($event)']\").click();");
        assertThat(concepten()).isEmpty();
        assertThat(pagina.browser().findElements(By.cssSelector(".form-actions button[ng-click='save($event)']")))
                .allMatch(knop -> !knop.isDisplayed());

        // And one left behind in this session (say by a script of an older version): gone at logout
        laatConceptAchter("andere-taak");
        js("document.querySelector('li.logout a').click();");
        pagina.wachtOp(By.cssSelector("input[ng-model='username']"));
        pagina.schermafdruk("02-afgemeld");

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
        return pagina.browser().executeScript(script);
    }
}
