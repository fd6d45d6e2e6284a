package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;
import org.junit.jupiter.api.Test;

/**
 * Every kind of event reads back from its JSON exactly as the store holds it, and a new fact is written as the same
 * text: the vocabulary changes the code, not a byte of the stored (hash-chained) data. Older events that lack a
 * field, carry a value of another shape, or have a type this version does not know still read.
 */
class FeitJsonTest {

    /** The store writes map entries sorted by key (Gebeurtenissen); so does this test. */
    private static final ObjectMapper OPSLAG = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private static LocalDate d(String datum) {
        return LocalDate.parse(datum);
    }

    /** Per type: the JSON as stored by the code before the vocabulary existed, and the fact it is. */
    private static final Map<String, Map.Entry<String, Feit>> ZOALS_OPGESLAGEN = new LinkedHashMap<>();

    private static void opgeslagen(String json, Feit feit) {
        ZOALS_OPGESLAGEN.put(feit.type(), Map.entry(json, feit));
    }

    static {
        opgeslagen("""
                {"bsn":"111222333","datumKoppeling":"2026-11-01","doelgroep":"ASIELSTATUSHOUDER","geboortedatum":"1996-04-12",\
                "gemeente":"WOERDEN","inkoopregio":"U16","naam":"Amina Yusuf","uitkering":true}""",
                new Feit.DossierAangemaakt("111222333", "Amina Yusuf", d("1996-04-12"), Doelgroep.ASIELSTATUSHOUDER,
                        Gemeente.WOERDEN, Inkoopregio.U16, true, d("2026-11-01")));
        opgeslagen("""
                {"datumOverdracht":"2026-11-10","onderdeel":"WARME_OVERDRACHT","taak":"overdrachtCoa","taakId":"101"}""",
                new Feit.OverdrachtCoaAfgerond("overdrachtCoa", "101", "WARME_OVERDRACHT", d("2026-11-10")));
        opgeslagen("""
                {"datumVoorstel":"2026-11-11","onderdeel":"MAATSCHAPPELIJKE_BEGELEIDING","taak":"vrijwilligerVoorstellen",\
                "taakId":"102"}""",
                new Feit.VrijwilligerVoorgesteld("vrijwilligerVoorstellen", "102", "MAATSCHAPPELIJKE_BEGELEIDING",
                        d("2026-11-11")));
        opgeslagen("""
                {"datumRegeldag":"2026-11-12","onderdeel":"HUISVESTING","taak":"regeldag","taakId":"103"}""",
                new Feit.RegeldagGehouden("regeldag", "103", "HUISVESTING", d("2026-11-12")));
        opgeslagen("""
                {"datumInschrijving":"2026-11-13","onderdeel":"HUISVESTING","taak":"inschrijvingGemeente","taakId":"104"}""",
                new Feit.IngeschrevenInGemeente("inschrijvingGemeente", "104", "HUISVESTING", d("2026-11-13")));
        opgeslagen("""
                {"datumAanvraag":"2026-11-14","onderdeel":"FINANCIELE_ONTZORGING","taak":"aanvraagBijstand","taakId":"105"}""",
                new Feit.BijstandAangevraagd("aanvraagBijstand", "105", "FINANCIELE_ONTZORGING", d("2026-11-14")));
        opgeslagen("""
                {"datumBudgetbeheer":"2026-11-15","onderdeel":"FINANCIELE_ONTZORGING","taak":"instellenBudgetbeheer",\
                "taakId":"106"}""",
                new Feit.BudgetbeheerIngesteld("instellenBudgetbeheer", "106", "FINANCIELE_ONTZORGING", d("2026-11-15")));
        opgeslagen("""
                {"conclusieOntzorgen":"AFBOUWEN","onderdeel":"FINANCIELE_ONTZORGING","taak":"evaluatieOntzorgen",\
                "taakId":"107"}""",
                new Feit.OntzorgenGeevalueerd("evaluatieOntzorgen", "107", "FINANCIELE_ONTZORGING", "AFBOUWEN"));
        opgeslagen("""
                {"datumAfronding":"2027-11-01","onderdeel":"MAATSCHAPPELIJKE_BEGELEIDING","taak":"maatschappelijkeBegeleiding",\
                "taakId":"108"}""",
                new Feit.MaatschappelijkeBegeleidingAfgerond("maatschappelijkeBegeleiding", "108",
                        "MAATSCHAPPELIJKE_BEGELEIDING", d("2027-11-01")));
        opgeslagen("""
                {"datumAfronding":"2027-11-02","onderdeel":"FINANCIELE_ZELFREDZAAMHEID","taak":"financieleZelfredzaamheid",\
                "taakId":"109"}""",
                new Feit.FinancieleZelfredzaamheidAfgerond("financieleZelfredzaamheid", "109",
                        "FINANCIELE_ZELFREDZAAMHEID", d("2027-11-02")));
        opgeslagen("""
                {"datumToets":"2026-12-01","onderdeel":"BREDE_INTAKE","taak":"leerbaarheidstoets","taakId":"110",\
                "uitkomstLeerbaarheidstoets":"A2"}""",
                new Feit.LeerbaarheidstoetsAfgenomen("leerbaarheidstoets", "110", "BREDE_INTAKE", d("2026-12-01"), "A2"));
        opgeslagen("""
                {"datumBredeIntake":"2026-12-05","datumStartBredeIntake":"2026-11-20","onderdeel":"BREDE_INTAKE",\
                "taak":"bredeIntake","taakId":"111"}""",
                new Feit.BredeIntakeAfgerond("bredeIntake", "111", "BREDE_INTAKE", d("2026-11-20"), d("2026-12-05")));
        opgeslagen("""
                {"leerroute":"B1","onderdeel":"PIP","pipDatum":"2027-01-05","taak":"pipOpstellen","taakId":"112"}""",
                new Feit.PipVastgesteld("pipOpstellen", "112", "PIP", Leerroute.B1, d("2027-01-05")));
        opgeslagen("""
                {"datumStart":"2027-01-20","onderdeel":"PIP","taak":"startLeerroute","taakId":"113"}""",
                new Feit.LeerrouteGestart("startLeerroute", "113", "PIP", d("2027-01-20")));
        opgeslagen("""
                {"datumInzet":"2027-02-01","onderdeel":"NON_FORMEEL_TAALONDERWIJS","taak":"taalvrijwilliger","taakId":"114"}""",
                new Feit.TaalvrijwilligerIngezet("taalvrijwilliger", "114", "NON_FORMEEL_TAALONDERWIJS", d("2027-02-01")));
        opgeslagen("""
                {"datumPvt":"2027-06-01","onderdeel":"PVT","resultaatPvt":"NIET_VOLDAAN","taak":"pvt","taakId":"115",\
                "verwijtbaar":true}""",
                new Feit.PvtAfgerond("pvt", "115", "PVT", d("2027-06-01"), "NIET_VOLDAAN", true));
        opgeslagen("""
                {"datumMap":"2028-01-10","onderdeel":"MAP","praktijkUren":40.5,"resultaatMap":"VOLDAAN","taak":"map",\
                "taakId":"116"}""",
                new Feit.MapAfgerond("map", "116", "MAP", new BigDecimal("40.5"), d("2028-01-10"), null, "VOLDAAN", null));
        opgeslagen("""
                {"datumStartWerk":"2028-02-01","onderdeel":"TOELEIDING_WERK_PARTICIPATIE","taak":"toeleidingWerk",\
                "taakId":"117","uitstroomWerk":true}""",
                new Feit.ToeleidingWerkAfgerond("toeleidingWerk", "117", "TOELEIDING_WERK_PARTICIPATIE", true,
                        d("2028-02-01")));
        opgeslagen("""
                {"onderdeel":"TOELEIDING_WERK_PARTICIPATIE","participatieUren":800,"taak":"participatieZroute",\
                "taakId":"118"}""",
                new Feit.ParticipatieUrenGeregistreerd("participatieZroute", "118", "TOELEIDING_WERK_PARTICIPATIE",
                        new BigDecimal("800")));
        opgeslagen("""
                {"datumAfronding":"2027-09-01","onderdeel":"PIP","taak":"taalschakeltraject","taakId":"119"}""",
                new Feit.TaalschakeltrajectAfgerond("taalschakeltraject", "119", "PIP", d("2027-09-01")));
        opgeslagen("""
                {"onderdeel":"VOORTGANGSGESPREKKEN","taak":"voortgangsgesprek","taakId":"120","uitkomst":"HANDHAVING"}""",
                new Feit.VoortgangsgesprekGevoerd("voortgangsgesprek", "120", "VOORTGANGSGESPREKKEN", "HANDHAVING"));
        opgeslagen("""
                {"datumBijstelling":"2027-07-01","leerroute":"Z","onderdeel":"BIJSTELLING_PIP","taak":"bijstellingPip",\
                "taakId":"121"}""",
                new Feit.PipBijgesteld("bijstellingPip", "121", "BIJSTELLING_PIP", Leerroute.Z, d("2027-07-01")));
        opgeslagen("""
                {"boeteArtikel":"ART_22","boeteBedrag":250,"onderdeel":"HANDHAVING","taak":"handhaving","taakId":"122"}""",
                new Feit.BoeteOpgelegd("handhaving", "122", "HANDHAVING", "ART_22", new BigDecimal("250")));
        opgeslagen("""
                {"activiteit":"Overschrijding_PIP_10_WEKEN","termijn":"PIP_10_WEKEN","vervaldatum":"2027-01-10"}""",
                new Feit.TermijnOverschreden("PIP_10_WEKEN", d("2027-01-10"), "Overschrijding_PIP_10_WEKEN"));
        opgeslagen("""
                {"actie":"CONTACT_OPGENOMEN","taak":"termijnBewaking","taakId":"123","termijn":"PIP_10_WEKEN"}""",
                new Feit.TermijnBewakingAfgehandeld("termijnBewaking", "123", null, "PIP_10_WEKEN", "CONTACT_OPGENOMEN"));
        opgeslagen("""
                {"reden":"OntheffingVerleend","termijn":"PIP"}""",
                new Feit.TermijnVervallen("PIP", "OntheffingVerleend"));
        opgeslagen("""
                {"reden":"Ziekte","termijn":"INBURGERINGSTERMIJN","tot":"2030-06-01"}""",
                new Feit.TermijnVerlengd("INBURGERINGSTERMIJN", d("2030-06-01"), "Ziekte"));
        opgeslagen("""
                {"nieuw":"2027-02-01","oud":"2027-02-15","termijn":"PIP"}""",
                new Feit.TermijnHerberekend("PIP", d("2027-02-15"), d("2027-02-01")));
        opgeslagen("""
                {"datumOntheffing":"2027-03-01"}""",
                new Feit.OntheffingVerleend(d("2027-03-01")));
        opgeslagen("""
                {"datumVerhuizing":"2027-04-01","naarGemeente":"BUITEN_REGIO","vanGemeente":"WOERDEN"}""",
                new Feit.Verhuisd(Gemeente.WOERDEN, "BUITEN_REGIO", d("2027-04-01")));
        opgeslagen("""
                {"datumOverdrachtNieuweGemeente":"2027-04-10","onderdeel":"WARME_OVERDRACHT","taak":"overdrachtNieuweGemeente",\
                "taakId":"124"}""",
                new Feit.DossierOvergedragen("overdrachtNieuweGemeente", "124", "WARME_OVERDRACHT", d("2027-04-10")));
        opgeslagen("""
                {"activiteit":"Afsluiting"}""",
                new Feit.AfsluitingGestart("Afsluiting"));
        opgeslagen("""
                {"onderdeel":"AFSLUITING","resultaat":"VERHUISD","taak":"afsluiting","taakId":"125"}""",
                new Feit.DossierAfgesloten("afsluiting", "125", "AFSLUITING", "VERHUISD"));
        opgeslagen("""
                {"datumExamen":"2028-05-01","examenBehaald":true,"examenniveau":"B1","knmBehaald":true,\
                "onderdeel":"AFSLUITING","taak":"examenuitslag","taakId":"130"}""",
                new Feit.ExamenuitslagGeregistreerd("examenuitslag", "130", "AFSLUITING", "B1", true, true,
                        d("2028-05-01")));
        opgeslagen("""
                {"datumEindgesprek":"2028-06-01","onderdeel":"AFSLUITING","taak":"eindgesprek","taakId":"131"}""",
                new Feit.EindgesprekGevoerd("eindgesprek", "131", "AFSLUITING", d("2028-06-01")));
        opgeslagen("""
                {"datumKnm":"2027-06-01","onderdeel":"KNM","taak":"knm","taakId":"132"}""",
                new Feit.KnmAfgerond("knm", "132", "KNM", d("2027-06-01")));
        opgeslagen("""
                {"datumAfronding":"2027-03-01","onderdeel":"ALFABETISERING","taak":"alfabetisering","taakId":"133"}""",
                new Feit.AlfabetiseringAfgerond("alfabetisering", "133", "ALFABETISERING", d("2027-03-01")));
        opgeslagen("""
                {"datumBudgetcoaching":"2027-02-01","onderdeel":"BUDGETCOACHING","taak":"budgetcoaching",\
                "taakId":"134"}""",
                new Feit.BudgetcoachingIngezet("budgetcoaching", "134", "BUDGETCOACHING", d("2027-02-01")));
        opgeslagen("""
                {"datumInzet":"2027-02-02","onderdeel":"SOCIAAL_TEAM_WMO","taak":"inzetSociaalTeam","taakId":"135",\
                "voorziening":"WMO"}""",
                new Feit.SociaalTeamIngezet("inzetSociaalTeam", "135", "SOCIAAL_TEAM_WMO", "WMO", d("2027-02-02")));
        opgeslagen("""
                {"datumOverleg":"2027-02-03","onderdeel":"CASUISTIEKOVERLEG","taak":"casuistiekoverleg",\
                "taakId":"136"}""",
                new Feit.CasuistiekoverlegGehouden("casuistiekoverleg", "136", "CASUISTIEKOVERLEG", d("2027-02-03")));
        opgeslagen("""
                {"leerroute":"Z","onderdeelcode":"EXAMEN_B1","reden":"Leerroute gewijzigd van B1 naar Z",\
                "vorigeLeerroute":"B1"}""",
                new Feit.OnderdeelVervallen("EXAMEN_B1", "Leerroute gewijzigd van B1 naar Z", "B1", "Z"));
        opgeslagen("""
                {"datumVrijstelling":"2027-04-01"}""",
                new Feit.VrijstellingVerleend(d("2027-04-01")));
        opgeslagen("""
                {"datumStart":"2027-01-05","grond":"PIP_NIET_MEEGEWERKT"}""",
                new Feit.HandhavingGestart("PIP_NIET_MEEGEWERKT", d("2027-01-05"), null));
        opgeslagen("""
                {"boeteArtikel":"ART_22","datumVoornemen":"2027-01-10","handhavingsstap":"EERSTE_BOETE",\
                "onderdeel":"HANDHAVING","taak":"voornemenHandhaving","taakId":"137","zienswijzeTot":"2027-01-24"}""",
                new Feit.VoornemenVerzonden("voornemenHandhaving", "137", "HANDHAVING", "ART_22", "EERSTE_BOETE",
                        d("2027-01-10"), d("2027-01-24")));
        opgeslagen("""
                {"datumZienswijze":"2027-01-24","onderdeel":"HANDHAVING","taak":"zienswijze","taakId":"138",\
                "zienswijzeGegeven":false}""",
                new Feit.ZienswijzeOntvangen("zienswijze", "138", "HANDHAVING", false, d("2027-01-24")));
        opgeslagen("""
                {"besluit":"BOETE","boeteArtikel":"ART_22","boeteBedrag":250,"dagtekening":"2027-02-01",\
                "handhavingsstap":"EERSTE_BOETE","motivering":"Niet verschenen","onderdeel":"HANDHAVING",\
                "taak":"handhaving","taakId":"139"}""",
                new Feit.HandhavingsbesluitGenomen("handhaving", "139", "HANDHAVING", "BOETE", "ART_22", "EERSTE_BOETE",
                        new BigDecimal("250"), "Niet verschenen", d("2027-02-01")));
        opgeslagen("""
                {"jaar":2026,"kwartaal":3,"uitersteLeverdatum":"2026-10-28"}""",
                new Feit.CbsLeveringGeregistreerd(2026, 3, d("2026-10-28"), null, null, null, null));
        opgeslagen("""
                {"aantalRecords":12,"bekendOp":"2027-01-10T09:00:00Z","gemeente":"WOERDEN","jaar":2026,"kwartaal":4,\
                "sha256":"ab12","uitersteLeverdatum":"2027-01-28"}""",
                new Feit.CbsLeveringGeregistreerd(2026, 4, d("2027-01-28"), Gemeente.WOERDEN, "2027-01-10T09:00:00Z",
                        "ab12", 12));
        opgeslagen("""
                {"datumRegistratie":"2027-02-03","item":"PIP:2027-01-05"}""",
                new Feit.DuoRegistratieGedaan("PIP:2027-01-05", d("2027-02-03")));
    }

    @Test
    void elkeSoortLeestTerugZoalsOpgeslagenEnWordtAlsDezelfdeTekstGeschreven() throws Exception {
        assertThat(ZOALS_OPGESLAGEN.keySet()).as("elke soort van de woordenlijst staat in deze test")
                .containsExactlyInAnyOrderElementsOf(Woordenlijst.SOORTEN.keySet());
        for (Map.Entry<String, Map.Entry<String, Feit>> soort : ZOALS_OPGESLAGEN.entrySet()) {
            String json = soort.getValue().getKey();
            Feit feit = soort.getValue().getValue();
            assertThat(FeitJson.lees(soort.getKey(), json)).as("%s gelezen", soort.getKey()).isEqualTo(feit);
            assertThat(OPSLAG.writeValueAsString(FeitJson.gegevens(feit))).as("%s geschreven", soort.getKey())
                    .isEqualTo(json);
            // The store reads the data as a map too (the history, the inzage): the same fact from there
            Map<String, Object> alsMap = OPSLAG.readValue(json, Map.class);
            assertThat(FeitJson.lees(soort.getKey(), alsMap)).isEqualTo(feit);
        }
    }

    @Test
    void oudereGebeurtenissenZonderLatereVeldenLezenMetLegeVelden() {
        // Before the vocabulary was extended (f7bd4f9): no datumVoorstel, no activiteit, no vanGemeente
        assertThat(FeitJson.lees("VrijwilligerVoorgesteld", """
                {"onderdeel":"MAATSCHAPPELIJKE_BEGELEIDING","taak":"vrijwilligerVoorstellen","taakId":"7"}"""))
                .isEqualTo(new Feit.VrijwilligerVoorgesteld("vrijwilligerVoorstellen", "7",
                        "MAATSCHAPPELIJKE_BEGELEIDING", null));
        assertThat(FeitJson.lees("AfsluitingGestart", "{}")).isEqualTo(new Feit.AfsluitingGestart(null));
        assertThat(FeitJson.lees("TermijnOverschreden", """
                {"termijn":"PIP_10_WEKEN","vervaldatum":"2024-04-01"}"""))
                .isEqualTo(new Feit.TermijnOverschreden("PIP_10_WEKEN", d("2024-04-01"), null));
        assertThat(FeitJson.lees("Verhuisd", """
                {"naarGemeente":"MONTFOORT"}""")).isEqualTo(new Feit.Verhuisd(null, "MONTFOORT", null));
        assertThat(FeitJson.lees("TermijnBewakingAfgehandeld", """
                {"taak":"termijnBewaking","taakId":"9"}"""))
                .isEqualTo(new Feit.TermijnBewakingAfgehandeld("termijnBewaking", "9", null, null, null));
    }

    @Test
    void eenWaardeVanEenAndereVormLeestAlsWatErVanTeMakenIs() {
        // A date-time in a date field (a client that sent one), hours as text, a yes as text
        assertThat(FeitJson.lees("PipVastgesteld", """
                {"leerroute":"B1","pipDatum":"2024-03-01T00:00:00.000+0100"}"""))
                .isEqualTo(new Feit.PipVastgesteld(null, null, null, Leerroute.B1, d("2024-03-01")));
        assertThat(FeitJson.lees("ParticipatieUrenGeregistreerd", """
                {"participatieUren":"50.5"}"""))
                .isEqualTo(new Feit.ParticipatieUrenGeregistreerd(null, null, null, new BigDecimal("50.5")));
        assertThat(FeitJson.lees("ToeleidingWerkAfgerond", """
                {"uitstroomWerk":"true"}"""))
                .isEqualTo(new Feit.ToeleidingWerkAfgerond(null, null, null, true, null));
        // A value that does not fit reads as missing; the rest of the event still reads
        assertThat(FeitJson.lees("PipVastgesteld", """
                {"leerroute":"b1","pipDatum":"2024-03-01"}"""))
                .isEqualTo(new Feit.PipVastgesteld(null, null, null, null, d("2024-03-01")));
        assertThat(FeitJson.lees("MapAfgerond", """
                {"datumMap":"1 maart","praktijkUren":"veel"}"""))
                .isEqualTo(new Feit.MapAfgerond(null, null, null, null, null, null, null, null));
    }

    @Test
    void eenVeldDatDeWoordenlijstNietKentWordtGenegeerdEnBlijftInDeGegevens() {
        Map<String, Object> data = new TreeMap<>(Map.of("datumStart", "2027-01-20", "opmerking", "na de zomer",
                "taak", "startLeerroute", "taakId", "8"));
        assertThat(FeitJson.lees("LeerrouteGestart", data))
                .isEqualTo(new Feit.LeerrouteGestart("startLeerroute", "8", null, d("2027-01-20")));
        assertThat(data).containsEntry("opmerking", "na de zomer");
    }

    @Test
    void eenOnbekendeSoortLeestAlsOnbekendMetZijnGegevens() {
        Feit feit = FeitJson.lees("DuoExportVerstuurd", """
                {"poging":2,"kanaal":"sftp"}""");
        assertThat(feit).isInstanceOf(Feit.Onbekend.class);
        assertThat(feit.type()).isEqualTo("DuoExportVerstuurd");
        assertThat(((Feit.Onbekend) feit).data()).containsEntry("poging", 2).containsEntry("kanaal", "sftp");
        assertThat(FeitJson.gegevens(feit)).isEqualTo(((Feit.Onbekend) feit).data());
    }
}
