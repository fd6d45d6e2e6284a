package nl.fermwerk.inburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.fermwerk.inburgering.basis.Gemeente;

/**
 * Small-cell suppression of the kengetallen table (the total and the four gemeenten), for readers who may not see
 * individuals. Pure: the same table gives the same result.
 *
 * <p>Primary: a count from 1 to {@code minimum - 1} is hidden; so is a boete amount over so few boetes, a median over
 * so few cases and a percentage whose teller or noemer is hidden. A zero stays visible: it names nobody.
 *
 * <p>Secondary: the table adds up, and a reader can subtract. The total is the sum of the gemeenten; a group's
 * dossiers are its open plus its closed ones; the open ones are the sum of the phases and of the leerroutes; a
 * share's noemer is its teller plus the rest (those not on time), and so on. For every such sum no hidden cell may be
 * the only unknown (it would follow by subtraction), and the hidden parts of a sum with a shown total may not add up to
 * a small number either (that sum is itself a small cell: "Oudewater and Montfoort together: 4"). Where a sum leaks,
 * one more part is hidden (the smallest non-zero one; the total when no part is left), until nothing leaks. The rest
 * of a share is never printed, but a reader computes it from teller and noemer, so it is a cell like the others.
 *
 * <p>What this does not do: protect against every linear combination of several sums at once (that needs a solver,
 * as CBS's τ-ARGUS has), nor against differencing two peildata (limited to month ends by
 * {@link StatistischeBeveiliging}). Docs: docs/rapportages.md, "Kleine aantallen".
 */
final class Celonderdrukking {

    static final String TOTAAL = "TOTAAL";
    private static final List<String> AANDELEN = List.of("pipBinnenTermijn", "pvtOpTijd", "mapOpTijd",
            "bredeIntakeGestart", "uitstroomWerk");
    private static final String BEDRAG = "boetebedrag";
    private static final String MEDIAAN = "mediaanDagenStartPlichtBredeIntake";

    private final int minimum;

    Celonderdrukking(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("De minimale celgrootte is ten minste 1 (1 = niets afschermen)");
        }
        this.minimum = minimum;
    }

    /** The table as a reader without sight of dossiers may see it: hidden cells null and named per group. */
    Rapportages.KengetallenOverzicht pasToe(Rapportages.KengetallenOverzicht overzicht) {
        if (overzicht.perGemeente().size() != Gemeente.values().length) {
            // The sums across gemeenten only hold for the whole table; a gemeente is chosen after the suppression
            throw new IllegalArgumentException("Celonderdrukking werkt op de hele tabel, niet op één gemeente");
        }
        Tabel tabel = new Tabel();
        tabel.groep(TOTAAL, overzicht.totaal());
        overzicht.perGemeente().forEach(tabel::groep);
        tabel.sommenOverGemeenten();
        tabel.onderdruk();
        Map<String, Kengetallen> perGemeente = new LinkedHashMap<>();
        overzicht.perGemeente().forEach((g, k) -> perGemeente.put(g, tabel.zichtbaar(g, k)));
        return new Rapportages.KengetallenOverzicht(overzicht.peildatum(), overzicht.gemeente(),
                tabel.zichtbaar(TOTAAL, overzicht.totaal()), perGemeente, overzicht.cbs(), minimum);
    }

    private static final class Cel {
        final String veld;
        final long waarde;
        boolean verborgen;

        Cel(String veld, long waarde, boolean klein) {
            this.veld = veld;
            this.waarde = waarde;
            this.verborgen = klein;
        }
    }

    /** A sum the reader knows: {@code totaal = delen}. Amounts: only the single unknown matters. */
    private record Som(Cel totaal, List<Cel> delen, boolean aantallen) {
    }

    private final class Tabel {
        private final Map<String, Map<String, Cel>> groepen = new LinkedHashMap<>();
        private final List<Som> sommen = new ArrayList<>();

        void groep(String naam, Kengetallen k) {
            Map<String, Cel> cellen = new LinkedHashMap<>();
            groepen.put(naam, cellen);
            Function<String, Cel> cel = cellen::get;
            aantal(cellen, "aantalDossiers", k.aantalDossiers());
            aantal(cellen, "actief", k.actief());
            aantal(cellen, "afgesloten", k.afgesloten());
            k.actiefPerFase().forEach((fase, n) -> aantal(cellen, "actiefPerFase." + fase, n));
            k.leerroutes().forEach((route, n) -> aantal(cellen, "leerroutes." + route, n));
            for (String aandeel : AANDELEN) {
                Kengetallen.Aandeel a = aandeel(k, aandeel);
                aantal(cellen, aandeel + ".teller", a.teller());
                aantal(cellen, aandeel + ".noemer", a.noemer());
                aantal(cellen, aandeel + ".rest", a.noemer() - a.teller());
                sommen.add(new Som(cel.apply(aandeel + ".noemer"),
                        List.of(cel.apply(aandeel + ".teller"), cel.apply(aandeel + ".rest")), true));
            }
            aantal(cellen, "openEscalaties", k.openEscalaties());
            aantal(cellen, "dossiersMetOpenEscalatie", k.dossiersMetOpenEscalatie());
            aantal(cellen, "aantalBoetes", k.aantalBoetes());
            cellen.put(BEDRAG, new Cel(BEDRAG, centen(k.boetebedrag()), klein(k.aantalBoetes())));

            sommen.add(new Som(cel.apply("aantalDossiers"), List.of(cel.apply("actief"), cel.apply("afgesloten")), true));
            sommen.add(new Som(cel.apply("actief"), delen(cellen, "actiefPerFase."), true));
            sommen.add(new Som(cel.apply("actief"), delen(cellen, "leerroutes."), true));
        }

        void sommenOverGemeenten() {
            for (String veld : groepen.get(TOTAAL).keySet()) {
                List<Cel> delen = groepen.entrySet().stream().filter(e -> !e.getKey().equals(TOTAAL))
                        .map(e -> e.getValue().get(veld)).toList();
                sommen.add(new Som(groepen.get(TOTAAL).get(veld), delen, !veld.equals(BEDRAG)));
            }
        }

        void onderdruk() {
            boolean gewijzigd = true;
            while (gewijzigd) {
                gewijzigd = false;
                for (Som som : sommen) {
                    if (lekt(som)) {
                        gewijzigd |= verbergNogEen(som);
                    }
                }
                for (Map<String, Cel> groep : groepen.values()) {
                    // A hidden number of boetes must not come back as the amount divided by the usual boete
                    if (groep.get("aantalBoetes").verborgen && !groep.get(BEDRAG).verborgen) {
                        groep.get(BEDRAG).verborgen = true;
                        gewijzigd = true;
                    }
                }
            }
        }

        private boolean lekt(Som som) {
            List<Cel> onbekend = new ArrayList<>();
            if (som.totaal().verborgen) {
                onbekend.add(som.totaal());
            }
            som.delen().stream().filter(c -> c.verborgen).forEach(onbekend::add);
            if (onbekend.size() == 1) {
                return true;
            }
            if (onbekend.size() > 1 && som.aantallen() && !som.totaal().verborgen) {
                long samen = onbekend.stream().mapToLong(c -> c.waarde).sum();
                return samen > 0 && samen < minimum;
            }
            return false;
        }

        private boolean verbergNogEen(Som som) {
            Cel extra = som.delen().stream().filter(c -> !c.verborgen && c.waarde > 0)
                    .min(Comparator.comparingLong(c -> c.waarde)).orElse(som.totaal());
            if (extra.verborgen) {
                return false;
            }
            extra.verborgen = true;
            return true;
        }

        Kengetallen zichtbaar(String groep, Kengetallen k) {
            Map<String, Cel> cellen = groepen.get(groep);
            List<String> onderdrukt = new ArrayList<>();
            Function<String, Integer> aantal = veld -> {
                if (cellen.get(veld).verborgen) {
                    onderdrukt.add(veld);
                    return null;
                }
                return Math.toIntExact(cellen.get(veld).waarde);
            };
            Integer aantalDossiers = aantal.apply("aantalDossiers");
            Integer actief = aantal.apply("actief");
            Integer afgesloten = aantal.apply("afgesloten");
            Map<String, Integer> perFase = new LinkedHashMap<>();
            k.actiefPerFase().keySet().forEach(f -> perFase.put(f, aantal.apply("actiefPerFase." + f)));
            Map<String, Integer> routes = new LinkedHashMap<>();
            k.leerroutes().keySet().forEach(r -> routes.put(r, aantal.apply("leerroutes." + r)));
            List<Kengetallen.Aandeel> aandelen = new ArrayList<>();
            for (String naam : AANDELEN) {
                Integer teller = aantal.apply(naam + ".teller");
                Integer noemer = aantal.apply(naam + ".noemer");
                Double percentage = aandeel(k, naam).percentage();
                if (percentage != null && (teller == null || noemer == null)) {
                    onderdrukt.add(naam + ".percentage");
                    percentage = null;
                }
                aandelen.add(new Kengetallen.Aandeel(teller, noemer, percentage));
            }
            Integer openEscalaties = aantal.apply("openEscalaties");
            Integer metEscalatie = aantal.apply("dossiersMetOpenEscalatie");
            Integer boetes = aantal.apply("aantalBoetes");
            BigDecimal bedrag = k.boetebedrag();
            if (cellen.get(BEDRAG).verborgen) {
                onderdrukt.add(BEDRAG);
                bedrag = null;
            }
            Double mediaan = k.mediaanDagenStartPlichtBredeIntake();
            // A median over few intakes tells about those few people
            if (mediaan != null && klein(k.bredeIntakeGestart().teller())) {
                onderdrukt.add(MEDIAAN);
                mediaan = null;
            }
            return new Kengetallen(aantalDossiers, actief, afgesloten, perFase, routes, aandelen.get(0),
                    aandelen.get(1), aandelen.get(2), openEscalaties, metEscalatie, boetes, bedrag, aandelen.get(3),
                    mediaan, aandelen.get(4), List.copyOf(onderdrukt));
        }

        private void aantal(Map<String, Cel> cellen, String veld, int waarde) {
            cellen.put(veld, new Cel(veld, waarde, klein(waarde)));
        }

        private List<Cel> delen(Map<String, Cel> cellen, String voorvoegsel) {
            return cellen.values().stream().filter(c -> c.veld.startsWith(voorvoegsel)).toList();
        }
    }

    private boolean klein(long aantal) {
        return aantal > 0 && aantal < minimum;
    }

    private static Kengetallen.Aandeel aandeel(Kengetallen k, String naam) {
        return switch (naam) {
            case "pipBinnenTermijn" -> k.pipBinnenTermijn();
            case "pvtOpTijd" -> k.pvtOpTijd();
            case "mapOpTijd" -> k.mapOpTijd();
            case "bredeIntakeGestart" -> k.bredeIntakeGestart();
            case "uitstroomWerk" -> k.uitstroomWerk();
            default -> throw new IllegalArgumentException(naam);
        };
    }

    private static long centen(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
