package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;

/** Outcomes of a voortgangsgesprek: schakelen through bijstelling PIP (18 months), and boetes (art. 22 and 23). */
@IntegratieTest
class BijstellingEnHandhavingTest extends TrajectTestBasis {

    @Test
    void schakelenBinnenAnderhalfJaarMag() {
        String id = metPip("B1");
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        rondAf(id, "bijstellingPip", "leerroute", "Z", "datumBijstelling", vandaag());
        assertThat(runtime.getVariable(traject(id).getId(), "leerroute")).isEqualTo("Z");
        assertThat(dossiers.vind(id).leerroute()).isEqualTo(Leerroute.Z);
        assertThat(gebeurtenissen(id, "PipBijgesteld")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("leerroute", "Z"));
    }

    @Test
    void schakelenNaAnderhalfJaarWordtGeweigerd() {
        String id = metPip("B1");
        naarGesprekNa18Maanden(id);
        assertThatThrownBy(() -> rondAf(id, "bijstellingPip", "leerroute", "Z", "datumBijstelling", vandaag()))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class)
                .hasMessageContaining("binnen 18 maanden");
        assertThat(openTaken(id)).contains("bijstellingPip");
        assertThat(gebeurtenissen(id, "PipBijgesteld")).isEmpty();
        // The same bijstelling without a route switch is fine
        rondAf(id, "bijstellingPip", "leerroute", "B1", "datumBijstelling", vandaag());
        assertThat(gebeurtenissen(id, "PipBijgesteld")).hasSize(1);
    }

    @Test
    void vanOnderwijsrouteNaarB1MagAltijd() {
        String id = metPip("ONDERWIJS");
        naarGesprekNa18Maanden(id);
        rondAf(id, "bijstellingPip", "leerroute", "B1", "datumBijstelling", vandaag());
        assertThat(dossiers.vind(id).leerroute()).isEqualTo(Leerroute.B1);
    }

    @Test
    void boeteArtikel22IsVastEuro250() {
        String id = naarHandhaving();
        assertThatThrownBy(() -> besluit(id, "BOETE", "ART_22", "EERSTE_BOETE", 300))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class).hasMessageContaining("EUR 250");
        besluit(id, "BOETE", "ART_22", "EERSTE_BOETE", 250);
        assertThat(gebeurtenissen(id, "HandhavingsbesluitGenomen")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("boeteArtikel", "ART_22"));
        // The free-text motivering is in the dossier's event, never a process variable
        assertThat(runtime.getVariable(traject(id).getId(), "motivering")).isNull();
    }

    @Test
    void boeteArtikel23IsTenHoogsteEuro800() {
        String id = naarHandhaving();
        assertThatThrownBy(() -> besluit(id, "BOETE", "ART_23", "BOETE", "800.01"))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class)
                .hasMessageContaining("800").hasMessageContaining("boeteBedrag");
        assertThat(gebeurtenissen(id, "HandhavingsbesluitGenomen")).isEmpty();
        besluit(id, "BOETE", "ART_23", "BOETE", 800);
        assertThat(gebeurtenissen(id, "HandhavingsbesluitGenomen")).hasSize(1);
        assertThat(openTaken(id)).doesNotContain("handhaving");
    }

    @Test
    void afzienIsNulEuro() {
        String id = naarHandhaving();
        assertThatThrownBy(() -> besluit(id, "AFZIEN", "ART_23", "BOETE", 100))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class);
        besluit(id, "AFZIEN", "ART_23", "BOETE", 0);
        assertThat(gebeurtenissen(id, "HandhavingsbesluitGenomen")).hasSize(1);
    }

    @Test
    void deZienswijzeHeeftDeTermijnUitDeTabel() {
        String id = metPip("B1");
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "HANDHAVING");
        LocalDate voornemen = LocalDate.parse(vandaag());
        rondAf(id, "voornemenHandhaving", "boeteArtikel", "ART_23", "handhavingsstap", "BOETE",
                "datumVoornemen", voornemen.toString(), "zienswijzeTot", voornemen.plusWeeks(2).toString());
        // Table termijnen, ZIENSWIJZE: two weeks from the day of the voornemen, to the end of that day
        assertThat(taak(id, "zienswijze").getDueDate())
                .isEqualTo(nl.fermwerk.inburgering.termijnen.Termijnen.eindeVanDag(voornemen.plusWeeks(2)));
        // Missed without a zienswijze: the watcher escalates, as for every term of the table
        naar(voornemen.plusWeeks(2).plusDays(1).atTime(9, 0).atZone(nl.fermwerk.inburgering.basis.Klok.ZONE));
        assertThat(termijnOverschrijdingen(id)).contains("ZIENSWIJZE");
        rondAf(id, "zienswijze", "zienswijzeGegeven", false, "datumZienswijze", vandaag());
        assertThat(openTaken(id)).contains("handhaving");
    }

    private void besluit(String id, String besluit, String artikel, String stap, Object bedrag) {
        rondAf(id, "handhaving", "besluit", besluit, "boeteArtikel", artikel, "handhavingsstap", stap,
                "boeteBedrag", bedrag, "dagtekening", vandaag(), "motivering", "Afspraken uit het PIP niet nagekomen");
    }

    private String metPip(String leerroute) {
        String id = open("OVERIGE_MIGRANT", "WOERDEN", false);
        totEnMetPip(id, leerroute, false);
        return id;
    }

    private void naarGesprekNa18Maanden(String id) {
        for (int maand : new int[] {6, 12}) {
            naar(BEGIN.plusMonths(maand).plusDays(1));
            rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");
        }
        naar(BEGIN.plusMonths(18).plusDays(2));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
    }

    private String naarHandhaving() {
        String id = metPip("B1");
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "HANDHAVING");
        // The gesprek's option starts the trajectory's one handhaving: voornemen, zienswijze, besluit
        assertThat(gebeurtenissen(id, "HandhavingGestart")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("grond", "PIP_NIET_NAGEKOMEN"));
        rondAf(id, "voornemenHandhaving", "boeteArtikel", "ART_23", "handhavingsstap", "BOETE",
                "datumVoornemen", vandaag(), "zienswijzeTot", LocalDate.parse(vandaag()).plusWeeks(2).toString());
        rondAf(id, "zienswijze", "zienswijzeGegeven", true, "datumZienswijze", vandaag());
        return id;
    }
}
