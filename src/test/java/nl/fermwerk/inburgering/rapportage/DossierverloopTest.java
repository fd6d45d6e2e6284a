package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Fase;
import nl.fermwerk.inburgering.dossier.FeitJson;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import org.junit.jupiter.api.Test;

/**
 * The one fold ({@link Dossierverloop}) and its two views, the dossier's state and the report's row, without a
 * database: realistic streams of each doelgroep, the rules where the two folds of old disagreed, and the report's own
 * figures (terms, hours, boetes, escalations).
 */
class DossierverloopTest {

    private final RapportageTermijnen termijnen = RapportageTermijnen.standaard();
    private final List<Gebeurtenis> stroom = new ArrayList<>();

    /** An event as the store reads it back: type, data as stored, and the typed fact read from that data. */
    private void e(String tijdstip, String type, Map<String, Object> data) {
        stroom.add(new Gebeurtenis("IB-9", stroom.size() + 1, type, data, Instant.parse(tijdstip), null, null, null,
                null, FeitJson.lees(type, data)));
    }

    /** A completed task's event: the task, its onderdeel and the decision variables, as TaakAfronding records them. */
    private void taak(String dag, String type, String taak, String onderdeel, Object... velden) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taak", taak);
        data.put("taakId", "t" + (stroom.size() + 1));
        if (onderdeel != null) {
            data.put("onderdeel", onderdeel);
        }
        for (int i = 0; i < velden.length; i += 2) {
            data.put((String) velden[i], velden[i + 1]);
        }
        e(dag + "T10:00:00Z", type, data);
    }

    private void aangemaakt(String doelgroep) {
        aangemaakt(doelgroep, "WOERDEN", "2024-01-08");
    }

    private void aangemaakt(String doelgroep, String gemeente, String koppeling) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bsn", "123456782");
        d.put("naam", "Test");
        d.put("geboortedatum", "1990-01-01");
        d.put("doelgroep", doelgroep);
        d.put("gemeente", gemeente);
        d.put("inkoopregio", Gemeente.valueOf(gemeente).inkoopregio().name());
        d.put("uitkering", true);
        d.put("datumKoppeling", koppeling);
        e(koppeling + "T09:00:00Z", "DossierAangemaakt", d);
    }

    private Dossierverloop verloop() {
        return Dossierverloop.van(stroom);
    }

    private DossierStaat staat() {
        return DossierStaat.van(verloop());
    }

    private DossierRegel regel() {
        return DossierRegel.van(verloop(), termijnen);
    }

    @Test
    void asielstatushouderVanKoppelingTotAfsluiting() {
        aangemaakt("ASIELSTATUSHOUDER", "WOERDEN", "2024-01-08");
        assertThat(staat().fase()).isEqualTo(Fase.WARME_OVERDRACHT);
        taak("2024-01-20", "OverdrachtCoaAfgerond", "overdrachtCoa", "WARME_OVERDRACHT", "datumOverdracht", "2024-01-19");
        taak("2024-01-25", "VrijwilligerVoorgesteld", "vrijwilligerVoorstellen", "MAATSCHAPPELIJKE_BEGELEIDING",
                "datumVoorstel", "2024-01-25");
        taak("2024-02-01", "RegeldagGehouden", "regeldag", "HUISVESTING", "datumRegeldag", "2024-02-01");
        taak("2024-02-02", "IngeschrevenInGemeente", "inschrijvingGemeente", "HUISVESTING",
                "datumInschrijving", "2024-02-02");
        taak("2024-02-05", "BijstandAangevraagd", "aanvraagBijstand", "FINANCIELE_ONTZORGING",
                "datumAanvraag", "2024-02-05");
        taak("2024-02-10", "LeerbaarheidstoetsAfgenomen", "leerbaarheidstoets", "BREDE_INTAKE", "datumToets", "2024-02-10");
        taak("2024-02-20", "BredeIntakeAfgerond", "bredeIntake", "BREDE_INTAKE", "datumBredeIntake", "2024-02-20");
        assertThat(staat().fase()).isEqualTo(Fase.PIP);
        taak("2024-03-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "B1", "pipDatum", "2024-03-01");
        taak("2024-03-15", "LeerrouteGestart", "startLeerroute", "PIP", "datumStart", "2024-03-15");
        taak("2024-09-02", "VoortgangsgesprekGevoerd", "voortgangsgesprek", "VOORTGANGSGESPREKKEN",
                "uitkomst", "BIJSTELLING_PIP");
        taak("2024-09-03", "PipBijgesteld", "bijstellingPip", "BIJSTELLING_PIP", "leerroute", "Z",
                "datumBijstelling", "2024-09-03");
        taak("2025-02-01", "PvtAfgerond", "pvt", "PVT", "datumPvt", "2025-02-01");
        taak("2025-06-01", "MapAfgerond", "map", "MAP", "praktijkUren", 40, "datumMap", "2025-06-01");
        e("2027-02-01T09:00:00Z", "AfsluitingGestart", Map.of("activiteit", "Afsluiting"));
        taak("2027-02-10", "DossierAfgesloten", "afsluiting", "AFSLUITING", "resultaat", "EXAMEN_BEHAALD");

        DossierStaat s = staat();
        assertThat(s.fase()).isEqualTo(Fase.AFGESLOTEN);
        assertThat(s.open()).isFalse();
        assertThat(s.leerroute()).isEqualTo(Leerroute.Z);
        assertThat(s.pipDatum()).isEqualTo("2024-03-01");
        assertThat(s.gemeente()).isEqualTo(Gemeente.WOERDEN);
        assertThat(s.inkoopregio()).isEqualTo(Inkoopregio.U16);
        assertThat(s.doelgroep()).isEqualTo(Doelgroep.ASIELSTATUSHOUDER);
        assertThat(s.versie()).isEqualTo(stroom.size());

        DossierRegel r = regel();
        assertThat(r.fase()).isEqualTo("AFGESLOTEN");
        assertThat(r.actief()).isFalse();
        assertThat(r.leerroute()).isEqualTo("Z");
        assertThat(r.doelgroep()).isEqualTo("ASIELSTATUSHOUDER");
        assertThat(r.datumOverdracht()).isEqualTo("2024-01-19");
        assertThat(r.datumInschrijving()).isEqualTo("2024-02-02");
        assertThat(r.datumToets()).isEqualTo("2024-02-10");
        assertThat(r.datumBredeIntake()).isEqualTo("2024-02-20");
        assertThat(r.pipDatum()).isEqualTo("2024-03-01");
        assertThat(r.datumStartLeerroute()).isEqualTo("2024-03-15");
        assertThat(r.datumPvt()).isEqualTo("2025-02-01");
        assertThat(r.datumMap()).isEqualTo("2025-06-01");
        assertThat(r.praktijkUren()).isEqualByComparingTo("40");
        assertThat(r.eindeTermijn()).isEqualTo("2027-03-02");
        assertThat(r.aantalVoortgangsgesprekken()).isEqualTo(1);
        assertThat(r.resultaat()).isEqualTo("EXAMEN_BEHAALD");
        assertThat(r.datumAfsluiting()).isEqualTo("2027-02-10");
        assertThat(r.versie()).isEqualTo(stroom.size());
    }

    @Test
    void nareizigerVerhuistBinnenDeRegioEnDeTweeViewsVerhuizenMee() {
        aangemaakt("NAREIZIGER", "MONTFOORT", "2024-01-08");
        taak("2024-01-20", "OverdrachtCoaAfgerond", "overdrachtCoa", "WARME_OVERDRACHT", "datumOverdracht", "2024-01-20");
        e("2024-02-01T09:00:00Z", "Verhuisd", Map.of("vanGemeente", "MONTFOORT", "naarGemeente", "BODEGRAVEN_REEUWIJK",
                "datumVerhuizing", "2024-02-01"));

        assertThat(staat().fase()).isEqualTo(Fase.BREDE_INTAKE);
        assertThat(staat().gemeente()).isEqualTo(Gemeente.BODEGRAVEN_REEUWIJK);
        assertThat(staat().inkoopregio()).isEqualTo(Inkoopregio.MIDDEN_HOLLAND);
        assertThat(regel().gemeente()).isEqualTo("BODEGRAVEN_REEUWIJK");
        assertThat(regel().fase()).isEqualTo("BREDE_INTAKE");
        assertThat(regel().leerroute()).isNull();
    }

    @Test
    void gezinsmigrantMetOntheffingGaatNaarDeAfsluiting() {
        aangemaakt("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", "2024-01-08");
        assertThat(staat().fase()).isEqualTo(Fase.BREDE_INTAKE);
        taak("2024-02-01", "LeerbaarheidstoetsAfgenomen", "leerbaarheidstoets", "BREDE_INTAKE", "datumToets", "2024-02-01");
        taak("2024-02-10", "BredeIntakeAfgerond", "bredeIntake", "BREDE_INTAKE", "datumBredeIntake", "2024-02-10");
        taak("2024-03-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "Z", "pipDatum", "2024-03-01");
        taak("2024-06-01", "ParticipatieUrenGeregistreerd", "participatieZroute", "TOELEIDING_WERK_PARTICIPATIE",
                "participatieUren", 800);
        e("2024-07-01T09:00:00Z", "OntheffingVerleend", Map.of("datumOntheffing", "2024-07-01"));

        assertThat(staat().fase()).isEqualTo(Fase.AFSLUITING);
        assertThat(staat().open()).isTrue();
        assertThat(regel().fase()).isEqualTo("AFSLUITING");
        assertThat(regel().datumOntheffing()).isEqualTo("2024-07-01");
        assertThat(regel().participatieUren()).isEqualByComparingTo("800");
        // The AfsluitingGestart the model writes next changes nothing more
        e("2024-07-01T09:00:01Z", "AfsluitingGestart", Map.of("activiteit", "Afsluiting"));
        assertThat(staat().fase()).isEqualTo(Fase.AFSLUITING);
    }

    @Test
    void overigeMigrantVerhuistBuitenDeRegio() {
        aangemaakt("OVERIGE_MIGRANT", "OUDEWATER", "2024-01-08");
        taak("2024-02-10", "BredeIntakeAfgerond", "bredeIntake", "BREDE_INTAKE", "datumBredeIntake", "2024-02-10");
        taak("2024-03-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "ONDERWIJS", "pipDatum", "2024-03-01");
        e("2024-05-01T09:00:00Z", "Verhuisd", Map.of("vanGemeente", "OUDEWATER", "naarGemeente", "BUITEN_REGIO",
                "datumVerhuizing", "2024-05-01"));
        assertThat(staat().gemeente()).isEqualTo(Gemeente.OUDEWATER);
        assertThat(staat().fase()).isEqualTo(Fase.UITVOERING);
        taak("2024-05-10", "DossierOvergedragen", "overdrachtNieuweGemeente", "WARME_OVERDRACHT",
                "datumOverdrachtNieuweGemeente", "2024-05-10");

        assertThat(staat().fase()).isEqualTo(Fase.AFSLUITING);
        assertThat(regel().fase()).isEqualTo("AFSLUITING");
        assertThat(regel().gemeente()).isEqualTo("OUDEWATER");
        assertThat(regel().leerroute()).isEqualTo("ONDERWIJS");
    }

    @Test
    void deRegelsWaarDeTweeVouwenHetOneensWaren() {
        // The toets belongs to the brede intake: taken, the warme overdracht lies behind (the report kept it)
        aangemaakt("ASIELSTATUSHOUDER");
        taak("2024-01-20", "LeerbaarheidstoetsAfgenomen", "leerbaarheidstoets", "BREDE_INTAKE", "datumToets", "2024-01-20");
        assertThat(staat().fase()).isEqualTo(Fase.BREDE_INTAKE);
        assertThat(regel().fase()).isEqualTo("BREDE_INTAKE");

        // A late event of an earlier onderdeel never puts the dossier back (the dossier went back to BREDE_INTAKE)
        stroom.clear();
        aangemaakt("ASIELSTATUSHOUDER");
        taak("2024-03-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "B1", "pipDatum", "2024-03-01");
        taak("2024-03-05", "OverdrachtCoaAfgerond", "overdrachtCoa", "WARME_OVERDRACHT", "datumOverdracht", "2024-03-05");
        assertThat(staat().fase()).isEqualTo(Fase.UITVOERING);
        assertThat(regel().fase()).isEqualTo("UITVOERING");

        // The term runs from the first PIP (the dossier took the last one's date)
        taak("2024-09-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "Z", "pipDatum", "2024-09-01");
        assertThat(staat().pipDatum()).isEqualTo("2024-03-01");
        assertThat(regel().pipDatum()).isEqualTo("2024-03-01");
        assertThat(staat().leerroute()).isEqualTo(Leerroute.Z);

        // An older PIP without its date: its business day (the dossier had none)
        stroom.clear();
        aangemaakt("GEZINSMIGRANT");
        e("2024-03-01T09:00:00Z", "PipVastgesteld", Map.of("leerroute", "B1"));
        assertThat(staat().pipDatum()).isEqualTo("2024-03-01");
        assertThat(regel().pipDatum()).isEqualTo("2024-03-01");

        // A type this version does not know moves only the version
        e("2024-03-02T09:00:00Z", "DuoExportVerstuurd", Map.of("poging", 1));
        assertThat(staat().fase()).isEqualTo(Fase.UITVOERING);
        assertThat(staat().versie()).isEqualTo(3);
        assertThat(regel().versie()).isEqualTo(3);
    }

    @Test
    void eenLatereBijstellingHerstartDeTermijnNiet() {
        aangemaakt("ASIELSTATUSHOUDER");
        assertThat(regel().fase()).isEqualTo("WARME_OVERDRACHT");
        e("2024-03-01T09:00:00Z", "PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2024-03-01"));
        e("2024-09-01T09:00:00Z", "PipBijgesteld", Map.of("leerroute", "Z"));
        e("2024-10-01T09:00:00Z", "PipVastgesteld", Map.of("leerroute", "Z", "pipDatum", "2024-10-01"));
        DossierRegel r = regel();
        assertThat(r.leerroute()).isEqualTo("Z");
        assertThat(r.pipDatum()).isEqualTo("2024-03-01");
        assertThat(r.eindeTermijn()).isEqualTo("2027-03-02");
        assertThat(r.fase()).isEqualTo("UITVOERING");
        assertThat(r.versie()).isEqualTo(4);
    }

    @Test
    void fasenGaanAlleenVooruit() {
        aangemaakt("GEZINSMIGRANT");
        assertThat(regel().fase()).isEqualTo("BREDE_INTAKE");
        e("2024-03-01T09:00:00Z", "PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2024-03-01"));
        e("2024-03-02T09:00:00Z", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2024-02-20"));
        assertThat(regel().fase()).isEqualTo("UITVOERING");
        assertThat(regel().datumBredeIntake()).isEqualTo("2024-02-20");
        e("2025-03-02T09:00:00Z", "DossierAfgesloten", Map.of("resultaat", "ONTHEFFING"));
        e("2025-03-03T09:00:00Z", "AfsluitingGestart", Map.of());
        assertThat(regel().fase()).isEqualTo("AFGESLOTEN");
        assertThat(regel().actief()).isFalse();
        assertThat(staat().fase()).isEqualTo(Fase.AFGESLOTEN);
    }

    @Test
    void escalatiesOpenEnAfgehandeld() {
        aangemaakt("NAREIZIGER");
        e("2024-03-20T09:00:00Z", "TermijnOverschreden", Map.of("termijn", "PIP_10_WEKEN"));
        e("2024-03-21T09:00:00Z", "TermijnOverschreden", Map.of("termijn", "BREDE_INTAKE"));
        assertThat(regel().openTermijnen()).containsExactly("BREDE_INTAKE", "PIP_10_WEKEN");
        e("2024-03-22T09:00:00Z", "TermijnBewakingAfgehandeld", Map.of("termijn", "BREDE_INTAKE"));
        assertThat(regel().openTermijnen()).containsExactly("PIP_10_WEKEN");
        e("2024-03-23T09:00:00Z", "TermijnBewakingAfgehandeld", Map.of());
        assertThat(regel().openTermijnen()).isEmpty();
    }

    @Test
    void urenBoetesVerhuizingEnDatumUitHetTijdstip() {
        aangemaakt("ASIELSTATUSHOUDER");
        e("2024-05-01T09:00:00Z", "ParticipatieUrenGeregistreerd", Map.of("participatieUren", 100));
        e("2024-06-01T09:00:00Z", "ParticipatieUrenGeregistreerd", Map.of("participatieUren", "50.5"));
        e("2024-06-02T09:00:00Z", "BoeteOpgelegd", Map.of("boeteArtikel", "GEEN", "boeteBedrag", 0));
        e("2024-06-03T09:00:00Z", "BoeteOpgelegd", Map.of("boeteArtikel", "ART_23", "boeteBedrag", 800));
        e("2024-07-01T09:00:00Z", "Verhuisd", Map.of("naarGemeente", "OUDEWATER"));
        e("2024-07-02T09:00:00Z", "Verhuisd", Map.of("naarGemeente", "BUITEN_REGIO"));
        // 23:30 UTC on 31 March is 1 April in Amsterdam: the day of a date-less event is the Dutch day
        e("2024-03-31T23:30:00Z", "PvtAfgerond", Map.of());
        DossierRegel r = regel();
        assertThat(r.participatieUren()).isEqualByComparingTo("150.5");
        assertThat(r.aantalBoetes()).isEqualTo(1);
        assertThat(r.boeteBedrag()).isEqualByComparingTo("800");
        assertThat(r.gemeente()).isEqualTo("OUDEWATER");
        assertThat(r.datumPvt()).isEqualTo("2024-04-01");
    }

    @Test
    void eenStroomZonderDossierAangemaaktIsGeenDossier() {
        e("2024-04-20T09:00:00Z", CbsLeveringen.TYPE, Map.of("jaar", 2024, "kwartaal", 1));
        assertThat(verloop()).isNull();
    }

    @Test
    void termijnVerlopenEnKwartalen() {
        aangemaakt("GEZINSMIGRANT");
        assertThat(termijnen.termijnVerlopen(regel(), LocalDate.of(2024, 3, 18))).isFalse();
        assertThat(termijnen.termijnVerlopen(regel(), LocalDate.of(2024, 3, 19))).isTrue();
        e("2024-03-01T09:00:00Z", "PipVastgesteld", Map.of("leerroute", "ONDERWIJS", "pipDatum", "2024-03-01"));
        assertThat(termijnen.termijnVerlopen(regel(), LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(termijnen.termijnVerlopen(regel(), LocalDate.of(2025, 3, 2))).isTrue();
        e("2024-12-01T09:00:00Z", "PvtAfgerond", Map.of("datumPvt", "2024-12-01"));
        // Onderwijsroute: no MAP term
        assertThat(termijnen.termijnVerlopen(regel(), LocalDate.of(2026, 1, 1))).isFalse();

        CbsLeveringen.Kwartaal q = CbsLeveringen.Kwartaal.van(LocalDate.of(2026, 1, 15));
        assertThat(q.vorige().toString()).isEqualTo("2025-Q4");
        assertThat(q.vorige().uitersteLeverdatum()).isEqualTo("2026-01-28");
        assertThat(q.vorige().stroom()).isEqualTo("CBS-2025-Q4");
        assertThat(Kengetallen.mediaan(List.of(10L, 2L, 7L, 3L))).isEqualTo(5.0);
        assertThat(Kengetallen.mediaan(List.of())).isNull();
    }

    /** Issue 19: the facts the figures, the CBS file and the DUO worklist need, each folded with its date. */
    @Test
    void deFeitenVanDeRapportagesWordenMetHunDatumGevouwen() {
        aangemaakt("NAREIZIGER", "OUDEWATER", "2025-01-06");
        taak("2025-01-20", "BudgetbeheerIngesteld", "instellenBudgetbeheer", "FINANCIELE_ONTZORGING",
                "datumBudgetbeheer", "2025-01-18");
        taak("2025-02-03", "LeerbaarheidstoetsAfgenomen", "leerbaarheidstoets", "BREDE_INTAKE", "datumToets",
                "2025-02-03", "uitkomstLeerbaarheidstoets", "A2");
        taak("2025-02-20", "BredeIntakeAfgerond", "bredeIntake", "BREDE_INTAKE", "datumStartBredeIntake", "2025-02-10",
                "datumBredeIntake", "2025-02-20");
        taak("2025-03-01", "PipVastgesteld", "pipOpstellen", "PIP", "leerroute", "ONDERWIJS", "pipDatum", "2025-03-01");
        taak("2025-05-02", "OntzorgenGeevalueerd", "evaluatieOntzorgen", "FINANCIELE_ONTZORGING",
                "conclusieOntzorgen", "AFBOUWEN");
        taak("2025-06-01", "PipBijgesteld", "bijstellingPip", "BIJSTELLING_PIP", "leerroute", "ONDERWIJS",
                "datumBijstelling", "2025-05-30");
        taak("2025-08-01", "PipBijgesteld", "bijstellingPip", "BIJSTELLING_PIP", "leerroute", "B1",
                "datumBijstelling", "2025-08-01");
        taak("2025-09-01", "TaalschakeltrajectAfgerond", "taalschakeltraject", "PIP", "datumAfronding", "2025-08-29");
        taak("2025-10-01", "MaatschappelijkeBegeleidingAfgerond", "maatschappelijkeBegeleiding",
                "MAATSCHAPPELIJKE_BEGELEIDING", "datumAfronding", "2025-09-30");
        taak("2025-11-01", "PvtAfgerond", "pvt", "PVT", "datumPvt", "2025-10-31", "resultaatPvt", "NIET_VOLDAAN",
                "verwijtbaar", true);
        taak("2025-12-01", "ToeleidingWerkAfgerond", "toeleidingWerk", "TOELEIDING_WERK_PARTICIPATIE",
                "uitstroomWerk", true, "datumStartWerk", "2025-11-17");
        e("2025-12-05T10:00:00Z", "DuoRegistratieGedaan", Map.of("item", "PIP-2025-03-01",
                "datumRegistratie", "2025-03-04"));
        e("2026-01-05T10:00:00Z", "Verhuisd", Map.of("vanGemeente", "OUDEWATER", "naarGemeente", "BUITEN_REGIO",
                "datumVerhuizing", "2026-01-02"));

        Dossierverloop v = verloop();
        assertThat(v.datumBudgetbeheer()).isEqualTo("2025-01-18");
        assertThat(v.datumEvaluatieOntzorgen()).as("its business day").isEqualTo("2025-05-02");
        assertThat(v.datumMaatschappelijkeBegeleiding()).isEqualTo("2025-09-30");
        DossierRegel r = regel();
        assertThat(r.uitkomstLeerbaarheidstoets()).isEqualTo("A2");
        assertThat(r.datumStartBredeIntake()).isEqualTo("2025-02-10");
        assertThat(r.datumBredeIntake()).isEqualTo("2025-02-20");
        assertThat(r.pipDatum()).isEqualTo("2025-03-01");
        assertThat(r.datumBijstellingPip()).isEqualTo("2025-08-01");
        assertThat(r.bijstellingenPip()).extracting(Object::toString).containsExactly("2025-05-30", "2025-08-01");
        assertThat(r.datumTaalschakeltraject()).isEqualTo("2025-08-29");
        assertThat(r.resultaatPvt()).isEqualTo("NIET_VOLDAAN");
        assertThat(r.pvtVerwijtbaar()).isTrue();
        assertThat(r.datumStartWerk()).isEqualTo("2025-11-17");
        assertThat(r.duoGeregistreerd()).containsEntry("PIP-2025-03-01", java.time.LocalDate.parse("2025-03-04"));
        assertThat(r.datumVertrek()).isEqualTo("2026-01-02");
        assertThat(r.ingetrokkenOp()).isEqualTo("2026-01-02");
        assertThat(r.gemeente()).as("a move out does not change the gemeente").isEqualTo("OUDEWATER");
    }

    @Test
    void eenOudereBredeIntakeZonderStartBegintUiterlijkOpZijnLaatsteGesprek() {
        aangemaakt("GEZINSMIGRANT");
        taak("2024-02-10", "LeerbaarheidstoetsAfgenomen", "leerbaarheidstoets", "BREDE_INTAKE", "datumToets", "2024-02-01");
        taak("2024-02-20", "BredeIntakeAfgerond", "bredeIntake", "BREDE_INTAKE", "datumBredeIntake", "2024-02-20");
        taak("2024-03-01", "PvtAfgerond", "pvt", "PVT", "datumPvt", "2024-03-01");
        assertThat(regel().datumStartBredeIntake()).isEqualTo("2024-02-20");
        assertThat(regel().resultaatPvt()).as("recorded when done").isEqualTo("VOLDAAN");
        assertThat(regel().uitkomstLeerbaarheidstoets()).isNull();
    }
}
