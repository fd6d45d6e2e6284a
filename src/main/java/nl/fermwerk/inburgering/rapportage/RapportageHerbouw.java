package nl.fermwerk.inburgering.rapportage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the stored projection from the events (one ordered read, batched inserts) and checks the stored rows
 * against a fresh replay.
 */
@Service
public class RapportageHerbouw {

    private static final int BATCH = 1000;
    /** Batches the reader may run ahead of the writer: bounds the heap a rebuild of any size needs. */
    private static final int WACHTRIJ = 8;
    private static final List<DossierRegel> EINDE = List.of();

    private final Herspeler herspeler;
    private final RapportageDossiers dossiers;
    private final TransactionTemplate alleenLezen;
    private final TransactionTemplate schrijven;
    private final RapportageTermijnen termijnen;

    public RapportageHerbouw(Herspeler herspeler, RapportageDossiers dossiers, PlatformTransactionManager transacties,
                             RapportageTermijnen termijnen) {
        this.herspeler = herspeler;
        this.dossiers = dossiers;
        this.alleenLezen = new TransactionTemplate(transacties);
        this.alleenLezen.setReadOnly(true);
        this.schrijven = new TransactionTemplate(transacties);
        this.termijnen = termijnen;
    }

    /**
     * Derives the term dates of every row that lacks them or has them from another version of the table termijnen
     * (rows written before the columns existed, or before a new table was deployed), a batch per transaction so
     * that any number of rows fits in the heap. Returns the rows rewritten. Without it those rows are still counted
     * right, in Java; with it the dashboard counts them in SQL.
     */
    public int vernieuwTermijnmomenten() {
        RapportageTermijnen vast = termijnen.vastgezet();
        int gewijzigd = 0;
        String na = null;
        while (true) {
            List<DossierRegel> batch = dossiers.verouderd(vast.versie(), na, BATCH);
            if (batch.isEmpty()) {
                return gewijzigd;
            }
            Integer n = schrijven.execute(status -> dossiers.vernieuwMomenten(batch, vast));
            gewijzigd += n == null ? 0 : n;
            na = batch.get(batch.size() - 1).dossierId();
        }
    }

    public record Resultaat(long gebeurtenissen, int dossiers, long millis, long gebeurtenissenPerSeconde) {
    }

    public record Verschil(String dossierId, String soort, Map<String, List<Object>> velden) {
    }

    public record Controle(int opgeslagen, int herspeeld, boolean gelijk, List<Verschil> verschillen) {
    }

    /**
     * Recomputes every row from the events; readers see the old rows until the transaction commits. The replay
     * (reading, parsing, folding) runs on its own thread and connection while this one inserts, so the two halves of
     * the work overlap instead of taking turns.
     */
    @Transactional
    public Resultaat herbouw() {
        long start = System.nanoTime();
        dossiers.verwijderAlles();
        BlockingQueue<List<DossierRegel>> wachtrij = new ArrayBlockingQueue<>(WACHTRIJ);
        ExecutorService lezer = Executors.newSingleThreadExecutor(r -> new Thread(r, "herbouw-lezer"));
        try {
            Future<Long> gelezen = lezer.submit(() -> speelAf(wachtrij));
            int aantal = 0;
            for (List<DossierRegel> batch = wachtrij.take(); batch != EINDE; batch = wachtrij.take()) {
                dossiers.voegToe(batch);
                aantal += batch.size();
            }
            long gebeurtenissen = gelezen.get();
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            return new Resultaat(gebeurtenissen, aantal, millis, gebeurtenissen * 1000 / millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Herbouw onderbroken", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Herbouw mislukt bij het herspelen van de gebeurtenissen", e.getCause());
        } finally {
            // A failed insert leaves the reader waiting on a full queue: stop it, the transaction rolls back
            lezer.shutdownNow();
        }
    }

    /** The reader's half: a read-only transaction, so PostgreSQL streams the events instead of loading them all. */
    private long speelAf(BlockingQueue<List<DossierRegel>> wachtrij) throws InterruptedException {
        AtomicReference<List<DossierRegel>> batch = new AtomicReference<>(new ArrayList<>(BATCH));
        try {
            Long gebeurtenissen = alleenLezen.execute(status -> herspeler.speelAf(null, regel -> {
                batch.get().add(regel);
                if (batch.get().size() == BATCH) {
                    zetKlaar(wachtrij, batch.getAndSet(new ArrayList<>(BATCH)));
                }
            }));
            if (!batch.get().isEmpty()) {
                wachtrij.put(batch.get());
            }
            return gebeurtenissen == null ? 0 : gebeurtenissen;
        } finally {
            wachtrij.put(EINDE);
        }
    }

    private static void zetKlaar(BlockingQueue<List<DossierRegel>> wachtrij, List<DossierRegel> batch) {
        try {
            wachtrij.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Herbouw gestopt", e);
        }
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
