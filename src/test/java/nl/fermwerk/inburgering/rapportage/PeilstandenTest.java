package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Management reads the figures of a past month end: computed once (a replay of every event), then kept until the
 * events known at that day change. Runs in both suites (the fingerprint is SQL).
 */
@IntegratieTest
class PeilstandenTest extends TrajectTestBasis {

    @Autowired
    Rapportages rapportages;
    @Autowired
    Peilstanden standen;

    @Test
    void eenVerstrekenPeildatumWordtEenKeerBerekendTotDeGebeurtenissenVanToenVeranderen() {
        LocalDate peil = BEGIN.toLocalDate().plusDays(1);
        open("GEZINSMIGRANT", "WOERDEN", false);
        naar(BEGIN.plusDays(3));
        long voor = standen.berekend();

        Rapportages.KengetallenOverzicht eerste = rapportages.kengetallen(peil, null);
        Rapportages.KengetallenOverzicht tweede = rapportages.kengetallen(peil, "woerden");

        assertThat(standen.berekend()).as("de tweede blik rekent niet opnieuw").isEqualTo(voor + 1);
        assertThat(tweede.totaal()).isEqualTo(eerste.perGemeente().get("WOERDEN"));
        // Work of today is not known "as of" the peildatum: the stand stays
        open("NAREIZIGER", "OUDEWATER", true);
        assertThat(rapportages.kengetallen(peil, null).totaal()).isEqualTo(eerste.totaal());
        assertThat(standen.berekend()).isEqualTo(voor + 1);

        // A fact registered with a tijdstip before the end of the peildatum (here the clock set back) counts at once
        ClockUtil.setCurrentTime(Date.from(BEGIN.toInstant()));
        open("GEZINSMIGRANT", "MONTFOORT", false);
        ClockUtil.setCurrentTime(Date.from(BEGIN.plusDays(3).toInstant()));
        Rapportages.KengetallenOverzicht derde = rapportages.kengetallen(peil, null);

        assertThat(standen.berekend()).isEqualTo(voor + 2);
        assertThat(derde.totaal().aantalDossiers()).isEqualTo(eerste.totaal().aantalDossiers() + 1);
        assertThat(derde.perGemeente().get("MONTFOORT").aantalDossiers())
                .isEqualTo(eerste.perGemeente().get("MONTFOORT").aantalDossiers() + 1);
    }
}
