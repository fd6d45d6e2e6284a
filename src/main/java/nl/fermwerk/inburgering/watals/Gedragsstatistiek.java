package nl.fermwerk.inburgering.watals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.FeitJson;
import nl.fermwerk.inburgering.rapportage.Herspeler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The behaviour of a replay derived from the real caseload: shares over the stored events and the engine's task
 * history, as whole percentages. Only these numbers leave the application for the replay; no dossier, name or BSN.
 * A share whose base is smaller than {@code inburgering.watals.minimum-basis} keeps its default ({@link
 * Gedrag#STANDAARD}): a handful of dossiers says nothing about the next three hundred. As the dashboard does for
 * beleidsmedewerkers, it counts up to the last month end only, and names no count: comparing today's shares with
 * yesterday's cannot single out one inburgeraar. Reads only.
 */
@Component
public class Gedragsstatistiek {

    private final JdbcTemplate jdbc;
    private final int minimum;

    public Gedragsstatistiek(DataSource database, @Value("${inburgering.watals.minimum-basis:20}") int minimum) {
        this.jdbc = new JdbcTemplate(database);
        this.jdbc.setFetchSize(1000);
        this.minimum = minimum;
    }

    public Gedrag gedrag() {
        Gedrag s = Gedrag.STANDAARD;
        LocalDate maandeinde = Klok.vandaag().withDayOfMonth(1).minusDays(1);
        Instant peil = Herspeler.peilmoment(maandeinde);
        Tellers t = tel(peil);
        Long[] taken = jdbc.queryForObject("SELECT COUNT(*), SUM(CASE WHEN END_TIME_ > DUE_DATE_ THEN 1 ELSE 0 END) "
                        + "FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL AND DUE_DATE_ IS NOT NULL AND END_TIME_ < ?",
                (rij, i) -> new Long[] {rij.getLong(1), rij.getLong(2)}, Timestamp.from(peil));
        int teLaat = aandeel(taken[1], taken[0], s.procentTeLaat());
        int b1 = aandeel(t.routes.getOrDefault("B1", 0), t.pip.size(), s.procentB1());
        int z = Math.min(100 - b1, aandeel(t.routes.getOrDefault("Z", 0), t.pip.size(), s.procentZ()));
        int handhaving = aandeel(t.boete.size(), t.pip.size(), s.procentHandhaving());
        int schakelt = aandeel(t.geschakeld.size(), t.pip.size(), s.procentSchakelt());
        int werk = aandeel(t.werk, t.toeleiding, s.procentWerk());
        int ontheffing = aandeel(t.ontheffing.size(), t.dossiers.size(), s.procentOntheffing());
        boolean eigen = taken[0] >= minimum || t.pip.size() >= minimum || t.dossiers.size() >= minimum;
        return new Gedrag(teLaat, s.dagenOpTijdMax(), s.dagenTeLaatMin(), s.dagenTeLaatMax(), s.dagenMaandenMin(),
                s.dagenMaandenMax(), s.dagenJarenMin(), s.dagenJarenMax(), b1, z, handhaving,
                schakelt, werk, ontheffing, eigen ? "caseload tot en met " + maandeinde : "standaard");
    }

    private int aandeel(long teller, long noemer, int standaard) {
        return noemer < minimum ? standaard : (int) Math.round(teller * 100.0 / noemer);
    }

    /** Counts over the facts that tell behaviour; the dossier ids stay in this method's sets. */
    private Tellers tel(Instant peil) {
        Tellers t = new Tellers();
        jdbc.query("SELECT dossier_id, type, data FROM gebeurtenis WHERE type IN (?, ?, ?, ?, ?, ?) AND tijdstip < ?"
                + " ORDER BY dossier_id, volgnummer", rij -> {
            String dossier = rij.getString(1);
            Feit feit = FeitJson.lees(rij.getString(2), rij.getString(3));
            if (feit instanceof Feit.DossierAangemaakt) {
                t.dossiers.add(dossier);
            } else if (feit instanceof Feit.PipVastgesteld p && p.leerroute() != null && t.pip.add(dossier)) {
                t.routes.merge(p.leerroute().name(), 1, Integer::sum);
                t.eersteRoute.put(dossier, p.leerroute().name());
            } else if (feit instanceof Feit.PipBijgesteld b && b.leerroute() != null
                    && !b.leerroute().name().equals(t.eersteRoute.get(dossier))) {
                t.geschakeld.add(dossier);
            } else if (feit instanceof Feit.BoeteOpgelegd b && b.isBoete()) {
                t.boete.add(dossier);
            } else if (feit instanceof Feit.ToeleidingWerkAfgerond w) {
                t.toeleiding++;
                t.werk += w.uitstroomWerk() ? 1 : 0;
            } else if (feit instanceof Feit.OntheffingVerleend) {
                t.ontheffing.add(dossier);
            }
        }, Feit.type(Feit.DossierAangemaakt.class), Feit.type(Feit.PipVastgesteld.class),
                Feit.type(Feit.PipBijgesteld.class), Feit.type(Feit.BoeteOpgelegd.class),
                Feit.type(Feit.ToeleidingWerkAfgerond.class), Feit.type(Feit.OntheffingVerleend.class),
                peil.atOffset(ZoneOffset.UTC));
        return t;
    }

    private static final class Tellers {
        final Set<String> dossiers = new HashSet<>();
        final Set<String> pip = new HashSet<>();
        final Map<String, Integer> routes = new HashMap<>();
        final Map<String, String> eersteRoute = new HashMap<>();
        final Set<String> geschakeld = new HashSet<>();
        final Set<String> boete = new HashSet<>();
        final Set<String> ontheffing = new HashSet<>();
        int toeleiding;
        int werk;
    }
}
