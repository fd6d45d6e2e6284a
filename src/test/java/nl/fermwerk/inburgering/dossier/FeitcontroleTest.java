package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Veldfout;
import org.junit.jupiter.api.Test;

/** What the store refuses to append, and the Dutch reason it gives, before anything is written. */
class FeitcontroleTest {

    @Test
    void eenSoortDieNietInDeWoordenlijstStaatWordtGeweigerd() {
        assertThatThrownBy(() -> Feitcontrole.controleer("PipVastgesteldd", Map.of("leerroute", "B1")))
                .isInstanceOf(OngeldigeGebeurtenisException.class)
                .hasMessage("Gebeurtenis 'PipVastgesteldd' bestaat niet in de woordenlijst van het dossier "
                        + "(docs/gebeurtenissen.md): controleer de eigenschap 'gebeurtenis' van deze taak in het model.");
    }

    @Test
    void elkOntbrekendOfOngeldigVeldWordtGenoemd() {
        assertThatThrownBy(() -> Feitcontrole.controleer("MapAfgerond",
                Map.of("taak", "map", "praktijkUren", "veel", "datumMap", " ")))
                .isInstanceOf(OngeldigeGebeurtenisException.class)
                .hasMessage("Gebeurtenis MapAfgerond niet vastgelegd: datumMap ontbreekt. "
                        + "praktijkUren 'veel' is geen getal.")
                .satisfies(e -> assertThat(((OngeldigeGebeurtenisException) e).fouten())
                        .extracting(Veldfout::veld).containsExactly("datumMap", "praktijkUren"));
        assertThatThrownBy(() -> Feitcontrole.controleer("PipVastgesteld",
                Map.of("leerroute", "B2", "pipDatum", "01-03-2024")))
                .hasMessage("Gebeurtenis PipVastgesteld niet vastgelegd: leerroute 'B2' is geen geldige waarde; "
                        + "kies uit B1, Z, ONDERWIJS. pipDatum '01-03-2024' is geen datum (jjjj-mm-dd).");
        assertThatThrownBy(() -> Feitcontrole.controleer("ToeleidingWerkAfgerond", Map.of("taak", "toeleidingWerk")))
                .hasMessage("Gebeurtenis ToeleidingWerkAfgerond niet vastgelegd: uitstroomWerk ontbreekt.");
    }

    @Test
    void eenGeldigeAfrondingGeeftHetGetypeerdeFeitEnNegeertOnbekendeVelden() {
        Feit feit = Feitcontrole.controleer("PipVastgesteld", Map.of("taak", "pipOpstellen", "taakId", "12",
                "onderdeel", "PIP", "leerroute", "Z", "pipDatum", "2027-01-05", "taalvrijwilliger", true));
        assertThat(feit).isEqualTo(new Feit.PipVastgesteld("pipOpstellen", "12", "PIP", Leerroute.Z,
                LocalDate.of(2027, 1, 5)));
    }

    @Test
    void eenFeitVanOnzeEigenCodeZonderVerplichtVeldOfVanOnbekendeSoortWordtGeweigerd() {
        assertThatThrownBy(() -> Feitcontrole.controleer(new Feit.TermijnOverschreden("PVT_12_MAANDEN", null, "x")))
                .hasMessage("Gebeurtenis TermijnOverschreden niet vastgelegd: vervaldatum ontbreekt.");
        assertThatThrownBy(() -> Feitcontrole.controleer(new Feit.Onbekend("DuoExportVerstuurd", Map.of())))
                .hasMessageContaining("'DuoExportVerstuurd' bestaat niet in de woordenlijst");
        assertThatCode(() -> Feitcontrole.controleer(new Feit.AfsluitingGestart(null))).doesNotThrowAnyException();
    }
}
