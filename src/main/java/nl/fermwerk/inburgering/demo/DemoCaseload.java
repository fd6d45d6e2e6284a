package nl.fermwerk.inburgering.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import nl.fermwerk.inburgering.traject.Berichten;
import nl.fermwerk.inburgering.watals.Gedrag;
import nl.fermwerk.inburgering.watals.Naspeling;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three years of caseload on the first start of the demo, so every chart, filter and dossier page has something to
 * show: generated inburgeraars whose koppelingen spread over the last three years, driven through the real code path
 * (dossiers opened by {@link DossierService}, every task completed through its form, DUO's ontheffingen and the
 * verhuizingen through {@link Berichten}) while the engine clock walks from three years ago to today. The driver is
 * the what-if replay's ({@link Naspeling}): it follows whatever model is deployed. Seeded, so every start builds the
 * same caseload; after the 20 README dossiers, so those keep their numbers.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCaseload implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseload.class);
    static final String ACTOR = "demo-caseload";
    static final int JAREN = 3;
    /** Of the generated inburgeraars, this share moves once (half of them out of the region). */
    static final int PROCENT_VERHUIST = 8;
    /** And this share gets a vrijstelling from DUO. */
    static final int PROCENT_VRIJGESTELD = 4;
    /** And for this share casusregie starts handhaving (besides what the voortgangsgesprekken decide). */
    static final int PROCENT_HANDHAAFD = 15;
    static final int OPGEPAKT = 2;
    /** The demo users who work tasks: casusregie, the teamleider, and each partner's user (named as its group). */
    static final List<String> GEBRUIKERS_MET_WERK = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("casusregisseur", "teamleider"), Groepen.PARTNERS.stream()).toList();

    /**
     * The replay's partners (the modules and leerroutes last as long as the model's {@code duur} says, so trajectories
     * run for years and meet their voortgangsgesprekken), with more handhaving, route switches and ontheffingen: the
     * demo should show each of them.
     */
    static final Gedrag GEDRAG = new Gedrag(15, 21, 42, 140, 60, 270, 540, 1000, 55, 25, 20, 20, 40, 5, "demo");

    private static final List<String> VOORNAMEN = List.of("Amal", "Yonas", "Olena", "Mohammed", "Senait", "Farid",
            "Maria", "Ahmad", "Hana", "Dawit", "Lina", "Tariq", "Selam", "Nour", "Anastasia", "Samir", "Ruta", "Omar",
            "Zainab", "Iryna", "Abdi", "Leyla", "Kofi", "Priya", "Bilal", "Meron", "Oksana", "Youssef", "Aziza");
    private static final List<String> ACHTERNAMEN = List.of("Haddad", "Tesfay", "Kovalenko", "Al-Masri",
            "Gebremedhin", "Rahimi", "Santos", "Karimi", "Yousef", "Bekele", "Aziz", "Nouri", "Haile", "Hamdan",
            "Petrenko", "Tekle", "Saleh", "Ahmadi", "Bondar", "Warsame", "Demir", "Mensah", "Sharma", "Osman");

    private final ProcessEngine engine;
    private final DossierService dossierService;
    private final Dossiers dossiers;
    private final Berichten berichten;
    private final int aantal;
    private final long zaad;
    private final int readmeDossiers;

    DemoCaseload(ProcessEngine engine, DossierService dossierService, Dossiers dossiers, Berichten berichten,
                 @Value("${inburgering.demo.caseload:200}") int aantal,
                 @Value("${inburgering.demo.zaad:2021}") long zaad,
                 @Value("${inburgering.demo.aantal-dossiers:20}") int readmeDossiers) {
        this.engine = engine;
        this.dossierService = dossierService;
        this.dossiers = dossiers;
        this.berichten = berichten;
        this.aantal = aantal;
        this.zaad = zaad;
        this.readmeDossiers = readmeDossiers;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The marker is the caseload itself: any dossier beyond the README's means it was built (or begun) before
        if (aantal <= 0 || dossiers.aantal(null) > Math.max(0, readmeDossiers)) {
            return;
        }
        bouw();
    }

    void bouw() {
        LocalDate tot = laatsteHeleDag(Klok.nu());
        LocalDate vanaf = tot.minusYears(JAREN).plusDays(1);
        LOG.info("Demo-caseload: {} dossiers van {} tot en met {} opbouwen (zaad {}), eenmalig", aantal, vanaf, tot,
                zaad);
        long begin = System.nanoTime();
        // One driver executes the jobs, in clock order; the job executor would race it and make the caseload differ
        KlokVerzetter.inEigenTijd(engine, () -> {
            // The last koppeling a fortnight before the end, so the youngest dossiers are past their first steps
            int instroomDagen = (int) (java.time.temporal.ChronoUnit.DAYS.between(vanaf, tot) - 14);
            new Naspeling(engine, dossierService, berichten).draai(new Naspeling.Instellingen(aantal, zaad, vanaf,
                    tot, GEDRAG, instroomDagen, PROCENT_VERHUIST, PROCENT_VRIJGESTELD,
                    PROCENT_HANDHAAFD, ACTOR, DemoCaseload::naam, Runtime.getRuntime().availableProcessors()),
                    (gedaan, totaal) ->
                    LOG.info("Demo-caseload: kwartaal {}/{} gesimuleerd (tot {}), {} dossiers", gedaan, totaal,
                            Klok.vandaag(), dossiers.aantal(null)));
        });
        // What fell due between the simulation's last morning and now, at its real moment
        new KlokVerzetter(engine).voerUitWatVervaltIs();
        pakOp();
        LOG.info("Demo-caseload klaar in {} s: {} dossiers", Math.round((System.nanoTime() - begin) / 1e9),
                dossiers.aantal(null));
    }

    /**
     * A working day already begun: each demo user of a group with work has picked up the {@value #OPGEPAKT} tasks of
     * that group waiting longest, so "Mijn taken" shows something for everyone who logs in. In a fixed order (the
     * task's creation, then its dossier and key), so every start picks the same tasks.
     */
    void pakOp() {
        TaskService taken = engine.getTaskService();
        for (String gebruiker : GEBRUIKERS_MET_WERK) {
            String groep = groepVan(gebruiker);
            List<Task> open = taken.createTaskQuery().taskCandidateGroup(groep).taskUnassigned().active().list();
            if (open.isEmpty()) {
                continue;
            }
            Map<String, String> dossierVan = new HashMap<>();
            engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                    .list().forEach(p -> dossierVan.put(p.getId(), String.valueOf(p.getBusinessKey())));
            open.stream().sorted(Comparator.comparing(Task::getCreateTime)
                            .thenComparing(t -> dossierVan.getOrDefault(t.getProcessInstanceId(), ""))
                            .thenComparing(Task::getTaskDefinitionKey))
                    .limit(OPGEPAKT).forEach(t -> taken.claim(t.getId(), gebruiker));
        }
    }

    private static String groepVan(String gebruiker) {
        return switch (gebruiker) {
            case "casusregisseur" -> Groepen.CASUSREGIE;
            case "teamleider" -> Groepen.TEAMLEIDER;
            default -> gebruiker;
        };
    }

    /** The last day whose working morning (09:00, the replay's step) has passed, so no event lies in the future. */
    static LocalDate laatsteHeleDag(Instant nu) {
        ZonedDateTime hier = nu.atZone(Klok.ZONE);
        LocalDate vandaag = hier.toLocalDate();
        return hier.toLocalTime().isBefore(LocalTime.of(9, 0)) ? vandaag.minusDays(2) : vandaag.minusDays(1);
    }

    /** A generated name: no person's, the same for the same number on every start. */
    static String naam(int nummer) {
        return VOORNAMEN.get(nummer % VOORNAMEN.size()) + " "
                + ACHTERNAMEN.get((nummer * 7 + nummer / VOORNAMEN.size()) % ACHTERNAMEN.size());
    }
}
