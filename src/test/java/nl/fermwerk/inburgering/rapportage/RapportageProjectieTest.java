package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import org.junit.jupiter.api.Test;

/** The fold rules of the projection, without a database. */
class RapportageProjectieTest {

    private final RapportageTermijnen termijnen = RapportageTermijnen.standaard();
    private final List<Gebeurtenis> stroom = new ArrayList<>();

    private void e(String tijdstip, String type, Map<String, Object> data) {
        stroom.add(new Gebeurtenis("IB-9", stroom.size() + 1, type, data, Instant.parse(tijdstip), null, null, null, null));
    }

    private void aangemaakt(String doelgroep) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bsn", "123456782");
        d.put("naam", "Test");
        d.put("geboortedatum", "1990-01-01");
        d.put("doelgroep", doelgroep);
        d.put("gemeente", "WOERDEN");
        d.put("uitkering", true);
        d.put("datumKoppeling", "2024-01-08");
        e("2024-01-08T09:00:00Z", "DossierAangemaakt", d);
    }

    private DossierRegel regel() {
        return RapportageProjectie.vouw(stroom, termijnen);
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
        assertThat(regel()).isNull();
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
}
