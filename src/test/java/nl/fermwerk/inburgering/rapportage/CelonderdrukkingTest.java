package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The suppression rules on hand-made tables, without a database. */
class CelonderdrukkingTest {

    private static final List<String> GEMEENTEN = List.of("WOERDEN", "OUDEWATER", "MONTFOORT", "BODEGRAVEN_REEUWIJK");
    private final Celonderdrukking vijf = new Celonderdrukking(5);

    /** A group of dossiers in uitvoering on the B1 route, with PIPs, boetes and brede intakes. */
    private record Groep(int dossiers, int pipOpTijd, int pips, int boetes, int bedrag, int intakes) {
        static Groep van(int dossiers) {
            return new Groep(dossiers, 0, 0, 0, 0, 0);
        }

        Groep plus(Groep o) {
            return new Groep(dossiers + o.dossiers, pipOpTijd + o.pipOpTijd, pips + o.pips, boetes + o.boetes,
                    bedrag + o.bedrag, intakes + o.intakes);
        }

        Kengetallen kengetallen() {
            Map<String, Integer> fasen = new LinkedHashMap<>(Map.of("BREDE_INTAKE", 0, "PIP", 0));
            fasen.put("UITVOERING", dossiers);
            Map<String, Integer> routes = new LinkedHashMap<>(Map.of("Z", 0));
            routes.put("B1", dossiers);
            return new Kengetallen(dossiers, dossiers, 0, fasen, routes, Kengetallen.Aandeel.van(pipOpTijd, pips),
                    Kengetallen.Aandeel.van(0, 0), Kengetallen.Aandeel.van(0, 0), 0, 0, boetes,
                    BigDecimal.valueOf(bedrag).setScale(2), Kengetallen.Aandeel.van(intakes, dossiers),
                    intakes == 0 ? null : 30.0, Kengetallen.Aandeel.van(0, dossiers), List.of());
        }
    }

    private static Rapportages.KengetallenOverzicht tabel(Groep... groepen) {
        Map<String, Kengetallen> perGemeente = new LinkedHashMap<>();
        Groep totaal = Groep.van(0);
        for (int i = 0; i < groepen.length; i++) {
            perGemeente.put(GEMEENTEN.get(i), groepen[i].kengetallen());
            totaal = totaal.plus(groepen[i]);
        }
        return new Rapportages.KengetallenOverzicht(LocalDate.of(2025, 1, 31), null, totaal.kengetallen(), perGemeente,
                null, null);
    }

    private static Function<String, Kengetallen> gemeente(Rapportages.KengetallenOverzicht o) {
        return o.perGemeente()::get;
    }

    @Test
    void eenKleineGemeenteNeemtEenAndereMeeAndersIsZeTerugTeRekenen() {
        var uit = vijf.pasToe(tabel(Groep.van(20), Groep.van(3), Groep.van(10), Groep.van(8)));
        var g = gemeente(uit);
        assertThat(g.apply("OUDEWATER").aantalDossiers()).isNull();
        // 41 - 20 - 10 - 8 would give Oudewater's 3: the smallest other gemeente goes as well
        assertThat(g.apply("BODEGRAVEN_REEUWIJK").aantalDossiers()).isNull();
        assertThat(g.apply("BODEGRAVEN_REEUWIJK").onderdrukt()).contains("aantalDossiers", "actief",
                "actiefPerFase.UITVOERING", "leerroutes.B1");
        assertThat(g.apply("WOERDEN").aantalDossiers()).isEqualTo(20);
        assertThat(g.apply("MONTFOORT").aantalDossiers()).isEqualTo(10);
        assertThat(uit.totaal().aantalDossiers()).isEqualTo(41);
        assertThat(uit.totaal().onderdrukt()).isEmpty();
        assertThat(uit.minimumCelgrootte()).isEqualTo(5);
    }

    @Test
    void tweeKleineGemeentenSamenKleinNemenEenDerdeMee() {
        var uit = vijf.pasToe(tabel(Groep.van(20), Groep.van(1), Groep.van(1), Groep.van(8)));
        var g = gemeente(uit);
        // Oudewater and Montfoort together are 2: a small cell of their own
        assertThat(g.apply("OUDEWATER").aantalDossiers()).isNull();
        assertThat(g.apply("MONTFOORT").aantalDossiers()).isNull();
        assertThat(g.apply("BODEGRAVEN_REEUWIJK").aantalDossiers()).isNull();
        assertThat(g.apply("WOERDEN").aantalDossiers()).isEqualTo(20);
        assertThat(uit.totaal().aantalDossiers()).isEqualTo(30);
    }

    @Test
    void nulBlijftNulEnEenKleinTotaalVerdwijnt() {
        var uit = vijf.pasToe(tabel(Groep.van(0), Groep.van(2), Groep.van(0), Groep.van(0)));
        assertThat(gemeente(uit).apply("WOERDEN").aantalDossiers()).isZero();
        assertThat(gemeente(uit).apply("OUDEWATER").aantalDossiers()).isNull();
        assertThat(uit.totaal().aantalDossiers()).isNull();
        assertThat(uit.totaal().actiefPerFase()).containsEntry("PIP", 0).containsEntry("UITVOERING", null);
    }

    @Test
    void eenAandeelMetEenKleineRestVerbergtTellerEnPercentage() {
        var uit = vijf.pasToe(tabel(new Groep(10, 9, 10, 0, 0, 0), new Groep(10, 10, 10, 0, 0, 0),
                new Groep(10, 5, 10, 0, 0, 0), Groep.van(10)));
        var g = gemeente(uit);
        // 9 of 10 on time names the one who was late
        assertThat(g.apply("WOERDEN").pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(null, 10, null));
        assertThat(g.apply("WOERDEN").onderdrukt()).contains("pipBinnenTermijn.teller",
                "pipBinnenTermijn.percentage");
        assertThat(g.apply("OUDEWATER").pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(10, 10, 100.0));
        // The total's rest (6) minus Oudewater's and Bodegraven's (0) would give Woerden's 1 back with Montfoort's 5
        assertThat(g.apply("MONTFOORT").pipBinnenTermijn().percentage()).isNull();
        assertThat(uit.totaal().pipBinnenTermijn().percentage()).isEqualTo(80.0);
    }

    @Test
    void eenNoemerOnderDeVijfGeeftGeenPercentage() {
        var uit = vijf.pasToe(tabel(new Groep(10, 3, 3, 0, 0, 0), Groep.van(10), Groep.van(10), Groep.van(10)));
        assertThat(gemeente(uit).apply("WOERDEN").pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(null, null, null));
    }

    @Test
    void eenBoetebedragOverWeinigBoetesIsOnzichtbaar() {
        var uit = vijf.pasToe(tabel(new Groep(10, 0, 0, 2, 500, 0), new Groep(10, 0, 0, 6, 1500, 0), Groep.van(10),
                new Groep(10, 0, 0, 7, 1750, 0)));
        var g = gemeente(uit);
        assertThat(g.apply("WOERDEN").boetebedrag()).isNull();
        assertThat(g.apply("WOERDEN").onderdrukt()).contains("aantalBoetes", "boetebedrag");
        // Oudewater's 6 boetes go to protect Woerden's 2, and the amount with them (it would give the count back)
        assertThat(g.apply("OUDEWATER").aantalBoetes()).isNull();
        assertThat(g.apply("OUDEWATER").boetebedrag()).isNull();
        assertThat(g.apply("BODEGRAVEN_REEUWIJK").boetebedrag()).isEqualByComparingTo("1750");
        assertThat(g.apply("MONTFOORT").boetebedrag()).isEqualByComparingTo("0");
        assertThat(uit.totaal().boetebedrag()).isEqualByComparingTo("3750");
    }

    @Test
    void eenMediaanOverWeinigGevallenIsOnzichtbaar() {
        var uit = vijf.pasToe(tabel(new Groep(10, 0, 0, 0, 0, 3), new Groep(10, 0, 0, 0, 0, 10), Groep.van(10),
                Groep.van(10)));
        assertThat(gemeente(uit).apply("WOERDEN").mediaanDagenStartPlichtBredeIntake()).isNull();
        assertThat(gemeente(uit).apply("WOERDEN").onderdrukt()).contains("mediaanDagenStartPlichtBredeIntake");
        assertThat(gemeente(uit).apply("OUDEWATER").mediaanDagenStartPlichtBredeIntake()).isEqualTo(30.0);
    }

    @Test
    void minimumEenLaatAllesZien() {
        var in = tabel(Groep.van(20), Groep.van(1), new Groep(3, 2, 3, 1, 250, 1), Groep.van(8));
        var uit = new Celonderdrukking(1).pasToe(in);
        assertThat(uit.totaal()).isEqualTo(in.totaal());
        assertThat(uit.perGemeente()).isEqualTo(in.perGemeente());
    }

    @Test
    void alleenDeHeleTabelLaatZichBeveiligen() {
        var een = tabel(Groep.van(20), Groep.van(3), Groep.van(10), Groep.van(8)).alleen("WOERDEN");
        assertThatThrownBy(() -> vijf.pasToe(een)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Many random tables: the rules hold whatever the numbers, and the suppression always comes to rest. */
    @Test
    void opWillekeurigeTabellenLektGeenKleineCel() {
        Random toeval = new Random(20);
        for (int i = 0; i < 2_000; i++) {
            Groep[] groepen = new Groep[4];
            for (int g = 0; g < 4; g++) {
                int dossiers = toeval.nextInt(4) == 0 ? toeval.nextInt(5) : toeval.nextInt(40);
                int pips = toeval.nextInt(dossiers + 1);
                int boetes = toeval.nextInt(Math.max(1, dossiers / 2 + 1));
                groepen[g] = new Groep(dossiers, toeval.nextInt(pips + 1), pips, boetes, boetes * 250,
                        toeval.nextInt(dossiers + 1));
            }
            var in = tabel(groepen);
            var uit = vijf.pasToe(in);
            List<Kengetallen> exact = new ArrayList<>(in.perGemeente().values());
            List<Kengetallen> gezien = new ArrayList<>(uit.perGemeente().values());
            exact.add(in.totaal());
            gezien.add(uit.totaal());
            for (int g = 0; g < exact.size(); g++) {
                Kengetallen e = exact.get(g);
                Kengetallen z = gezien.get(g);
                for (Integer n : List.of(nul(z.aantalDossiers()), nul(z.actief()), nul(z.aantalBoetes()),
                        nul(z.bredeIntakeGestart().teller()), nul(z.bredeIntakeGestart().noemer()), nul(z.pipBinnenTermijn().teller()),
                        nul(z.pipBinnenTermijn().noemer()))) {
                    assertThat(n == 0 || n >= 5).as("tabel %d: %s", i, z).isTrue();
                }
                if (z.pipBinnenTermijn().percentage() != null) {
                    int rest = e.pipBinnenTermijn().noemer() - e.pipBinnenTermijn().teller();
                    assertThat(rest == 0 || rest >= 5).as("tabel %d: rest %d", i, rest).isTrue();
                }
                if (z.boetebedrag() != null) {
                    assertThat(e.aantalBoetes() == 0 || e.aantalBoetes() >= 5).as("tabel %d", i).isTrue();
                }
            }
            // The gemeenten add up to the total: never exactly one unknown, never a small unknown remainder
            for (Function<Kengetallen, Integer> veld : List.<Function<Kengetallen, Integer>>of(Kengetallen::aantalDossiers,
                    Kengetallen::aantalBoetes, k -> k.pipBinnenTermijn().teller(), k -> k.pipBinnenTermijn().noemer())) {
                List<Integer> onbekend = new ArrayList<>();
                for (int g = 0; g < gezien.size(); g++) {
                    if (veld.apply(gezien.get(g)) == null) {
                        onbekend.add(g);
                    }
                }
                assertThat(onbekend.size()).as("tabel %d: %s", i, onbekend).isNotEqualTo(1);
                if (!onbekend.isEmpty() && !onbekend.contains(4)) {
                    int samen = onbekend.stream().mapToInt(g -> veld.apply(exact.get(g))).sum();
                    assertThat(samen == 0 || samen >= 5).as("tabel %d: samen %d", i, samen).isTrue();
                }
            }
        }
    }

    private static int nul(Integer waarde) {
        return waarde == null ? 0 : waarde;
    }
}
