package nl.fermwerk.inburgering.watals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A replay as its requester follows it: what was asked, how far each side is (quarters done), and when done the
 * comparison or why it failed. Holds no personal data: settings, file names and figures only.
 */
public final class Watalsopdracht {

    public enum Status { BEZIG, KLAAR, MISLUKT, GESTOPT }

    static final String VOOR = "voor";
    static final String NA = "na";

    private final String id;
    private final String door;
    private final Instant gestart;
    private final int aantal;
    private final long zaad;
    private final LocalDate vanaf;
    private final LocalDate tot;
    private final int kwartalen;
    private final List<String> bestanden;
    private final Gedrag gedrag;
    private volatile Status status = Status.BEZIG;
    private volatile int voor;
    private volatile int na;
    private volatile Double seconden;
    private volatile String fout;
    private volatile Vergelijking uitkomst;
    private volatile List<String> overgeslagen = List.of();
    private final List<String> hergebruikt = new java.util.concurrent.CopyOnWriteArrayList<>();

    Watalsopdracht(String id, String door, Instant gestart, int aantal, long zaad, LocalDate vanaf, LocalDate tot,
                   List<String> bestanden, Gedrag gedrag) {
        this.id = id;
        this.door = door;
        this.gestart = gestart;
        this.aantal = aantal;
        this.zaad = zaad;
        this.vanaf = vanaf;
        this.tot = tot;
        this.kwartalen = Kwartaal.tussen(vanaf, tot).size();
        this.bestanden = List.copyOf(bestanden);
        this.gedrag = gedrag;
    }

    public String id() {
        return id;
    }

    String door() {
        return door;
    }

    public Status status() {
        return status;
    }

    public Vergelijking uitkomst() {
        return uitkomst;
    }

    public String fout() {
        return fout;
    }

    void voor(int gedaan) {
        voor = gedaan;
    }

    void na(int gedaan) {
        na = gedaan;
    }

    /** A side whose outcome an earlier replay of the same models, settings and behaviour gave: not replayed. */
    void hergebruikt(String kant) {
        hergebruikt.add(kant);
        if (VOOR.equals(kant)) {
            voor = kwartalen;
        } else {
            na = kwartalen;
        }
    }

    List<String> hergebruikt() {
        return List.copyOf(hergebruikt);
    }

    void klaar(Vergelijking vergelijking, List<String> nietMeegespeeld) {
        overgeslagen = List.copyOf(nietMeegespeeld);
        uitkomst = vergelijking;
        seconden = (System.currentTimeMillis() - gestart.toEpochMilli()) / 1000.0;
        status = Status.KLAAR;
    }

    void mislukt(String waarom) {
        fout = waarom;
        seconden = (System.currentTimeMillis() - gestart.toEpochMilli()) / 1000.0;
        status = Status.MISLUKT;
    }

    void gestopt() {
        seconden = (System.currentTimeMillis() - gestart.toEpochMilli()) / 1000.0;
        status = Status.GESTOPT;
    }

    /** The answer of GET /api/beleid/watals/{id}. */
    public Map<String, Object> alsAntwoord() {
        Map<String, Object> antwoord = new java.util.LinkedHashMap<>();
        antwoord.put("id", id);
        antwoord.put("status", status.name());
        antwoord.put("voortgang", Map.of("voor", voor, "na", na, "kwartalen", kwartalen));
        // The sides taken from an earlier replay (same model files, settings, behaviour and day) instead of replayed
        antwoord.put("hergebruikt", hergebruikt());
        antwoord.put("instellingen", Map.of("aantal", aantal, "zaad", zaad, "vanaf", vanaf.toString(),
                "tot", tot.toString(), "bestanden", bestanden, "gedrag", gedrag.alsMap()));
        antwoord.put("gestart", gestart.toString());
        if (seconden != null) {
            antwoord.put("seconden", seconden);
        }
        if (fout != null) {
            antwoord.put("fout", fout);
        }
        if (uitkomst != null) {
            // Deployed files that today's model check would refuse (deployed before it existed): not replayed
            antwoord.put("overgeslagen", overgeslagen);
            antwoord.put("uitkomst", uitkomst);
        }
        return antwoord;
    }
}
