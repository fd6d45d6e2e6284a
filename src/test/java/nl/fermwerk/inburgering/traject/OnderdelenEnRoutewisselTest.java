package nl.fermwerk.inburgering.traject;

import static nl.fermwerk.inburgering.basis.Routeonderdeel.ALFABETISERING;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.EINDGESPREK;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.EXAMEN_A2;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.EXAMEN_B1;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.KNM;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.MAP;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.PARTICIPATIE;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.PVT;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.TAALSCHAKELTRAJECT;
import static nl.fermwerk.inburgering.basis.Routeonderdeel.TOELEIDING_WERK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which onderdelen belong to which leerroute (table onderdelen), which of them a dossier has met, and how a route
 * switch re-plans them: the new route's onderdelen open, open ones that no longer apply lapse with an event naming
 * the reason, met ones stay met.
 */
@IntegratieTest
class OnderdelenEnRoutewisselTest extends OnderdelenTestBasis {

    @Autowired
    Onderdelen onderdelen;
    @Autowired
    Routewissel routewissel;
    @Autowired
    org.camunda.bpm.engine.HistoryService historie;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;

    @Test
    void eenVraagAanDeTabelWordtPerGedeploydeVersieEenKeerGeevalueerd() throws Exception {
        long voor = evaluaties();
        List<Onderdeel> eerste = onderdelen.van(Leerroute.B1, null, Doelgroep.OVERIGE_MIGRANT, false, false);
        long naEerste = evaluaties();
        assertThat(naEerste - voor).as("hoogstens een evaluatie, met historie").isLessThanOrEqualTo(1);
        assertThat(onderdelen.van(Leerroute.B1, null, Doelgroep.OVERIGE_MIGRANT, false, false)).isEqualTo(eerste);
        assertThat(evaluaties()).as("dezelfde vraag bij dezelfde versie: het antwoord uit het geheugen")
                .isEqualTo(naEerste);

        // A beleidsmedewerker raises the MAP's hours: the next question is asked of the new version
        String tabel = Files.readString(Path.of("processes", "onderdelen.dmn"));
        String meerUren = tabel.replace("<outputEntry id=\"Regel_04_out3\"><text>40</text>",
                "<outputEntry id=\"Regel_04_out3\"><text>41</text>");
        assertThat(meerUren).isNotEqualTo(tabel);
        deploy(meerUren);
        try {
            assertThat(onderdelen.van(Leerroute.B1, null, Doelgroep.OVERIGE_MIGRANT, false, false))
                    .filteredOn(o -> o.code() == MAP).singleElement()
                    .satisfies(o -> assertThat(o.minimumUren()).isEqualTo(41));
            assertThat(evaluaties()).isEqualTo(naEerste + 1);
        } finally {
            deploy(tabel);
        }
        assertThat(onderdelen.van(Leerroute.B1, null, Doelgroep.OVERIGE_MIGRANT, false, false)).isEqualTo(eerste);
    }

    private long evaluaties() {
        return historie.createHistoricDecisionInstanceQuery().decisionDefinitionKey(Onderdelen.TABEL).count();
    }

    private void deploy(String tabel) {
        repository.createDeployment().name("onderdelen-test")
                .addString("onderdelen.dmn", tabel).deploy();
    }

    @Test
    void deOnderdelenPerLeerrouteKomenUitDeTabel() {
        List<Onderdeel> b1 = onderdelen.van(Leerroute.B1, null, Doelgroep.GEZINSMIGRANT, false, false);
        assertThat(codes(b1)).containsExactly(EXAMEN_B1, PVT, MAP, TOELEIDING_WERK);
        assertThat(nodig(b1)).containsExactly(EXAMEN_B1, PVT, MAP);
        assertThat(b1).filteredOn(o -> o.code() == MAP).singleElement()
                .satisfies(o -> assertThat(o.minimumUren()).isEqualTo(40))
                .satisfies(o -> assertThat(o.taak()).isEqualTo("map"));

        assertThat(codes(onderdelen.van(Leerroute.B1, "A2", Doelgroep.GEZINSMIGRANT, false, false)))
                .containsExactly(EXAMEN_A2, PVT, MAP, TOELEIDING_WERK);

        List<Onderdeel> z = onderdelen.van(Leerroute.Z, null, Doelgroep.ASIELSTATUSHOUDER, true, false);
        assertThat(nodig(z)).containsExactly(PVT, MAP, PARTICIPATIE, EINDGESPREK);
        assertThat(z).filteredOn(o -> o.code() == PARTICIPATIE).singleElement()
                .satisfies(o -> assertThat(o.minimumUren()).isEqualTo(800));

        List<Onderdeel> onderwijs = onderdelen.van(Leerroute.ONDERWIJS, null, Doelgroep.NAREIZIGER, true, false);
        assertThat(nodig(onderwijs)).containsExactly(PVT, TAALSCHAKELTRAJECT);
        assertThat(codes(onderwijs)).doesNotContain(MAP);
    }

    @Test
    void alfabetiseringAlleenVoorStatushoudersEnAlsHetPipHaarOpneemt() {
        assertThat(codes(onderdelen.van(Leerroute.B1, null, Doelgroep.ASIELSTATUSHOUDER, true, true)))
                .contains(ALFABETISERING);
        assertThat(codes(onderdelen.van(Leerroute.B1, null, Doelgroep.ASIELSTATUSHOUDER, true, false)))
                .doesNotContain(ALFABETISERING);
        assertThat(codes(onderdelen.van(Leerroute.B1, null, Doelgroep.GEZINSMIGRANT, false, true)))
                .doesNotContain(ALFABETISERING);
    }

    @Test
    void elkOnderdeelHeeftEenTaakMetEenFormulier() {
        for (Leerroute route : Leerroute.values()) {
            for (String niveau : List.of("B1", "A2")) {
                for (Onderdeel o : onderdelen.van(route, niveau, Doelgroep.ASIELSTATUSHOUDER, true, true)) {
                    assertThat(Path.of("forms", o.taak() + ".form")).as("formulier van %s", o.code()).exists();
                    assertThat(o.label()).isNotBlank();
                    assertThat(o.bron()).isNotBlank();
                }
            }
        }
        assertThat(Files.exists(Path.of("processes", "onderdelen.dmn"))).isTrue();
    }

    @Test
    void deStandVolgtDeGebeurtenissen() {
        String id = metPip("GEZINSMIGRANT", Leerroute.B1);
        assertThat(codes(onderdelen.stand(verloop(id)).behaald())).isEmpty();
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        leg(id, new Feit.MapAfgerond("map", "t", "MAP", new BigDecimal("20"), vandaag(), false));
        Onderdelen.Onderdeelstand stand = onderdelen.stand(verloop(id));
        assertThat(codes(stand.behaald())).containsExactly(PVT);
        assertThat(codes(stand.open())).containsExactly(EXAMEN_B1, MAP, TOELEIDING_WERK);
    }

    @Test
    void vanB1NaarZ() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.B1);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        Routewissel.Plan plan = routewissel.plan(verloop(id), Leerroute.B1, null, Leerroute.Z, null);
        assertThat(codes(plan.openen())).containsExactly(PARTICIPATIE, EINDGESPREK, KNM);
        assertThat(codes(plan.vervallen())).containsExactly(EXAMEN_B1, TOELEIDING_WERK);
        assertThat(codes(plan.blijftOpen())).containsExactly(MAP);
        assertThat(codes(plan.blijftBehaald())).containsExactly(PVT);
        assertThat(plan.reden()).isEqualTo("Leerroute gewijzigd van B1 naar Z");
    }

    @Test
    void vanZNaarB1() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.Z);
        leg(id, new Feit.MapAfgerond("map", "t", "MAP", new BigDecimal("40"), vandaag()));
        leg(id, new Feit.KnmAfgerond("knm", "t", "KNM", vandaag()));
        Routewissel.Plan plan = routewissel.plan(verloop(id), Leerroute.Z, null, Leerroute.B1, null);
        assertThat(codes(plan.openen())).containsExactly(EXAMEN_B1, TOELEIDING_WERK);
        assertThat(codes(plan.vervallen())).containsExactly(PARTICIPATIE, EINDGESPREK);
        assertThat(codes(plan.blijftOpen())).containsExactly(PVT);
        // met stays met, also KNM that the new route does not list on its own
        assertThat(codes(plan.blijftBehaald())).containsExactlyInAnyOrder(MAP, KNM);
    }

    @Test
    void vanOnderwijsNaarB1() {
        String id = metPip("NAREIZIGER", Leerroute.ONDERWIJS);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        Routewissel.Plan plan = routewissel.plan(verloop(id), Leerroute.ONDERWIJS, null, Leerroute.B1, null);
        assertThat(codes(plan.openen())).containsExactly(EXAMEN_B1, MAP, TOELEIDING_WERK);
        assertThat(codes(plan.vervallen())).containsExactly(TAALSCHAKELTRAJECT, KNM);
        assertThat(codes(plan.blijftBehaald())).containsExactly(PVT);
    }

    @Test
    void afschalenVanB1NaarA2() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.B1);
        Routewissel.Plan plan = routewissel.plan(verloop(id), Leerroute.B1, "B1", Leerroute.B1, "A2");
        assertThat(codes(plan.openen())).containsExactly(EXAMEN_A2);
        assertThat(codes(plan.vervallen())).containsExactly(EXAMEN_B1);
        assertThat(codes(plan.blijftOpen())).containsExactly(PVT, MAP, TOELEIDING_WERK);
        assertThat(plan.reden()).startsWith("Afgeschaald van B1 naar A2");
    }

    @Test
    void deDelegateLegtVervallenOnderdelenVastEnZegtHetModelWatOpent() {
        String id = metPip("ASIELSTATUSHOUDER", Leerroute.B1);
        leg(id, new Feit.PvtAfgerond("pvt", "t", "PVT", vandaag(), "VOLDAAN", null));
        String instantie = runtime.startProcessInstanceByKey("routewisselTest", id, Map.of("dossierId", id,
                "gemeente", "WOERDEN", "geplandeLeerroute", "B1", "leerroute", "Z")).getId();

        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).extracting(g -> g.data().get("onderdeelcode"))
                .containsExactly("EXAMEN_B1", "TOELEIDING_WERK");
        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).allSatisfy(g -> assertThat(g.data())
                .containsEntry("reden", "Leerroute gewijzigd van B1 naar Z").containsEntry("leerroute", "Z"));
        Map<String, Object> variabelen = runtime.getVariables(instantie);
        // Every task of the new route not met opens in the restarted uitvoering: MAP stays open, so it opens again
        assertThat(variabelen).containsEntry("open_PARTICIPATIE", true).containsEntry("open_EINDGESPREK", true)
                .containsEntry("open_MAP", true).containsEntry("open_PVT", false)
                .containsEntry("open_EXAMEN_B1", false).containsEntry("open_TOELEIDING_WERK", false)
                .containsEntry("teOpenenTaken", "participatieZroute,eindgesprek,knm,map")
                .containsEntry("routeGewijzigd", true).containsEntry("geplandeLeerroute", "Z")
                .containsEntry("geplandExamenniveau", "B1");
        assertThat(verloop(id).vervallenOnderdelen()).containsExactlyInAnyOrder(EXAMEN_B1, TOELEIDING_WERK);
        assertThat(verloop(id).behaald(PVT)).isTrue();
    }

    private static List<Routeonderdeel> codes(List<Onderdeel> lijst) {
        return lijst.stream().map(Onderdeel::code).toList();
    }

    private static List<Routeonderdeel> nodig(List<Onderdeel> lijst) {
        return lijst.stream().filter(Onderdeel::nodigVoorAfsluiting).map(Onderdeel::code).toList();
    }
}
