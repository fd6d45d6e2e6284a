package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.Kengetallen;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's "PIP binnen 10 weken" counts from the same start as the watcher that escalates: the BRP inschrijving
 * for an asielstatushouder, the DUO melding for a gezinsmigrant. Before issue 15 the dashboard counted every PIP from
 * the koppeling while the process counted from the inschrijving, and the two disagreed on exactly this asielstatushouder.
 */
@IntegratieTest
class OpTijdTest extends TrajectTestBasis {

    @Autowired
    Rapportages rapportages;
    @Autowired
    RapportageTermijnen termijnen;

    @Test
    void pipOpTijdVoorBeideDoelgroepenUitDezelfdeGebeurtenissenAlsDeBewaking() {
        // asielstatushouder: ingeschreven in week 3, PIP in week 12 after the koppeling = week 9 after the inschrijving
        String asiel = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        LocalDate koppeling = dossiers.vind(asiel).datumKoppeling();
        rondAf(asiel, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(asiel, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        naar(koppeling.plusWeeks(3).atTime(9, 0).atZone(Klok.ZONE));
        rondAf(asiel, "regeldag", "datumRegeldag", vandaag());
        rondAf(asiel, "inschrijvingGemeente", "datumInschrijving", vandaag());
        rondAf(asiel, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(asiel, "bredeIntake", "datumBredeIntake", vandaag());

        // gezinsmigrant: PIP in week 11 after the melding
        String gezin = open("GEZINSMIGRANT", "WOERDEN", false);
        LocalDate melding = dossiers.vind(gezin).datumKoppeling();
        rondAf(gezin, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(gezin, "bredeIntake", "datumBredeIntake", vandaag());

        naar(koppeling.plusWeeks(12).atTime(9, 0).atZone(Klok.ZONE));
        rondAf(asiel, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);
        naar(melding.plusWeeks(11).atTime(9, 0).atZone(Klok.ZONE));
        rondAf(gezin, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);

        // the watcher: the asielstatushouder's PIP was in time, the gezinsmigrant's was not
        assertThat(termijnOverschrijdingen(asiel)).doesNotContain("PIP");
        assertThat(termijnOverschrijdingen(gezin)).contains("PIP");

        // the dashboard, from the same events: one of two in time, and the same one
        DossierRegel a = rapportages.dossier(asiel, null);
        DossierRegel g = rapportages.dossier(gezin, null);
        assertThat(a.pipDatum()).isAfter(a.datumKoppeling().plusWeeks(10)).isBefore(termijnen.uiterlijkPip(a).plusDays(1));
        assertThat(g.pipDatum()).isAfter(termijnen.uiterlijkPip(g));
        assertThat(Kengetallen.bereken(List.of(a), Klok.vandaag(), termijnen).pipBinnenTermijn().teller()).isEqualTo(1);
        assertThat(Kengetallen.bereken(List.of(g), Klok.vandaag(), termijnen).pipBinnenTermijn().teller()).isZero();
        Kengetallen beide = Kengetallen.bereken(List.of(a, g), Klok.vandaag(), termijnen);
        assertThat(beide.pipBinnenTermijn().teller()).isEqualTo(1);
        assertThat(beide.pipBinnenTermijn().noemer()).isEqualTo(2);
    }
}
