package nl.fermwerk.inburgering.watals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.fermwerk.inburgering.basis.Gemeente;

/**
 * Before, after and the difference of every figure, per quarter and per gemeente, and over the whole period (a count
 * summed, a share or a stand as of the last quarter). A count missing on one side is 0 there; a share missing on
 * either side (nothing to divide) has no difference.
 */
public record Vergelijking(List<String> kwartalen, List<String> gemeenten, List<Figuur> figuren) {

    /** One figure: its kind, per quarter and gemeente, and over the period per gemeente. */
    public record Figuur(String figuur, String soort, Map<String, Map<String, Cel>> perKwartaal,
                         Map<String, Cel> periode) {
    }

    /** One cell: the deployed models' number, the changed models' number, and after minus before. */
    public record Cel(Double voor, Double na, Double verschil) {
        static Cel van(Double voor, Double na) {
            return new Cel(voor, na, voor == null || na == null ? null
                    : BigDecimal.valueOf(na - voor).setScale(2, RoundingMode.HALF_UP).doubleValue());
        }
    }

    public static Vergelijking van(Figuren voor, Figuren na) {
        List<String> gemeenten = new ArrayList<>();
        gemeenten.add(Figuren.TOTAAL);
        for (Gemeente g : Gemeente.values()) {
            gemeenten.add(g.name());
        }
        TreeSet<String> namen = new TreeSet<>(voor.figuren().keySet());
        namen.addAll(na.figuren().keySet());
        List<Figuur> figuren = new ArrayList<>();
        for (String naam : namen) {
            boolean aandeel = Figuren.isPercentage(naam);
            boolean stand = aandeel || Figuren.OPEN.equals(naam);
            Map<String, Map<String, Cel>> perKwartaal = new LinkedHashMap<>();
            Map<String, double[]> som = new LinkedHashMap<>();
            for (String kwartaal : voor.kwartalen()) {
                Map<String, Cel> cellen = new LinkedHashMap<>();
                for (String gemeente : gemeenten) {
                    Double v = waarde(voor, naam, kwartaal, gemeente, aandeel);
                    Double n = waarde(na, naam, kwartaal, gemeente, aandeel);
                    cellen.put(gemeente, Cel.van(v, n));
                    if (!stand) {
                        double[] s = som.computeIfAbsent(gemeente, g -> new double[2]);
                        s[0] += v;
                        s[1] += n;
                    }
                }
                perKwartaal.put(kwartaal, cellen);
            }
            Map<String, Cel> periode = new LinkedHashMap<>();
            for (String gemeente : gemeenten) {
                periode.put(gemeente, stand ? perKwartaal.get(voor.kwartalen().get(voor.kwartalen().size() - 1))
                        .get(gemeente) : Cel.van(som.get(gemeente)[0], som.get(gemeente)[1]));
            }
            figuren.add(new Figuur(naam, aandeel ? "percentage" : stand ? "stand" : "aantal", perKwartaal, periode));
        }
        return new Vergelijking(voor.kwartalen(), gemeenten, figuren);
    }

    private static Double waarde(Figuren figuren, String naam, String kwartaal, String gemeente, boolean aandeel) {
        Double waarde = figuren.figuren().getOrDefault(naam, Map.of()).getOrDefault(kwartaal, Map.of()).get(gemeente);
        return waarde == null && !aandeel ? Double.valueOf(0) : waarde;
    }

    /** Whether any figure differs anywhere: an unchanged model must give none. */
    public boolean heeftVerschil() {
        return figuren.stream().flatMap(f -> f.perKwartaal().values().stream())
                .flatMap(c -> c.values().stream())
                .anyMatch(c -> c.verschil() == null ? c.voor() != null || c.na() != null : c.verschil() != 0);
    }

    public Figuur figuur(String naam) {
        return figuren.stream().filter(f -> f.figuur().equals(naam)).findFirst().orElse(null);
    }
}
