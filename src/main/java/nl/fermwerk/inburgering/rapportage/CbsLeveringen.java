package nl.fermwerk.inburgering.rapportage;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.FeitJson;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS (Statistiek Wet Inburgering) delivery register: every quarter of every gemeente, from the quarter of the
 * gemeente's first koppeling on, due at the latest 4 weeks after the quarter ends. A delivery is an event
 * {@code CbsLeveringGeregistreerd} in the stream {@code CBS-<jaar>-Q<n>} of the same event store, with the gemeente,
 * the moment its file was made and that file's SHA-256 and record count (computed here from the file
 * {@link CbsBestanden} makes for that moment, never taken from the caller). A quarter may be delivered again (a
 * correction): every version stays in the register. "Was it delivered" is answerable as of a peildatum.
 */
@Service
public class CbsLeveringen {

    public static final String STROOM_PREFIX = "CBS-";
    public static final String TYPE = Feit.type(Feit.CbsLeveringGeregistreerd.class);
    static final int WEKEN_NA_KWARTAAL = 4;

    private final Gebeurtenissen gebeurtenissen;
    private final JdbcTemplate jdbc;
    private final CbsBestanden bestanden;

    public CbsLeveringen(Gebeurtenissen gebeurtenissen, JdbcTemplate jdbc, CbsBestanden bestanden) {
        this.gebeurtenissen = gebeurtenissen;
        this.jdbc = jdbc;
        this.bestanden = bestanden;
    }

    public record Kwartaal(int jaar, int kwartaal) implements Comparable<Kwartaal> {
        public Kwartaal {
            if (kwartaal < 1 || kwartaal > 4) {
                throw new OngeldigeInvoerException("kwartaal", "Het kwartaal is 1, 2, 3 of 4.");
            }
        }

        public static Kwartaal van(LocalDate datum) {
            return new Kwartaal(datum.getYear(), (datum.getMonthValue() - 1) / 3 + 1);
        }

        /** From a path: the year and {@code Q1} .. {@code Q4}; anything else is a 400 naming {@code kwartaal}. */
        public static Kwartaal van(int jaar, String code) {
            if (code == null || !code.matches("[Qq][1-4]")) {
                throw new OngeldigeInvoerException("kwartaal", "Het kwartaal is Q1, Q2, Q3 of Q4.");
            }
            return new Kwartaal(jaar, code.charAt(1) - '0');
        }

        public Kwartaal vorige() {
            return kwartaal == 1 ? new Kwartaal(jaar - 1, 4) : new Kwartaal(jaar, kwartaal - 1);
        }

        public Kwartaal volgende() {
            return kwartaal == 4 ? new Kwartaal(jaar + 1, 1) : new Kwartaal(jaar, kwartaal + 1);
        }

        public LocalDate eersteDag() {
            return LocalDate.of(jaar, kwartaal * 3 - 2, 1);
        }

        public LocalDate laatsteDag() {
            return LocalDate.of(jaar, kwartaal * 3, 1).plusMonths(1).minusDays(1);
        }

        public LocalDate uitersteLeverdatum() {
            return laatsteDag().plusWeeks(WEKEN_NA_KWARTAAL);
        }

        public String stroom() {
            return STROOM_PREFIX + jaar + "-Q" + kwartaal;
        }

        @Override
        public int compareTo(Kwartaal ander) {
            return Comparator.comparingInt(Kwartaal::jaar).thenComparingInt(Kwartaal::kwartaal).compare(this, ander);
        }

        @Override
        public String toString() {
            return jaar + "-Q" + kwartaal;
        }
    }

    /** One registered delivery; {@code gemeente} null: a delivery registered before the register kept gemeenten. */
    public record Levering(Gemeente gemeente, String kwartaal, LocalDate geleverdOp, Instant bekendOp, String sha256,
                           Integer aantalRecords, String door) {
    }

    /** One quarter of one gemeente: its due date, every delivery of it (versions), and whether it is late. */
    public record Kwartaalstand(Gemeente gemeente, String kwartaal, LocalDate uitersteLeverdatum, boolean geleverd,
                                LocalDate eersteLevering, boolean teLaat, List<Levering> leveringen) {
    }

    /**
     * As of the peildatum: the last ended quarter, whether every gemeente that owes it delivered it (in time), the
     * next due date, every quarter not delivered (a missed quarter stays here until it is delivered), and the whole
     * register per gemeente and quarter.
     */
    public record Status(LocalDate peildatum, String laatsteKwartaal, LocalDate uitersteLeverdatumLaatsteKwartaal,
                         boolean laatsteKwartaalGeleverd, LocalDate geleverdOp, boolean teLaat,
                         String volgendeKwartaal, LocalDate volgendeUitersteLeverdatum, List<String> nietGeleverd,
                         List<Kwartaalstand> kwartalen) {
    }

    /** A quarter is delivered after it ended: its last day has not ended yet (engine clock). */
    static void controleerAfgelopen(Kwartaal k) {
        if (!k.laatsteDag().isBefore(Klok.vandaag())) {
            throw new OngeldigeInvoerException("kwartaal", "Kwartaal " + k + " is nog niet voorbij: het loopt tot en "
                    + "met " + k.laatsteDag() + " en kan vanaf " + k.laatsteDag().plusDays(1) + " worden geleverd.");
        }
    }

    /**
     * Registers that the file of this gemeente and quarter, as made at {@code bekendOp} (null: now), was sent to
     * CBS; the fingerprint and count are those of that file.
     */
    @Transactional
    public Levering registreer(Gemeente gemeente, int jaar, int kwartaal, Instant bekendOp, String actor) {
        if (gemeente == null) {
            throw new OngeldigeInvoerException("gemeente", "Kies de gemeente waarvoor geleverd is.");
        }
        Kwartaal k = new Kwartaal(jaar, kwartaal);
        CbsBestanden.Bestand bestand = bestanden.maak(gemeente, k, bekendOp);
        Instant nu = Klok.nu();
        gebeurtenissen.voegToe(k.stroom(), new Feit.CbsLeveringGeregistreerd(jaar, kwartaal, k.uitersteLeverdatum(),
                gemeente, bestand.bekendOp().toString(), bestand.sha256(), bestand.aantalRecords()), nu, actor);
        return new Levering(gemeente, k.toString(), LocalDate.ofInstant(nu, Klok.ZONE), bestand.bekendOp(),
                bestand.sha256(), bestand.aantalRecords(), actor);
    }

    /** The register as of the peildatum. */
    @Transactional(readOnly = true)
    public Status status(LocalDate peildatum) {
        Kwartaal laatste = Kwartaal.van(peildatum).vorige();
        List<Levering> leveringen = leveringen(Herspeler.peilmoment(peildatum));
        Map<Gemeente, Kwartaal> eerste = eersteKwartalen(peildatum);
        List<Kwartaalstand> kwartalen = new ArrayList<>();
        List<String> nietGeleverd = new ArrayList<>();
        boolean laatsteGeleverd = true;
        boolean laatsteTeLaat = false;
        LocalDate laatsteGeleverdOp = null;
        for (Map.Entry<Gemeente, Kwartaal> e : eerste.entrySet()) {
            for (Kwartaal k = e.getValue(); k.compareTo(laatste) <= 0; k = k.volgende()) {
                Kwartaalstand stand = stand(e.getKey(), k, leveringen, peildatum);
                kwartalen.add(stand);
                if (!stand.geleverd()) {
                    nietGeleverd.add(e.getKey() + " " + k);
                }
                if (k.equals(laatste)) {
                    laatsteGeleverd &= stand.geleverd();
                    laatsteTeLaat |= stand.teLaat();
                    if (stand.geleverd() && (laatsteGeleverdOp == null
                            || stand.eersteLevering().isAfter(laatsteGeleverdOp))) {
                        laatsteGeleverdOp = stand.eersteLevering();
                    }
                }
            }
        }
        if (!laatsteGeleverd) {
            laatsteGeleverdOp = null;
        }
        if (!laatsteGeleverd && !laatsteTeLaat) {
            // A gemeente that owes the quarter and has not delivered it past its due date
            laatsteTeLaat = peildatum.isAfter(laatste.uitersteLeverdatum());
        }
        Kwartaal volgende = laatsteGeleverd ? Kwartaal.van(peildatum) : laatste;
        return new Status(peildatum, laatste.toString(), laatste.uitersteLeverdatum(), laatsteGeleverd,
                laatsteGeleverdOp, laatsteTeLaat, volgende.toString(), volgende.uitersteLeverdatum(),
                List.copyOf(nietGeleverd), List.copyOf(kwartalen));
    }

    private static Kwartaalstand stand(Gemeente gemeente, Kwartaal k, List<Levering> leveringen, LocalDate peildatum) {
        List<Levering> deze = leveringen.stream().filter(l -> l.kwartaal().equals(k.toString()))
                .filter(l -> l.gemeente() == null || l.gemeente() == gemeente).toList();
        LocalDate eersteLevering = deze.stream().map(Levering::geleverdOp).min(Comparator.naturalOrder()).orElse(null);
        boolean geleverd = eersteLevering != null;
        boolean teLaat = geleverd ? eersteLevering.isAfter(k.uitersteLeverdatum())
                : peildatum.isAfter(k.uitersteLeverdatum());
        return new Kwartaalstand(gemeente, k.toString(), k.uitersteLeverdatum(), geleverd, eersteLevering, teLaat,
                deze);
    }

    /**
     * Per gemeente the quarter of its first koppeling up to the peildatum: it owes every quarter from there on. Asked
     * per gemeente apart, so that each is one lookup in the index on (gemeente, datum_koppeling), not a scan of all.
     */
    private Map<Gemeente, Kwartaal> eersteKwartalen(LocalDate peildatum) {
        Map<Gemeente, Kwartaal> eerste = new EnumMap<>(Gemeente.class);
        for (Gemeente g : Gemeente.values()) {
            Date vroegste = jdbc.queryForObject("""
                    SELECT MIN(datum_koppeling) FROM rapportage_dossier WHERE gemeente = ? AND datum_koppeling <= ?""",
                    Date.class, g.name(), Date.valueOf(peildatum));
            if (vroegste != null) {
                eerste.put(g, Kwartaal.van(vroegste.toLocalDate()));
            }
        }
        return eerste;
    }

    private List<Levering> leveringen(Instant peilmoment) {
        return jdbc.query("""
                SELECT type, data, tijdstip, actor FROM gebeurtenis
                WHERE dossier_id LIKE ? AND type = ? AND tijdstip < ? ORDER BY tijdstip""", (rs, i) -> {
            Feit.CbsLeveringGeregistreerd f = (Feit.CbsLeveringGeregistreerd) FeitJson.lees(rs.getString(1),
                    rs.getString(2));
            Instant tijdstip = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
            return new Levering(f.gemeente(), new Kwartaal(f.jaar(), f.kwartaal()).toString(),
                    LocalDate.ofInstant(tijdstip, Klok.ZONE), f.bekendOp() == null ? null : Instant.parse(f.bekendOp()),
                    f.sha256(), f.aantalRecords(), rs.getString(4));
        }, STROOM_PREFIX + "%", TYPE, peilmoment.atOffset(ZoneOffset.UTC));
    }
}
