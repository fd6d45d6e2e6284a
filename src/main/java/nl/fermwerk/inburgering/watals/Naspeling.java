package nl.fermwerk.inburgering.watals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import nl.fermwerk.inburgering.simulatie.Instroomtrekking;
import nl.fermwerk.inburgering.simulatie.TaakUitvoerder;
import nl.fermwerk.inburgering.simulatie.Werkers;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.Berichten;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The caseload of one side of a replay, in the child process: generated dossiers opened through
 * {@link DossierService} (the API's code path), every task of whatever model is deployed completed as its partner
 * would ({@link TaakUitvoerder}), DUO's ontheffingen through {@link Berichten}, the engine clock moved a week at a
 * time with every due job executed ({@link KlokVerzetter}).
 * <p>
 * Why not {@code simulatie.CaseloadSimulatie}'s loop: it draws everything from one random stream, so one extra task
 * (an escalation of a shortened term) shifts every later draw and the two sides of a replay would differ in
 * everything. Here every draw belongs to one thing: the dossier (from its number) or the task (from dossier, task
 * and how many of that task the dossier had before). A changed model then changes only what it touches.
 */
public final class Naspeling {

    public static final Duration STAP = Duration.ofDays(7);
    private static final int RONDES = 6;
    private static final LocalTime WERKDAG = LocalTime.of(9, 0);

    private final TaskService taken;
    private final RuntimeService runtime;
    private final KlokVerzetter klok;
    private final TaakUitvoerder uitvoerder;
    private final DossierService dossiers;
    private final Berichten berichten;

    public Naspeling(ProcessEngine engine, DossierService dossiers, Berichten berichten) {
        this.taken = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.klok = new KlokVerzetter(engine);
        this.uitvoerder = new TaakUitvoerder(engine);
        this.dossiers = dossiers;
        this.berichten = berichten;
    }

    /**
     * What to replay: the caseload's size and seed, the period, and the behaviour of both sides; the instroom spread
     * over {@code instroomDagen} from {@code vanaf}, {@code procentVerhuist} moving once (half of them out of the
     * region), the dossiers opened by {@code actor} with a name from {@code naam} (from the dossier's number, from 1),
     * the tasks of a round completed by {@code draden} threads (one dossier stays on one thread; the caseload is the
     * same for any number).
     */
    public record Instellingen(int aantal, long zaad, LocalDate vanaf, LocalDate tot, Gedrag gedrag,
                               int instroomDagen, int procentVerhuist, int procentVrijgesteld,
                               int procentHandhaafd, String actor, IntFunction<String> naam, int draden) {

        /**
         * A what-if replay: instroom over the first half year; nobody moves, nobody gets a vrijstelling, and
         * handhaving starts only where a voortgangsgesprek decides so.
         */
        public Instellingen(int aantal, long zaad, LocalDate vanaf, LocalDate tot, Gedrag gedrag) {
            this(aantal, zaad, vanaf, tot, gedrag, 182, 0, 0, 0, "watals", i -> "Naspeling " + i, 1);
        }

        public Instellingen metDraden(int aantalDraden) {
            return new Instellingen(aantal, zaad, vanaf, tot, gedrag, instroomDagen, procentVerhuist,
                    procentVrijgesteld, procentHandhaafd, actor, naam, aantalDraden);
        }
    }

    /** Told after every quarter the clock has passed. */
    public interface Voortgang {
        void kwartaal(int gedaan, int totaal);
    }

    /** One generated inburgeraar: nothing of a real person. */
    private record Inburgeraar(int volgnummer, NieuwDossier nieuw, LocalDate instroom, TaakUitvoerder.Profiel profiel,
                               LocalDate ontheffing, LocalDate verhuizing, String naarGemeente,
                               LocalDate vrijstelling, LocalDate handhaving) {

        Inburgeraar zonderOntheffing() {
            return new Inburgeraar(volgnummer, nieuw, instroom, profiel, null, verhuizing, naarGemeente, vrijstelling,
                    handhaving);
        }

        Inburgeraar zonderVerhuizing() {
            return new Inburgeraar(volgnummer, nieuw, instroom, profiel, ontheffing, null, null, vrijstelling,
                    handhaving);
        }

        Inburgeraar zonderVrijstelling() {
            return new Inburgeraar(volgnummer, nieuw, instroom, profiel, ontheffing, verhuizing, naarGemeente, null,
                    handhaving);
        }

        Inburgeraar zonderHandhaving() {
            return new Inburgeraar(volgnummer, nieuw, instroom, profiel, ontheffing, verhuizing, naarGemeente,
                    vrijstelling, null);
        }
    }

    public void draai(Instellingen instellingen, Voortgang voortgang) {
        ExecutorService werkers = instellingen.draden() > 1 ? Executors.newFixedThreadPool(instellingen.draden())
                : null;
        try {
            rijd(instellingen, voortgang, werkers);
        } finally {
            if (werkers != null) {
                werkers.shutdownNow();
            }
        }
    }

    private void rijd(Instellingen instellingen, Voortgang voortgang, ExecutorService werkers) {
        List<Kwartaal> kwartalen = Kwartaal.tussen(instellingen.vanaf(), instellingen.tot());
        ClockUtil.setCurrentTime(Date.from(moment(instellingen.vanaf())));
        List<Inburgeraar> wachtrij = caseload(instellingen);
        List<Verhaal> verhalen = verhalen();
        Map<String, Inburgeraar> perDossier = new HashMap<>();
        Agenda agenda = new Agenda(instellingen, perDossier);
        int volgende = 0;
        int kwartalenGedaan = 0;
        Instant eind = moment(instellingen.tot().plusDays(1));
        while (Klok.nu().isBefore(eind)) {
            LocalDate vandaag = Klok.vandaag();
            while (volgende < wachtrij.size() && !wachtrij.get(volgende).instroom().isAfter(vandaag)) {
                Inburgeraar wie = wachtrij.get(volgende++);
                perDossier.put(dossiers.open(wie.nieuw(), instellingen.actor()).dossierId(), wie);
            }
            voerJobsUit(werkers, instellingen.draden());
            for (Verhaal verhaal : verhalen) {
                vertel(verhaal, perDossier, vandaag, instellingen.actor());
            }
            for (int ronde = 0; ronde < RONDES; ronde++) {
                Map<String, List<Afronding>> teDoen = new LinkedHashMap<>();
                List<Task> nuTeDoen = agenda.lees();
                for (Task taak : nuTeDoen) {
                    String dossierId = agenda.dossier(taak);
                    Inburgeraar wie = perDossier.get(dossierId);
                    teDoen.computeIfAbsent(dossierId == null ? taak.getProcessInstanceId() : dossierId,
                            d -> new ArrayList<>()).add(new Afronding(taak, perTaak.get(taak.getId()), wie == null
                                    ? new TaakUitvoerder.Profiel("B1", false, false, false) : wie.profiel()));
                }
                int gedaan = handelAf(teDoen.values(), werkers, instellingen.draden());
                agenda.vergeetAfgerond(nuTeDoen);
                voerJobsUit(werkers, instellingen.draden());
                if (gedaan == 0) {
                    break;
                }
            }
            Instant straks = Klok.nu().plus(STAP);
            klok.zet(straks.isAfter(eind) ? eind : straks);
            voerJobsUit(werkers, instellingen.draden());
            while (kwartalenGedaan < kwartalen.size() && kwartalen.get(kwartalenGedaan).eind().isBefore(Klok.vandaag())) {
                voortgang.kwartaal(++kwartalenGedaan, kwartalen.size());
            }
        }
        while (kwartalenGedaan < kwartalen.size()) {
            voortgang.kwartaal(++kwartalenGedaan, kwartalen.size());
        }
    }

    /**
     * The open tasks of the caseload and the moment each is done. Every round used to list every open task (some six
     * hundred) to find the few that were due: a tenth of a replay's CPU. A task's moment is drawn once, when it is
     * first seen, so a round now reads only the tasks created since the last read (the engine clock never goes back,
     * and only this driver creates tasks while it runs) and then, by id, those of its tasks that are due: the same
     * tasks in the same order as the whole list gave, without the rest.
     */
    private final class Agenda {

        private final Instellingen instellingen;
        private final Map<String, Inburgeraar> perDossier;
        /** Per dossier and task key, how many such tasks it had before: part of a task's own seed. */
        private final Map<String, Integer> eerdere = new HashMap<>();
        private final Map<String, String> dossierVanProces = new HashMap<>();
        private final Map<String, Instant> klaar = new HashMap<>();
        private final Set<String> vreemd = new HashSet<>();
        private Instant gelezen;

        Agenda(Instellingen instellingen, Map<String, Inburgeraar> perDossier) {
            this.instellingen = instellingen;
            this.perDossier = perDossier;
        }

        /**
         * Reads the tasks created since the last read, then the due ones among all it knows: those, in the order of
         * their creation.
         */
        List<Task> lees() {
            Instant nu = Klok.nu();
            TaskQuery nieuw = taken.createTaskQuery().active();
            if (gelezen != null) {
                // Created at the very moment of the last read, after it: the clock stands still within a round
                nieuw.taskCreatedAfter(Date.from(gelezen.minusMillis(1)));
            }
            for (Task taak : nieuw.orderByTaskCreateTime().asc().list()) {
                if (klaar.containsKey(taak.getId()) || vreemd.contains(taak.getId())) {
                    continue;
                }
                String dossierId = dossierVanProces.computeIfAbsent(taak.getProcessInstanceId(),
                        p -> (String) taken.getVariable(taak.getId(), "dossierId"));
                if (dossierId != null && !perDossier.containsKey(dossierId)) {
                    // A dossier this caseload did not open (the README's demo dossiers, opened today)
                    vreemd.add(taak.getId());
                    continue;
                }
                Random random = perTaak.computeIfAbsent(taak.getId(), id -> taakZaad(instellingen.zaad(), dossierId,
                        taak.getTaskDefinitionKey(), eerdere));
                klaar.put(taak.getId(), taak.getCreateTime().toInstant().plus(Duration.ofDays(
                        vertraging(random, instellingen.gedrag(), taak))));
            }
            gelezen = nu;
            List<String> nuKlaar = klaar.entrySet().stream()
                    .filter(t -> !t.getValue().isAfter(nu) && !geweigerd.contains(t.getKey())).map(Map.Entry::getKey)
                    .toList();
            List<Task> bestaand = nuKlaar.isEmpty() ? List.of() : taken.createTaskQuery()
                    .taskIdIn(nuKlaar.toArray(String[]::new)).orderByTaskCreateTime().asc().list();
            if (bestaand.size() < nuKlaar.size()) {
                // Gone since they were seen: an earlier task of the dossier ended or interrupted them
                Set<String> open = new HashSet<>();
                bestaand.forEach(t -> open.add(t.getId()));
                nuKlaar.stream().filter(id -> !open.contains(id)).forEach(this::vergeet);
            }
            // A suspended task waits, as it did in the whole list, which held active tasks only
            return bestaand.stream().filter(t -> !t.isSuspended()).toList();
        }

        /** The dossier of a task this agenda has seen; null for a process outside any dossier. */
        String dossier(Task taak) {
            return dossierVanProces.get(taak.getProcessInstanceId());
        }

        /** Forgets the tasks of a round that were completed (their draws are gone, {@link #handelAf}). */
        void vergeetAfgerond(List<Task> teDoen) {
            for (Task taak : teDoen) {
                if (!perTaak.containsKey(taak.getId())) {
                    klaar.remove(taak.getId());
                }
            }
        }

        private void vergeet(String taakId) {
            klaar.remove(taakId);
            perTaak.remove(taakId);
            vertragingen.remove(taakId);
        }
    }

    private void voerJobsUit(ExecutorService werkers, int draden) {
        if (werkers == null) {
            klok.voerUitWatVervaltIs();
        } else {
            klok.voerUitWatVervaltIs(werkers, draden, this::dossierVan);
        }
    }

    /**
     * The dossier a job works for: the business key of its process instance (the trajectory and every term watcher
     * carry the dossier number), asked once per process instance; "" for a job of no process instance.
     */
    private String dossierVan(Job job) {
        String proces = job.getProcessInstanceId();
        if (proces == null) {
            return "";
        }
        String dossier = dossierVanJobproces.get(proces);
        if (dossier == null) {
            ProcessInstance instantie = runtime.createProcessInstanceQuery().processInstanceId(proces).singleResult();
            dossier = instantie == null || instantie.getBusinessKey() == null ? proces : instantie.getBusinessKey();
            dossierVanJobproces.put(proces, dossier);
        }
        return dossier;
    }

    /** A task due in this round, with its own random stream and its inburgeraar's profile. */
    private record Afronding(Task taak, Random random, TaakUitvoerder.Profiel profiel) {
    }

    /**
     * Completes the due tasks dossier by dossier: the tasks of one dossier in their order on one thread, different
     * dossiers side by side when there are workers. Dossiers share nothing that the driver or the application writes
     * (each has its own events, projection rows, watchers and tasks) and every draw belongs to its task, so the
     * caseload comes out the same on one thread or on several.
     */
    private int handelAf(Collection<List<Afronding>> perDossier, ExecutorService werkers, int draden) {
        if (werkers == null) {
            return perDossier.stream().mapToInt(this::handelAf).sum();
        }
        Queue<List<Afronding>> rij = new ConcurrentLinkedQueue<>(perDossier);
        Callable<Integer> werker = () -> {
            int gedaan = 0;
            for (List<Afronding> vanDossier = rij.poll(); vanDossier != null; vanDossier = rij.poll()) {
                gedaan += handelAf(vanDossier);
            }
            return gedaan;
        };
        return Werkers.samen(werkers, Collections.nCopies(draden, werker));
    }

    private int handelAf(List<Afronding> vanDossier) {
        int gedaan = 0;
        for (Afronding afronding : vanDossier) {
            String taakId = afronding.taak().getId();
            try {
                uitvoerder.rondAf(afronding.taak(), afronding.profiel(), afronding.random());
            } catch (RuntimeException weigering) {
                if (taken.createTaskQuery().taskId(taakId).count() == 0) {
                    // Gone since the list was read: an earlier task of its dossier ended or interrupted it. Asked
                    // only now: asking before every completion cost more than all the failures do
                    continue;
                }
                // The application refused the answer (the afsluiting's check, say): as for a worker, the task stays
                // open for a person to look at; the run goes on instead of stopping the start
                geweigerd.add(taakId);
                continue;
            }
            perTaak.remove(taakId);
            vertragingen.remove(taakId);
            gedaan++;
        }
        return gedaan;
    }

    /** The inburgeraars, drawn by dossier: the instroom is spread evenly over the first half year. */
    private static List<Inburgeraar> caseload(Instellingen instellingen) {
        Gedrag gedrag = instellingen.gedrag();
        Instroomtrekking.Mix mix = new Instroomtrekking.Mix(gedrag.procentB1(), gedrag.procentZ(),
                gedrag.procentHandhaving(), gedrag.procentSchakelt(), gedrag.procentWerk());
        List<Inburgeraar> caseload = new ArrayList<>();
        for (int i = 0; i < instellingen.aantal(); i++) {
            // The inburgeraar's own draws, shared with the scale dataset; this stream draws on from where they end
            Instroomtrekking trekking = Instroomtrekking.trek(instellingen.zaad(), i, instellingen.aantal(),
                    instellingen.vanaf(), instellingen.instroomDagen(), mix, instellingen.naam());
            Random random = trekking.random();
            NieuwDossier nieuw = trekking.nieuw();
            LocalDate instroom = trekking.instroom();
            TaakUitvoerder.Profiel profiel = trekking.profiel();
            Gemeente gemeente = Gemeente.valueOf(nieuw.gemeente());
            LocalDate ontheffing = random.nextInt(100) < gedrag.procentOntheffing()
                    ? instroom.plusDays(60 + random.nextInt(670)) : null;
            // Drawn after everything else and only when asked for, so a replay's dossiers stay as they were; which
            // dossiers is not drawn (gekozen)
            LocalDate verhuizing = null;
            String naar = null;
            if (gekozen(i, instellingen.procentVerhuist(), 0)) {
                verhuizing = instroom.plusDays(30 + random.nextInt(500));
                naar = random.nextBoolean() ? "BUITEN_REGIO"
                        : Gemeente.values()[(gemeente.ordinal() + 1 + random.nextInt(Gemeente.values().length - 1))
                                % Gemeente.values().length].name();
            }
            // Likewise: DUO's vrijstelling (the demo shows one; a replay asks for none)
            LocalDate vrijstelling = null;
            if (gekozen(i, instellingen.procentVrijgesteld(), 7)) {
                vrijstelling = instroom.plusDays(90 + random.nextInt(500));
            }
            // And handhaving started by casusregie outside a voortgangsgesprek (a missed appointment, say)
            LocalDate handhaving = null;
            if (gekozen(i, instellingen.procentHandhaafd(), 3)) {
                handhaving = instroom.plusDays(150 + random.nextInt(550));
            }
            caseload.add(new Inburgeraar(i, nieuw, instroom, profiel, ontheffing, verhuizing, naar, vrijstelling,
                    handhaving));
        }
        return caseload;
    }

    /**
     * Whether dossier {@code i} is among the {@code procent} % that tell a story (a move, a vrijstelling, handhaving):
     * spread evenly over the caseload instead of drawn, so that a small caseload has each story too; {@code
     * verschuiving} keeps different stories off the same dossiers.
     */
    static boolean gekozen(int i, int procent, int verschuiving) {
        long n = i + verschuiving;
        return procent > 0 && (n + 1) * procent / 100 > n * procent / 100;
    }

    /**
     * One story the caseload tells through a message on its day: when it is due for an inburgeraar, the inburgeraar
     * once it is told (so it is told once), and the message.
     */
    private record Verhaal(String bericht, Function<Inburgeraar, LocalDate> wanneer,
                           UnaryOperator<Inburgeraar> verteld, BiFunction<String, Inburgeraar, Bericht> inhoud) {
    }

    private List<Verhaal> verhalen() {
        return List.of(
                new Verhaal("OntheffingVerleend", Inburgeraar::ontheffing, Inburgeraar::zonderOntheffing,
                        (dossierId, wie) -> new Bericht("OntheffingVerleend", null, null)),
                new Verhaal("Verhuisd", Inburgeraar::verhuizing, Inburgeraar::zonderVerhuizing,
                        (dossierId, wie) -> new Bericht("Verhuisd", wie.naarGemeente(), null)),
                new Verhaal("VrijstellingVerleend", Inburgeraar::vrijstelling, Inburgeraar::zonderVrijstelling,
                        (dossierId, wie) -> new Bericht("VrijstellingVerleend", null, null)),
                new Verhaal("HandhavingGestart", Inburgeraar::handhaving, Inburgeraar::zonderHandhaving,
                        (dossierId, wie) -> new Bericht("HandhavingGestart", null, null,
                                dossiers.vind(dossierId).leerroute() == null ? "BREDE_INTAKE_NIET_MEEGEWERKT"
                                        : "PIP_NIET_NAGEKOMEN", null, null, null)));
    }

    private void vertel(Verhaal verhaal, Map<String, Inburgeraar> perDossier, LocalDate vandaag, String actor) {
        perDossier.entrySet().stream()
                .filter(e -> verhaal.wanneer().apply(e.getValue()) != null
                        && !verhaal.wanneer().apply(e.getValue()).isAfter(vandaag))
                .map(Map.Entry::getKey).sorted().toList().forEach(dossierId -> {
                    Inburgeraar wie = perDossier.get(dossierId);
                    perDossier.put(dossierId, verhaal.verteld().apply(wie));
                    if (!wacht(dossierId, verhaal.bericht())) {
                        return;
                    }
                    try {
                        berichten.ontvang(dossierId, verhaal.inhoud().apply(dossierId, wie), actor);
                    } catch (RuntimeException nietMeer) {
                        // Closed already, or the trajectory no longer waits for it (past the point where a vrijstelling
                        // ends it, a handhaving running already): then it does not happen, as in life
                    }
                });
    }

    /**
     * Whether the dossier's trajectory waits for the message now: asking first spares the engine's error log a
     * refused correlation, which would change nothing (the message is stored only when it correlates).
     */
    private boolean wacht(String dossierId, String bericht) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list().stream()
                .anyMatch(p -> runtime.createEventSubscriptionQuery().processInstanceId(p.getId()).eventType("message")
                        .eventName(bericht).count() > 0);
    }

    /**
     * The random stream of one task: from the seed, the dossier, the task's key and how many of that task the
     * dossier had before. Its first draws decide the delay; the rest answers the task.
     */
    private static Random taakZaad(long zaad, String dossierId, String taakKey, Map<String, Integer> eerdere) {
        String sleutel = dossierId + "|" + taakKey;
        int keer = eerdere.merge(sleutel, 1, Integer::sum);
        return new Random(meng(zaad, sleutel + "|" + keer));
    }

    private final Map<String, String> dossierVanJobproces = new ConcurrentHashMap<>();
    /** Each task's random stream, until it is completed; written by the workers too. */
    private final Map<String, Random> perTaak = new ConcurrentHashMap<>();
    private final Map<String, Long> vertragingen = new ConcurrentHashMap<>();
    /** Tasks whose simulated answer the application refused: left open, not tried again. */
    private final Set<String> geweigerd = ConcurrentHashMap.newKeySet();

    /**
     * Days after its creation that the partner completes the task: drawn once per task, from its own stream. A task
     * the model marks as running for months or years (property {@code duur}) takes that long; any other is done within
     * days or weeks, or late. An unknown {@code duur} counts as none (the model check in CI names it,
     * {@code modellen.ModelControle}).
     */
    private long vertraging(Random random, Gedrag gedrag, Task taak) {
        return vertragingen.computeIfAbsent(taak.getId(), id -> switch (String.valueOf(uitvoerder.duur(taak))) {
            case "MAANDEN" -> tussen(random, gedrag.dagenMaandenMin(), gedrag.dagenMaandenMax());
            case "JAREN" -> tussen(random, gedrag.dagenJarenMin(), gedrag.dagenJarenMax());
            default -> random.nextInt(100) < gedrag.procentTeLaat()
                    ? tussen(random, gedrag.dagenTeLaatMin(), gedrag.dagenTeLaatMax())
                    : tussen(random, 0, gedrag.dagenOpTijdMax());
        });
    }

    private static long tussen(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static long meng(long zaad, String sleutel) {
        return Instroomtrekking.meng(zaad, sleutel);
    }

    static Instant moment(LocalDate dag) {
        return ZonedDateTime.of(dag, WERKDAG, Klok.ZONE).toInstant();
    }
}
