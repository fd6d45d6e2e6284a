package nl.fermwerk.inburgering.rapportage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the stored projection from the events (one ordered read, batched inserts) and checks the stored rows
 * against a fresh replay.
 */
@Service
public class RapportageHerbouw {

    private static final int BATCH = 1000;

    private final Herspeler herspeler;
    private final RapportageDossiers dossiers;

    public RapportageHerbouw(Herspeler herspeler, RapportageDossiers dossiers) {
        this.herspeler = herspeler;
        this.dossiers = dossiers;
    }

    public record Resultaat(long gebeurtenissen, int dossiers, long millis, long gebeurtenissenPerSeconde) {
    }

    public record Verschil(String dossierId, String soort, Map<String, List<Object>> velden) {
    }

    public record Controle(int opgeslagen, int herspeeld, boolean gelijk, List<Verschil> verschillen) {
    }

    /** Recomputes every row from the events; readers see the old rows until the transaction commits. */
    @Transactional
    public Resultaat herbouw() {
        long start = System.nanoTime();
        dossiers.verwijderAlles();
        List<DossierRegel> batch = new ArrayList<>(BATCH);
        int[] aantal = {0};
        long gebeurtenissen = herspeler.speelAf(null, regel -> {
            batch.add(regel);
            aantal[0]++;
            if (batch.size() == BATCH) {
                dossiers.voegToe(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            dossiers.voegToe(batch);
        }
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return new Resultaat(gebeurtenissen, aantal[0], millis, gebeurtenissen * 1000 / millis);
    }

    /** Compares the stored projection with a replay of all events: missing, extra and differing rows, per field. */
    @Transactional(readOnly = true)
    public Controle controleer() {
        Map<String, DossierRegel> opgeslagen = new TreeMap<>();
        dossiers.alle().forEach(r -> opgeslagen.put(r.dossierId(), r));
        Map<String, DossierRegel> herspeeld = new TreeMap<>();
        herspeler.speelAf(null, r -> herspeeld.put(r.dossierId(), r));
        List<Verschil> verschillen = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(opgeslagen.keySet());
        ids.addAll(herspeeld.keySet());
        for (String id : ids) {
            DossierRegel o = opgeslagen.get(id);
            DossierRegel h = herspeeld.get(id);
            if (o == null) {
                verschillen.add(new Verschil(id, "ONTBREEKT", Map.of()));
            } else if (h == null) {
                verschillen.add(new Verschil(id, "OVERBODIG", Map.of()));
            } else if (!o.equals(h)) {
                verschillen.add(new Verschil(id, "AFWIJKEND", velden(o, h)));
            }
        }
        return new Controle(opgeslagen.size(), herspeeld.size(), verschillen.isEmpty(), verschillen);
    }

    private static Map<String, List<Object>> velden(DossierRegel opgeslagen, DossierRegel herspeeld) {
        Map<String, List<Object>> velden = new LinkedHashMap<>();
        for (var component : DossierRegel.class.getRecordComponents()) {
            try {
                Object o = component.getAccessor().invoke(opgeslagen);
                Object h = component.getAccessor().invoke(herspeeld);
                if (!Objects.equals(o, h)) {
                    velden.put(component.getName(), java.util.Arrays.asList(o, h));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return velden;
    }
}
