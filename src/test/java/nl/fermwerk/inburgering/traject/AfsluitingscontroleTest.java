package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * The afsluiting checks the resultaat against the leerroute and the recorded events: a resultaat the dossier does not
 * support is refused naming what is missing, the task stays open and nothing is stored; once the dossier supports it,
 * the dossier closes with it.
 */
@IntegratieTest
class AfsluitingscontroleTest extends OnderdelenTestBasis {

    @Test
    void b1VoldaanVraagtExamenMetKnmPvtEnMap() {
        String id = metPip("GEZINSMIGRANT", Leerroute.B1);
        weigert(id, "VOLDAAN", "Inburgeringsexamen B1", "Participatieverklaringstraject", "Module Arbeidsmarkt");

        rondAf(id, "examenuitslag", "examenniveau", "B1", "examenBehaald", true, "knmBehaald", false,
                "datumExamen", dag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", dag(), "mapAfgerond", true);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        // The language exam alone is not the B1 exam: KNM is part of it
        weigert(id, "VOLDAAN", "Inburgeringsexamen B1");

        leg(id, new Feit.ExamenuitslagGeregistreerd("examenuitslag", "t2", "AFSLUITING", "B1", true, true, vandaag()));
        sluitAf(id, "VOLDAAN");
    }

    @Test
    void zrouteVoldaanVraagt800UurParticipatieEnEindgesprekNaastPvtEnMap() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.Z);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        leg(id, new Feit.MapAfgerond("map", "t", "MAP", new BigDecimal("40"), vandaag()));
        leg(id, new Feit.ParticipatieUrenGeregistreerd("participatieZroute", "t", "TOELEIDING_WERK_PARTICIPATIE",
                new BigDecimal("300")));
        // The Z-route closed at month 12 with only an eindgesprek: refused (issue 21)
        leg(id, new Feit.EindgesprekGevoerd("eindgesprek", "t", "AFSLUITING", vandaag()));
        weigert(id, "VOLDAAN", "Participatie in de Z-route (800 uur) is niet behaald (300 van 800 uur)");
        weigert(id, "EINDGESPREK_GEVOERD", "geen einde van de inburgeringsplicht");

        leg(id, new Feit.ParticipatieUrenGeregistreerd("participatieZroute", "t", "TOELEIDING_WERK_PARTICIPATIE",
                new BigDecimal("500"), true));
        sluitAf(id, "VOLDAAN");
    }

    @Test
    void onderwijsrouteVoldaanVraagtTaalschakeltrajectEnPvtMaarGeenMap() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.ONDERWIJS);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        weigert(id, "VOLDAAN", "Taalschakeltraject");
        leg(id, new Feit.TaalschakeltrajectAfgerond("taalschakeltraject", "t", "PIP", vandaag()));
        sluitAf(id, "VOLDAAN");
    }

    @Test
    void zonderPipIsErNogNietsTeVoldoen() {
        String id = dossier("GEZINSMIGRANT", false);
        weigert(id, "VOLDAAN", "nog geen leerroute");
    }

    @Test
    void ontheffingEnVrijstellingVragenHetBerichtVanDuo() {
        String id = metPip("GEZINSMIGRANT", Leerroute.B1);
        weigert(id, "ONTHEFFING", "geen ontheffing");
        weigert(id, "VRIJSTELLING", "geen vrijstelling");
        leg(id, new Feit.VrijstellingVerleend(vandaag()));
        weigert(id, "ONTHEFFING", "geen ontheffing");
        sluitAf(id, "VRIJSTELLING");

        String ander = metPip("GEZINSMIGRANT", Leerroute.Z);
        leg(ander, new Feit.OntheffingVerleend(vandaag()));
        sluitAf(ander, "ONTHEFFING");
    }

    @Test
    void verhuisdVraagtEenVerhuizingBuitenDeRegioEnDeWarmeOverdracht() {
        String id = metPip("NAREIZIGER", Leerroute.B1);
        weigert(id, "VERHUISD", "geen verhuizing buiten de vier gemeenten", "warme overdracht");
        leg(id, new Feit.Verhuisd(Gemeente.WOERDEN, "MONTFOORT", vandaag()));
        weigert(id, "VERHUISD", "geen verhuizing buiten de vier gemeenten");
        leg(id, new Feit.Verhuisd(Gemeente.MONTFOORT, Feit.Verhuisd.BUITEN_REGIO, vandaag()));
        weigert(id, "VERHUISD", "warme overdracht");
        leg(id, new Feit.DossierOvergedragen("overdrachtNieuweGemeente", "t", "AFSLUITING", vandaag()));
        sluitAf(id, "VERHUISD");
    }

    @Test
    void termijnVerstrekenVraagtDatDeInburgeringstermijnVerstrekenIsZonderTeVoldoen() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.ONDERWIJS);
        weigert(id, "TERMIJN_VERSTREKEN", "niet verstreken");
        leg(id, new Feit.TermijnOverschreden("INBURGERINGSTERMIJN", vandaag(), null));
        sluitAf(id, "TERMIJN_VERSTREKEN");

        String voldaan = metPip("ASIELSTATUSHOUDER", Leerroute.ONDERWIJS);
        leg(voldaan, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        leg(voldaan, new Feit.TaalschakeltrajectAfgerond("taalschakeltraject", "t", "PIP", vandaag()));
        leg(voldaan, new Feit.TermijnOverschreden("INBURGERINGSTERMIJN", vandaag(), null));
        weigert(voldaan, "TERMIJN_VERSTREKEN", "kies 'Voldaan'");
    }

    private void weigert(String id, String resultaat, String... ontbrekend) {
        int versie = gebeurtenissen.versie(id);
        assertThatThrownBy(() -> rondAf(id, "afsluiting", "resultaat", resultaat, "datumEinde", dag()))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class)
                .hasMessageContaining("resultaat")
                .hasMessageContaining(ontbrekend[0])
                .satisfies(fout -> {
                    for (String deel : ontbrekend) {
                        assertThat(fout).hasMessageContaining(deel);
                    }
                });
        assertThat(taak(id, "afsluiting")).as("de taak blijft open").isNotNull();
        assertThat(gebeurtenissen.versie(id)).as("niets vastgelegd").isEqualTo(versie);
    }

    private void sluitAf(String id, String resultaat) {
        rondAf(id, "afsluiting", "resultaat", resultaat, "datumEinde", dag());
        assertThat(gebeurtenissen(id, "DossierAfgesloten")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("resultaat", resultaat));
        assertThat(verloop(id).open()).isFalse();
    }
}
