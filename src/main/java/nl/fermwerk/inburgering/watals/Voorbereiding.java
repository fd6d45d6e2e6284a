package nl.fermwerk.inburgering.watals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * The deployed models' side of a replay, replayed before anyone asked for the comparison: while a beleidsmedewerker
 * edits and uploads a change, so that the replay itself has only the changed side left to do (docs/watals.md,
 * "Voorbereiden"). Its outcome goes into the {@link Naspelingsgeheugen} like any side's; a replay that starts while it
 * still runs follows it instead of replaying the same side a second time.
 */
final class Voorbereiding {

    private final String sleutel;
    private final String door;
    private final Path map;
    private final int kwartalen;
    private final CompletableFuture<Naspelingsgeheugen.Uitkomst> uitkomst = new CompletableFuture<>();
    private final List<IntConsumer> volgers = new CopyOnWriteArrayList<>();
    private volatile Kindproces kind;
    private volatile int gedaan;
    private volatile boolean gestopt;

    Voorbereiding(String sleutel, String door, Path map, int kwartalen) {
        this.sleutel = sleutel;
        this.door = door;
        this.map = map;
        this.kwartalen = kwartalen;
    }

    String sleutel() {
        return sleutel;
    }

    /** The beleidsmedewerker whose page asked for it. */
    String door() {
        return door;
    }

    Path map() {
        return map;
    }

    void kind(Kindproces kind) {
        this.kind = kind;
    }

    /** Whether {@link #stop} ended it (a replay wanted the cores), rather than a failure. */
    boolean gestopt() {
        return gestopt;
    }

    /** Waits for the child at most until the deadline (epoch millis); true when it wrote its figures. */
    boolean wacht(long deadline) throws InterruptedException {
        return kind.wacht(deadline);
    }

    List<String> overgeslagen() {
        return kind.overgeslagen();
    }

    String laatsteUitvoer() {
        return kind.laatsteUitvoer();
    }

    /** The child's progress line: quarters done. */
    void voortgang(int kwartalenGedaan) {
        gedaan = kwartalenGedaan;
        volgers.forEach(v -> v.accept(kwartalenGedaan));
    }

    /**
     * Whether a replay should follow this side rather than replay it afresh: from a quarter of its quarters on, which
     * is about half of its time, as the caseload's whole intake falls in the first quarters (docs/watals.md).
     */
    boolean verGenoeg() {
        return gedaan * 4 >= kwartalen;
    }

    /** A replay that takes this side over follows its progress from where it is now. */
    void volg(IntConsumer volger) {
        volgers.add(volger);
        volger.accept(gedaan);
    }

    CompletableFuture<Naspelingsgeheugen.Uitkomst> uitkomst() {
        return uitkomst;
    }

    /** Ends the child at once; whoever waits for the outcome gets none. */
    void stop() {
        gestopt = true;
        Kindproces lopend = kind;
        if (lopend != null) {
            lopend.close();
        }
        uitkomst.completeExceptionally(new IllegalStateException("Voorbereiding gestopt"));
    }

    Map<String, Object> alsAntwoord() {
        return Map.of("status", Watalsopdracht.Status.BEZIG.name(),
                "voortgang", Map.of("gedaan", gedaan, "kwartalen", kwartalen));
    }
}
