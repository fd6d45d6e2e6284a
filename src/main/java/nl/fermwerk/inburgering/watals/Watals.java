package nl.fermwerk.inburgering.watals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Probleem;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.modellen.ModelGeweigerdException;
import nl.fermwerk.inburgering.modellen.Modelkeuring;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What-if replays for beleidsmedewerkers (docs/watals.md): the deployed models and the changed ones each replay the
 * same seeded caseload in a child process of their own ({@link Kindproces}), and the figures of both are compared.
 * One replay at a time on a node (each takes both cores for up to a minute); the changed files pass the deploy-time
 * model check first. A side replayed before is taken from the {@link Naspelingsgeheugen}, and the deployed side can be
 * replayed ahead while the beleidsmedewerker prepares a change ({@link Voorbereiding}). Writes nothing into the
 * application's database: it reads the deployed models and, for the behaviour, aggregates of the real caseload
 * ({@link Gedragsstatistiek}).
 */
@Service
public class Watals {

    private static final Logger LOG = LoggerFactory.getLogger(Watals.class);
    /**
     * Who asks for a preparation the node starts of its own ({@link VoorafVoorbereiding}): a name no user id can have
     * (Camunda's ids allow letters, digits and hyphens only), and one a beleidsmedewerker's own settings replace.
     */
    static final String SYSTEEM = "(systeem)";

    public static final int MINIMUM_AANTAL = 10;
    public static final int MAXIMUM_AANTAL = 1000;
    private static final int BEWAARDE_OPDRACHTEN = 20;
    /**
     * C1 only: a replay of a minute never earns back C2's compilations. The parallel collector: a child's in-memory
     * database grows to most of its heap, and the serial collector stopped both of a child's threads for 7 % of a
     * replay (docs/watals.md).
     */
    static final String STANDAARD_JVM_OPTIES = "-XX:+UseParallelGC,-XX:TieredStopAtLevel=1";

    private final RepositoryService repository;
    private final Modelkeuring keuring;
    private final Gedragsstatistiek statistiek;
    private final Duration maximaleDuur;
    private final String maxHeap;
    private final List<String> jvmOpties;
    private final ExecutorService uitvoering = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "watals");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService voorbereider = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "watals-voorbereiding");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Watalsopdracht> opdrachten = new LinkedHashMap<>();
    /** The deployed side being replayed ahead, if any (at most one per node). */
    private Voorbereiding voorbereiding;
    private final Map<String, List<Kindproces>> lopend = new LinkedHashMap<>();
    private final Naspelingsgeheugen geheugen = new Naspelingsgeheugen();

    public Watals(RepositoryService repository, Modelkeuring keuring, Gedragsstatistiek statistiek,
                  @Value("${inburgering.watals.maximale-duur:PT10M}") Duration maximaleDuur,
                  @Value("${inburgering.watals.max-heap:448m}") String maxHeap,
                  @Value("${inburgering.watals.jvm-opties:" + STANDAARD_JVM_OPTIES + "}") List<String> jvmOpties) {
        this.repository = repository;
        this.keuring = keuring;
        this.statistiek = statistiek;
        this.maximaleDuur = maximaleDuur;
        this.maxHeap = maxHeap;
        this.jvmOpties = List.copyOf(jvmOpties);
    }

    /** The request as the API received it; null for what was not given. */
    public record Verzoek(Map<String, byte[]> bestanden, LocalDate vanaf, LocalDate tot, Integer aantal, Long zaad) {
    }

    /** The caseload's settings of a replay, checked, with the defaults filled in. */
    private record Instellingen(int aantal, long zaad, LocalDate vanaf, LocalDate tot) {

        int kwartalen() {
            return Kwartaal.tussen(vanaf, tot).size();
        }
    }

    private static Instellingen instellingen(Integer aantalGegeven, Long zaadGegeven, LocalDate vanafGegeven,
                                             LocalDate totGegeven) {
        List<Veldfout> fouten = new ArrayList<>();
        int aantal = aantalGegeven == null ? 300 : aantalGegeven;
        if (aantal < MINIMUM_AANTAL || aantal > MAXIMUM_AANTAL) {
            fouten.add(new Veldfout("aantal", "Kies een caseload van " + MINIMUM_AANTAL + " tot en met "
                    + MAXIMUM_AANTAL + " dossiers."));
        }
        LocalDate vandaag = Klok.vandaag();
        LocalDate vanaf = vanafGegeven == null ? vandaag.with(IsoFields.DAY_OF_QUARTER, 1) : vanafGegeven;
        LocalDate tot = totGegeven == null ? vanaf.plusYears(3).minusDays(1) : totGegeven;
        if (vanaf.isBefore(LocalDate.of(2022, 1, 1))) {
            fouten.add(new Veldfout("vanaf", "De Wet inburgering 2021 geldt vanaf 1 januari 2022; kies een latere "
                    + "begindatum."));
        }
        if (!tot.isAfter(vanaf.plusDays(27))) {
            fouten.add(new Veldfout("tot", "De einddatum moet minstens vier weken na de begindatum liggen."));
        } else if (tot.isAfter(vanaf.plusYears(5))) {
            fouten.add(new Veldfout("tot", "Een naspeling beslaat hoogstens vijf jaar."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return new Instellingen(aantal, zaadGegeven == null ? 2021 : zaadGegeven, vanaf, tot);
    }

    private void geenLopendeNaspeling() {
        if (!lopend.isEmpty()) {
            throw new Probleem(HttpStatus.CONFLICT, "Er loopt al een naspeling", "Op deze server loopt al een "
                    + "naspeling (" + lopend.keySet().iterator().next() + "); wacht tot die klaar is of stop hem.");
        }
    }

    public synchronized Watalsopdracht start(Verzoek verzoek, String door) {
        Instellingen instellingen = instellingen(verzoek.aantal(), verzoek.zaad(), verzoek.vanaf(), verzoek.tot());
        int aantal = instellingen.aantal();
        long zaad = instellingen.zaad();
        LocalDate vanaf = instellingen.vanaf();
        LocalDate tot = instellingen.tot();
        geenLopendeNaspeling();
        Modelset voor = Modelset.gedeployed(repository);
        Modelset na;
        try {
            na = voor.met(verzoek.bestanden(), keuring);
        } catch (ModelGeweigerdException geweigerd) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "Model geweigerd", geweigerd.getMessage(), Map.of("fouten",
                    geweigerd.overtredingen().stream().map(o -> Map.of("bestand", o.bestand(), "element",
                            o.element() == null ? "" : o.element(), "regel", o.regel().name(), "melding",
                            o.melding())).toList()));
        }
        Gedrag gedrag = statistiek.gedrag();
        String id = UUID.randomUUID().toString();
        Watalsopdracht opdracht = new Watalsopdracht(id, door, Instant.now(), aantal, zaad, vanaf, tot,
                verzoek.bestanden().keySet().stream().map(Modelset::bestandsnaam).sorted().toList(), gedrag);
        Path map;
        try {
            map = Files.createTempDirectory("watals-");
            voor.schrijfNaar(map.resolve("voor"));
            na.schrijfNaar(map.resolve("na"));
        } catch (IOException e) {
            throw new IllegalStateException("Naspeling kon niet worden voorbereid", e);
        }
        opdrachten.put(id, opdracht);
        while (opdrachten.size() > BEWAARDE_OPDRACHTEN) {
            opdrachten.remove(opdrachten.keySet().iterator().next());
        }
        lopend.put(id, new ArrayList<>());
        LOG.info("Naspeling {} gestart door {}: {} dossiers, {} t/m {}, zaad {}, bestanden {}, gedrag {}", id, door,
                aantal, vanaf, tot, zaad, opdracht.alsAntwoord().get("instellingen"), gedrag.bron());
        uitvoering.submit(() -> voerUit(opdracht, map, aantal, zaad, vanaf, tot, gedrag));
        return opdracht;
    }

    private void voerUit(Watalsopdracht opdracht, Path map, int aantal, long zaad, LocalDate vanaf, LocalDate tot,
                         Gedrag gedrag) {
        long deadline = System.currentTimeMillis() + maximaleDuur.toMillis();
        List<Kindproces> kinderen = new ArrayList<>();
        try {
            LocalDate vandaag = Klok.vandaag();
            String sleutelVoor = Naspelingsgeheugen.sleutel(map.resolve("voor"), aantal, zaad, vanaf, tot, gedrag,
                    vandaag);
            String sleutelNa = Naspelingsgeheugen.sleutel(map.resolve("na"), aantal, zaad, vanaf, tot, gedrag, vandaag);
            Voorbereiding voorbereid = neemOver(sleutelVoor);
            Optional<Naspelingsgeheugen.Uitkomst> bekendVoor = geheugen.vind(sleutelVoor);
            Optional<Naspelingsgeheugen.Uitkomst> bekendNa = geheugen.vind(sleutelNa);
            if (bekendVoor.isPresent()) {
                // Remembered meanwhile: the preparation has just finished
                voorbereid = null;
            }
            // The cores go to the sides that still have to be replayed; a child's threads change none of its figures.
            // A side being prepared is not counted: when it ends, the other side has every core to itself
            int kernen = Runtime.getRuntime().availableProcessors();
            boolean voorSpelen = bekendVoor.isEmpty() && voorbereid == null;
            int teSpelen = (voorSpelen ? 1 : 0) + (bekendNa.isEmpty() ? 1 : 0);
            int draden = Math.max(1, kernen / Math.max(1, teSpelen));
            Kindproces voor = !voorSpelen ? null : Kindproces.start(map.resolve("voor"),
                    map.resolve("voor.json"), aantal, zaad, vanaf, tot, gedrag, maxHeap, jvmOpties, opdracht::voor,
                    draden);
            if (voor != null) {
                kinderen.add(voor);
            }
            Kindproces na = bekendNa.isPresent() ? null : Kindproces.start(map.resolve("na"), map.resolve("na.json"),
                    aantal, zaad, vanaf, tot, gedrag, maxHeap, jvmOpties, opdracht::na, draden);
            if (na != null) {
                kinderen.add(na);
            }
            synchronized (this) {
                if (!lopend.containsKey(opdracht.id())) {
                    opdracht.gestopt();
                    return;
                }
                lopend.put(opdracht.id(), List.copyOf(kinderen));
            }
            bekendVoor.ifPresent(b -> opdracht.hergebruikt(Watalsopdracht.VOOR));
            bekendNa.ifPresent(b -> opdracht.hergebruikt(Watalsopdracht.NA));
            if (voorbereid != null) {
                voorbereid.volg(opdracht::voor);
            }
            Optional<Naspelingsgeheugen.Uitkomst> voorbereideVoor = voorbereid == null ? Optional.empty()
                    : wacht(voorbereid, opdracht, deadline);
            boolean voorKlaar = voorbereid != null ? voorbereideVoor.isPresent() : voor == null || voor.wacht(deadline);
            boolean naKlaar = voorKlaar && (na == null || na.wacht(deadline));
            if (opdracht.status() == Watalsopdracht.Status.GESTOPT) {
                return;
            }
            if (!voorKlaar || !naKlaar) {
                String waarom = System.currentTimeMillis() >= deadline
                        ? "De naspeling duurde langer dan " + maximaleDuur.toMinutes() + " minuten en is gestopt."
                        : "De naspeling met de " + (voorKlaar ? "gewijzigde" : "gedeployde") + " modellen is mislukt.";
                Kindproces mislukt = voorKlaar ? na : voor;
                LOG.warn("Naspeling {} mislukt: {}\n{}", opdracht.id(), waarom,
                        mislukt == null ? "(de voorbereiding van de gedeployde kant)" : mislukt.laatsteUitvoer());
                opdracht.mislukt(waarom + " Zie het log van de server.");
                return;
            }
            if (voorbereid != null) {
                opdracht.hergebruikt(Watalsopdracht.VOOR);
            }
            Naspelingsgeheugen.Uitkomst uitVoor = voor == null ? voorbereideVoor.or(() -> bekendVoor).orElseThrow()
                    : new Naspelingsgeheugen.Uitkomst(Files.readAllBytes(map.resolve("voor.json")), voor.overgeslagen());
            Naspelingsgeheugen.Uitkomst uitNa = na == null ? bekendNa.get()
                    : new Naspelingsgeheugen.Uitkomst(Files.readAllBytes(map.resolve("na.json")), na.overgeslagen());
            geheugen.bewaar(sleutelVoor, uitVoor);
            geheugen.bewaar(sleutelNa, uitNa);
            ObjectMapper json = new ObjectMapper();
            Figuren figurenVoor = json.readValue(uitVoor.figuren(), Figuren.class);
            Figuren figurenNa = json.readValue(uitNa.figuren(), Figuren.class);
            opdracht.klaar(Vergelijking.van(figurenVoor, figurenNa), uitVoor.overgeslagen());
            LOG.info("Naspeling {} klaar; verschil: {}; opnieuw gebruikt: {}", opdracht.id(),
                    opdracht.uitkomst().heeftVerschil(), opdracht.hergebruikt());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opdracht.gestopt();
        } catch (Exception e) {
            LOG.error("Naspeling {} mislukt", opdracht.id(), e);
            opdracht.mislukt("De naspeling is mislukt. Zie het log van de server.");
        } finally {
            kinderen.forEach(Kindproces::close);
            synchronized (this) {
                lopend.remove(opdracht.id());
            }
            Kindproces.ruimOp(map);
        }
    }

    /**
     * The preparation of the deployed side for these settings, if one runs and is far enough to be worth following;
     * otherwise it is stopped, as the replay now wants the cores. One that has only just begun is not followed: beside
     * it, the changed side would share the cores with a child that runs two threads, which took longer than both sides
     * afresh, side by side (97.6 against 89.7 s for 300 dossiers, docs/watals.md).
     */
    private synchronized Voorbereiding neemOver(String sleutelVoor) {
        Voorbereiding lopende = voorbereiding;
        if (lopende == null) {
            return null;
        }
        if (lopende.sleutel().equals(sleutelVoor) && lopende.verGenoeg()) {
            return lopende;
        }
        lopende.stop();
        voorbereiding = null;
        LOG.info("Voorbereiding gestopt: een naspeling is gestart met {}", lopende.sleutel().equals(sleutelVoor)
                ? "dezelfde instellingen, maar de voorbereiding was pas begonnen" : "andere instellingen");
        return null;
    }

    /** The prepared side's outcome; empty when it failed, ran out of time or the replay was stopped meanwhile. */
    private static Optional<Naspelingsgeheugen.Uitkomst> wacht(Voorbereiding voorbereid, Watalsopdracht opdracht,
                                                              long deadline) throws InterruptedException {
        while (System.currentTimeMillis() < deadline && opdracht.status() == Watalsopdracht.Status.BEZIG) {
            try {
                return Optional.of(voorbereid.uitkomst().get(500, TimeUnit.MILLISECONDS));
            } catch (TimeoutException nogBezig) {
                // Look again whether the replay was stopped
            } catch (ExecutionException mislukt) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Replays the deployed models' side for these settings ahead of a replay (docs/watals.md, "Voorbereiden"): the
     * page asks for it when a beleidsmedewerker opens it, so that the comparison has only the changed side left to
     * replay, on every core. Answers {@code KLAAR} when that side is remembered already, otherwise {@code BEZIG} with
     * its progress. One preparation per node: the same beleidsmedewerker's newer settings replace their own, a
     * colleague's wait (409), as two pages that each replaced the other's would restart children every two seconds;
     * anyone's settings replace the node's own preparation ({@link #SYSTEEM}). Not while a replay runs (409).
     */
    public synchronized Map<String, Object> bereidVoor(Integer aantalGegeven, Long zaadGegeven, LocalDate vanafGegeven,
                                                       LocalDate totGegeven, String door) {
        Instellingen instellingen = instellingen(aantalGegeven, zaadGegeven, vanafGegeven, totGegeven);
        geenLopendeNaspeling();
        Gedrag gedrag = statistiek.gedrag();
        Path map;
        String sleutel;
        try {
            map = Files.createTempDirectory("watals-");
            Modelset.gedeployed(repository).schrijfNaar(map.resolve("voor"));
            sleutel = Naspelingsgeheugen.sleutel(map.resolve("voor"), instellingen.aantal(), instellingen.zaad(),
                    instellingen.vanaf(), instellingen.tot(), gedrag, Klok.vandaag());
        } catch (IOException e) {
            throw new IllegalStateException("Voorbereiding kon niet worden gemaakt", e);
        }
        if (voorbereiding != null && voorbereiding.sleutel().equals(sleutel)) {
            Kindproces.ruimOp(map);
            return voorbereiding.alsAntwoord();
        }
        if (geheugen.vind(sleutel).isPresent()) {
            Kindproces.ruimOp(map);
            return Map.of("status", Watalsopdracht.Status.KLAAR.name());
        }
        if (voorbereiding != null && !voorbereiding.door().equals(door) && !voorbereiding.door().equals(SYSTEEM)) {
            Kindproces.ruimOp(map);
            throw new Probleem(HttpStatus.CONFLICT, "Er wordt al een naspeling voorbereid", "Op deze server worden "
                    + "al de gedeployde modellen nagespeeld voor een collega, met andere instellingen; uw naspeling "
                    + "kan wel, maar speelt dan beide kanten.");
        }
        if (voorbereiding != null) {
            voorbereiding.stop();
        }
        Voorbereiding nieuw = new Voorbereiding(sleutel, door, map, instellingen.kwartalen());
        try {
            nieuw.kind(Kindproces.start(map.resolve("voor"), map.resolve("voor.json"), instellingen.aantal(),
                    instellingen.zaad(), instellingen.vanaf(), instellingen.tot(), gedrag, maxHeap, jvmOpties,
                    nieuw::voortgang, Runtime.getRuntime().availableProcessors()));
        } catch (IOException e) {
            Kindproces.ruimOp(map);
            throw new IllegalStateException("Voorbereiding kon niet worden gestart", e);
        }
        voorbereiding = nieuw;
        LOG.info("Voorbereiding van de gedeployde kant gestart door {}: {} dossiers, {} t/m {}, zaad {}", door,
                instellingen.aantal(), instellingen.vanaf(), instellingen.tot(), instellingen.zaad());
        voorbereider.submit(() -> rondAf(nieuw));
        return nieuw.alsAntwoord();
    }

    private void rondAf(Voorbereiding voorbereid) {
        Path map = voorbereid.map();
        try {
            if (voorbereid.wacht(System.currentTimeMillis() + maximaleDuur.toMillis())) {
                Naspelingsgeheugen.Uitkomst uitkomst = new Naspelingsgeheugen.Uitkomst(
                        Files.readAllBytes(map.resolve("voor.json")), voorbereid.overgeslagen());
                geheugen.bewaar(voorbereid.sleutel(), uitkomst);
                voorbereid.uitkomst().complete(uitkomst);
                LOG.info("Voorbereiding van de gedeployde kant klaar");
            } else if (voorbereid.gestopt()) {
                voorbereid.uitkomst().completeExceptionally(new IllegalStateException("Voorbereiding gestopt"));
            } else {
                LOG.warn("Voorbereiding van de gedeployde kant mislukt\n{}", voorbereid.laatsteUitvoer());
                voorbereid.uitkomst().completeExceptionally(new IllegalStateException("Voorbereiding mislukt"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            voorbereid.stop();
        } catch (IOException | RuntimeException e) {
            LOG.error("Voorbereiding van de gedeployde kant mislukt", e);
            voorbereid.uitkomst().completeExceptionally(e);
        } finally {
            voorbereid.stop();
            synchronized (this) {
                if (voorbereiding == voorbereid) {
                    voorbereiding = null;
                }
            }
            Kindproces.ruimOp(map);
        }
    }

    /** Who the running preparation is for, if one runs. */
    synchronized Optional<String> voorbereidVoor() {
        return Optional.ofNullable(voorbereiding).map(Voorbereiding::door);
    }

    public synchronized Watalsopdracht opdracht(String id) {
        Watalsopdracht opdracht = opdrachten.get(id);
        if (opdracht == null) {
            throw new Probleem(HttpStatus.NOT_FOUND, "Naspeling niet gevonden", "Er is geen naspeling " + id
                    + " (meer) op deze server.");
        }
        return opdracht;
    }

    /** Stops a running replay: both child processes are ended at once. */
    public synchronized Watalsopdracht stop(String id) {
        Watalsopdracht opdracht = opdracht(id);
        List<Kindproces> kinderen = lopend.remove(id);
        if (kinderen != null) {
            opdracht.gestopt();
            kinderen.forEach(Kindproces::close);
            LOG.info("Naspeling {} gestopt", id);
        }
        return opdracht;
    }

    /** Ends every child still running when the application stops. */
    @jakarta.annotation.PreDestroy
    synchronized void afsluiten() {
        lopend.values().forEach(k -> k.forEach(Kindproces::close));
        if (voorbereiding != null) {
            voorbereiding.stop();
        }
        uitvoering.shutdownNow();
        voorbereider.shutdownNow();
    }
}
