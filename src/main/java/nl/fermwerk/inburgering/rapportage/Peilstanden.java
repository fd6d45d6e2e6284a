package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kengetallen as of a past peildatum, computed once instead of on every look. As of a peildatum they follow only
 * from the events registered before the end of that day ({@link Herspeler}) and from the termijnen table they are
 * judged against; management always reads a month end that has passed, so what it sees does not change while the
 * month lasts. Each stand is kept with a fingerprint of exactly those inputs (the table's version, the number and the
 * highest id of the events registered before the peilmoment, read from an index): an event registered with an earlier
 * tijdstip, a dossier removed by the retention job or a newly deployed table changes the fingerprint, and the stand is
 * computed again. Checked on every look, so a change made on another node counts at once. Aggregates only.
 */
@Component
class Peilstanden {

    static final int BEWAARD = 36;

    /** The figures of all gemeenten and of each, as of one peildatum. */
    record Stand(Kengetallen totaal, Map<String, Kengetallen> perGemeente) {
    }

    private record Bewaard(String vingerafdruk, Stand stand) {
    }

    private final JdbcTemplate jdbc;
    private final Map<LocalDate, Bewaard> standen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Bewaard> oudste) {
            return size() > BEWAARD;
        }
    };
    private long berekend;

    Peilstanden(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stand as of the peildatum against this version of the table; computed by {@code bereken} when unknown. */
    Stand van(LocalDate peildatum, String termijnenVersie, Supplier<Stand> bereken) {
        String vingerafdruk = vingerafdruk(peildatum, termijnenVersie);
        synchronized (this) {
            Bewaard bewaard = standen.get(peildatum);
            if (bewaard != null && bewaard.vingerafdruk().equals(vingerafdruk)) {
                return bewaard.stand();
            }
        }
        Stand stand = bereken.get();
        synchronized (this) {
            berekend++;
            standen.put(peildatum, new Bewaard(vingerafdruk, stand));
        }
        return stand;
    }

    /** How many stands were computed (not found): what a test of this cache observes. */
    synchronized long berekend() {
        return berekend;
    }

    private String vingerafdruk(LocalDate peildatum, String termijnenVersie) {
        return jdbc.queryForObject("SELECT COUNT(*), MAX(id) FROM gebeurtenis WHERE tijdstip < ?",
                (rij, n) -> termijnenVersie + "|" + rij.getLong(1) + "|" + rij.getLong(2),
                Herspeler.peilmoment(peildatum).atOffset(ZoneOffset.UTC));
    }
}
