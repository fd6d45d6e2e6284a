package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The structural check finds each kind of error in a deliberately broken model (src/test/resources/modellen-kapot),
 * names file and element, and leaves the correct elements beside them alone.
 */
@IntegratieTest
class ModelControleTest {

    static final Path KAPOT = Path.of("src/test/resources/modellen-kapot");
    static final String BPMN = "processes/kapot.bpmn";
    static final String FORMULIER = "forms/opmaakUitVariabele.form";

    @Autowired
    ModelControle controle;

    @TempDir
    Path tijdelijk;

    List<Bevinding> bevindingen;

    @BeforeEach
    void controleerHetKapotteModel() throws Exception {
        // The broken process beside the real taakverdeling, as it would lie in processes/
        Path processen = Files.createDirectories(tijdelijk.resolve("processes"));
        Files.copy(KAPOT.resolve(BPMN), processen.resolve("kapot.bpmn"));
        Files.copy(Path.of("processes/taakverdeling.dmn"), processen.resolve("taakverdeling.dmn"));
        bevindingen = controle.controleer(processen, KAPOT.resolve("forms"));
    }

    @Test
    void eenTaakZonderOfMetOnbekendOnderdeelWordtGemeld() {
        assertThat(over(BPMN, "gebruikerstaak 'zonderOnderdeel'")).singleElement().asString()
                .contains("geen eigenschap 'onderdeel'");
        assertThat(over(BPMN, "gebruikerstaak 'onbekendOnderdeel'")).singleElement().asString()
                .contains("ONBEKEND_ONDERDEEL", "WOERDEN, OUDEWATER, MONTFOORT, BODEGRAVEN_REEUWIJK");
    }

    @Test
    void eenTaakMetEigenKandidaatgroepHeeftGeenOnderdeelNodig() {
        assertThat(over(BPMN, "gebruikerstaak 'eigenGroep'")).isEmpty();
    }

    @Test
    void eenOnbekendeDuurWordtGemeldEenBekendeNiet() {
        assertThat(over(BPMN, "gebruikerstaak 'onbekendeDuur'")).singleElement().asString()
                .contains("eigenschap 'duur' is 'WEKEN'", "MAANDEN", "JAREN");
        assertThat(over(BPMN, "gebruikerstaak 'bekendeDuur'")).isEmpty();
    }

    @Test
    void formulierMoetBestaanEnDeBeslisvariabelenAlsVeldHebben() {
        assertThat(over(BPMN, "gebruikerstaak 'zonderFormulier'")).singleElement().asString()
                .contains("geen formulier");
        assertThat(over(BPMN, "gebruikerstaak 'verkeerdFormulier'")).singleElement().asString()
                .contains("'bestaatNiet'", "geen formulier in forms/ heeft dat id");
        // leerroute is a field of the form, pipDatum is not
        assertThat(over(BPMN, "gebruikerstaak 'mistVeld'")).singleElement().asString()
                .contains("beslisvariabele 'pipDatum'", "forms/kapotFormulier.form").doesNotContain("'leerroute'");
    }

    @Test
    void alleenToegestaneDelegatesEnGeenJavaKlassen() {
        assertThat(over(BPMN, "element 'onbekendeBean'")).singleElement().asString()
                .contains("${bestaatNietBean}", "geen bean", "(regel: alleen toegestane delegates)");
        assertThat(over(BPMN, "element 'mistVeld'")).as("execution listener van de taak").singleElement()
                .asString().contains("${onbekendeLuisteraar}", "(regel: alleen toegestane delegates)");
        assertThat(over(BPMN, "element 'onbekendeKlasse'")).singleElement().asString()
                .contains("nl.fermwerk.inburgering.BestaatNiet", "(regel: geen Java-klassen)");
        // falendeStap is a delegate of the test suite (TestModeldelegates)
        assertThat(over(BPMN, "element 'goedeBean'")).isEmpty();
    }

    @Test
    void deStructuurcontroleZegtWatDeServerBijHetDeployenWeigert() {
        assertThat(over(BPMN, "element 'verbodenExpressie'")).singleElement().asString()
                .contains("'dossierService'", "(regel: alleen toegestane expressies)");
        assertThat(over(BPMN, "element 'slechteExpressie'")).singleElement().asString()
                .contains("${termijn(", "niet te lezen");
        assertThat(over(FORMULIER, "element 'Kop'")).singleElement().asString()
                .contains("(regel: geen opmaak uit variabelen)");
        assertThat(over(FORMULIER, "element 'Link'")).singleElement().asString()
                .contains("<a href=\"https://example.org/?n={{weergavenaam}}\">", "</a>", "(regel: veilige HTML)");
        assertThat(over(FORMULIER, "element 'Extern'")).singleElement().asString()
                .contains("'iframe'", "(regel: alleen toegestane formulieronderdelen)");
        assertThat(over(FORMULIER, "element 'Veilig'")).as("waarden in een HTML view").isEmpty();
    }

    @Test
    void elkeTimerMoetDoorDeEngineGelezenKunnenWorden() {
        assertThat(over(BPMN, "timer van intermediateCatchEvent 'slechteDuur'")).singleElement().asString()
                .contains("timeDuration 'P14X' is ongeldig");
        assertThat(over(BPMN, "timer van intermediateCatchEvent 'slechteExpressie'")).singleElement().asString()
                .contains("timeDuration '${termijn(' is ongeldig");
        assertThat(over(BPMN, "timer van intermediateCatchEvent 'slechteDatum'")).singleElement().asString()
                .contains("timeDate '2027-13-45' is ongeldig");
        assertThat(over(BPMN, "timer van intermediateCatchEvent 'goedeTimers'")).isEmpty();
        assertThat(over(BPMN, "timer van intermediateCatchEvent 'goedeExpressie'")).isEmpty();
        assertThat(over(BPMN, "timer van boundaryEvent 'goedeCyclus'")).isEmpty();
    }

    @Test
    void alleenBerichtenDieDeApplicatieOntvangt() {
        assertThat(over(BPMN, "bericht 'Bericht_onbekend'")).singleElement().asString()
                .contains("'OnbekendBericht'", Berichten.ONTHEFFING_VERLEEND, Berichten.VERHUISD);
        assertThat(over(BPMN, "bericht 'Bericht_verhuisd'")).isEmpty();
    }

    @Test
    void formulierenMetDubbelIdOfOngeldigeJsonWordenGemeld() {
        assertThat(over("forms/tweedeKapotFormulier.form", "formulier 'kapotFormulier'")).singleElement().asString()
                .contains("hetzelfde id als forms/kapotFormulier.form");
        assertThat(over("forms/geenJson.form", "")).singleElement().asString().contains("geen geldige JSON");
    }

    @Test
    void nietsAndersDanDezeFoutenWordtGemeld() {
        assertThat(bevindingen).as(bevindingen::toString).hasSize(20);
    }

    private List<Bevinding> over(String bestand, String element) {
        return bevindingen.stream().filter(b -> b.bestand().equals(bestand) && b.element().equals(element)).toList();
    }
}
