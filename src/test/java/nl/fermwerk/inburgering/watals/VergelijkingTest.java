package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison's arithmetic, without child processes. */
class VergelijkingTest {

    private static final List<Kwartaal> KWARTALEN = Kwartaal.tussen(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 9, 30));

    @Test
    void kwartalenVolgenDeKalenderEnDePeriodeKaptDeEerste() {
        assertThat(KWARTALEN).extracting(Kwartaal::naam).containsExactly("2027-K1", "2027-K2", "2027-K3");
        assertThat(KWARTALEN.get(0).begin()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(KWARTALEN.get(0).eind()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(KWARTALEN.get(2).eind()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void gelijkeFigurenGevenNergensVerschil() {
        assertThat(Vergelijking.van(figuren(3, 80.0), figuren(3, 80.0)).heeftVerschil()).isFalse();
    }

    @Test
    void eenAantalTeltOpOverDePeriodeEenAandeelEnEenStandNemenHetLaatsteKwartaal() {
        Vergelijking v = Vergelijking.van(figuren(3, 80.0), figuren(5, 70.0));

        assertThat(v.heeftVerschil()).isTrue();
        Vergelijking.Figuur escalaties = v.figuur("escalaties.PIP");
        assertThat(escalaties.soort()).isEqualTo("aantal");
        assertThat(escalaties.periode().get("WOERDEN")).isEqualTo(new Vergelijking.Cel(3.0, 5.0, 2.0));
        assertThat(escalaties.periode().get(Figuren.TOTAAL)).isEqualTo(new Vergelijking.Cel(3.0, 5.0, 2.0));
        // A count absent on a side is zero there
        assertThat(escalaties.perKwartaal().get("2027-K2").get("MONTFOORT")).isEqualTo(new Vergelijking.Cel(0.0, 0.0, 0.0));
        Vergelijking.Figuur pip = v.figuur("opTijd.PIP");
        assertThat(pip.soort()).isEqualTo("percentage");
        assertThat(pip.periode().get("WOERDEN")).isEqualTo(new Vergelijking.Cel(80.0, 70.0, -10.0));
        // A share with nothing to divide has no difference
        assertThat(pip.periode().get("OUDEWATER")).isEqualTo(new Vergelijking.Cel(null, null, null));
    }

    private static Figuren figuren(int escalaties, double pipOpTijd) {
        Figuren f = Figuren.leeg(KWARTALEN);
        f.tel("escalaties.PIP", "2027-K1", "WOERDEN", escalaties);
        f.zet("opTijd.PIP", "2027-K3", "WOERDEN", pipOpTijd);
        f.zet("opTijd.PIP", "2027-K3", Figuren.TOTAAL, pipOpTijd);
        return new Figuren(f.kwartalen(), Map.copyOf(f.figuren()));
    }
}
