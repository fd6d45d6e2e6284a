package nl.fermwerk.inburgering.termijnen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import nl.fermwerk.inburgering.basis.Leerroute;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The only place in Java that knows the terms: it evaluates the latest deployed version of the decision
 * {@code termijnen} (processes/termijnen.dmn) for a doelgroep and leerroute. Timers, due dates, reports and the dossier
 * page all ask here, so changing one cell in Modeler changes all of them. Results are cached per decision definition
 * id: a new deployment has a new id and is read afresh.
 */
@Component
public class Termijndefinities {

    public static final String BESLISSING = "termijnen";

    /** What the table's leerroute column sees before there is a PIP. */
    static final String LEERROUTE_ONBEKEND = "ONBEKEND";

    /** Reads the rows of one version of the table for a doelgroep and leerroute. */
    private interface Lezer {
        List<Map<String, Object>> lees(String versie, VariableMap invoer);
    }

    private final Lezer lezer;
    private final Supplier<String> versie;
    private final Supplier<List<String>> alleVersies;
    private final Map<String, List<Termijndefinitie>> cache;
    private final Map<String, Set<String>> gebeurtenissenTot;

    @Autowired
    public Termijndefinities(RepositoryService repository) {
        this(lezer(new GedeployedeTabel(), repository), () -> laatsteVersie(repository),
                () -> alleVersies(repository));
    }

    /**
     * Reads a deployed version of the table in memory, with a DMN engine of its own over that version's XML (parsed
     * once per version). The engine's DecisionService would write decision history for every first reading of a
     * doelgroep and leerroute: nobody reads that history for this table, and a read-only transaction (every figure
     * "as of" a peildatum, on PostgreSQL) refuses the write, so the first dashboard after a restart or a deployment
     * failed. The table is FEEL only ({@code modellen.DmnKeuring}), which this engine evaluates as the process engine's.
     */
    private static final class GedeployedeTabel {

        private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        private final Map<String, DmnDecision> versies = new ConcurrentHashMap<>();
        /** The rows per version, doelgroep and leerroute, as the models' term arithmetic reads them. */
        private final Map<String, List<Termijndefinitie>> rijen = new ConcurrentHashMap<>();

        /** The engine that deployed the versions is handed in, not held: {@link #PER_ENGINE} keeps it weakly. */
        List<Map<String, Object>> lees(RepositoryService repository, String versie, VariableMap invoer) {
            return dmn.evaluateDecisionTable(versies.computeIfAbsent(versie, v -> parse(repository, v)), invoer)
                    .getResultList();
        }

        private DmnDecision parse(RepositoryService repository, String versie) {
            try (InputStream xml = repository.getDecisionModel(versie)) {
                return dmn.parseDecision(BESLISSING, xml);
            } catch (IOException e) {
                throw new UncheckedIOException("Versie " + versie + " van de tabel " + BESLISSING
                        + " is niet te lezen", e);
            }
        }
    }

    private static Lezer lezer(GedeployedeTabel tabel, RepositoryService repository) {
        return (versie, invoer) -> tabel.lees(repository, versie, invoer);
    }

    private Termijndefinities(Lezer lezer, Supplier<String> versie, Supplier<List<String>> alleVersies) {
        this(lezer, versie, alleVersies, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private Termijndefinities(Lezer lezer, Supplier<String> versie, Supplier<List<String>> alleVersies,
                              Map<String, List<Termijndefinitie>> cache, Map<String, Set<String>> gebeurtenissenTot) {
        this.lezer = lezer;
        this.versie = versie;
        this.alleVersies = alleVersies;
        this.cache = cache;
        this.gebeurtenissenTot = gebeurtenissenTot;
    }

    /**
     * The table as deployed now, for one calculation over many dossiers (a dashboard, a report, a replay's figures):
     * the latest version is asked once here instead of once per term per dossier, and every dossier of the
     * calculation is measured against the same version.
     */
    public Termijndefinities vastgezet() {
        String nu = versie.get();
        return new Termijndefinities(lezer, () -> nu, alleVersies, cache, gebeurtenissenTot);
    }

    /**
     * The id of the version of the table this instance reads: the latest deployed now, or the one it was fixed on
     * ({@link #vastgezet()}). Stored next to figures computed from the table, so that a later deployment shows which
     * of them are out of date.
     */
    public String versie() {
        return versie.get();
    }

    /**
     * The table as the file processes/termijnen.dmn states it, read by a DMN engine of its own: for calculations
     * without a running process engine (pure tests of the reports). The application itself reads the deployed table.
     */
    public static Termijndefinities uitBestand() {
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream bestand = new ClassPathResource("processes/" + BESLISSING + ".dmn").getInputStream()) {
            DmnDecision tabel = dmn.parseDecision(BESLISSING, bestand);
            return new Termijndefinities((definitie, invoer) -> dmn.evaluateDecisionTable(tabel, invoer)
                    .getResultList(), () -> "bestand", () -> List.of("bestand"));
        } catch (IOException e) {
            throw new UncheckedIOException("processes/" + BESLISSING + ".dmn is niet te lezen", e);
        }
    }

    /** Every term of the table that applies to this doelgroep (and leerroute, null before the PIP). */
    public List<Termijndefinitie> voor(Doelgroep doelgroep, Leerroute leerroute) {
        return rijen(versie.get(), doelgroep, leerroute == null ? LEERROUTE_ONBEKEND : leerroute.name());
    }

    /**
     * One term as an earlier version of the table states it, whatever the leerroute: the row a term watcher started
     * under that version runs by (its lists, its escalation group, its task), however the table changed since.
     */
    public Optional<Termijndefinitie> van(String versie, String termijn, Doelgroep doelgroep) {
        return rijen(versie, doelgroep, LEERROUTE_ONBEKEND).stream().filter(d -> d.termijn().equals(termijn))
                .findFirst();
    }

    private List<Termijndefinitie> rijen(String definitie, Doelgroep doelgroep, String route) {
        return cache.computeIfAbsent(definitie + "|" + doelgroep + "|" + route, sleutel -> lees(definitie, doelgroep,
                route));
    }

    /** One term for this doelgroep, whatever the leerroute. */
    public Optional<Termijndefinitie> van(String termijn, Doelgroep doelgroep) {
        return van(versie.get(), termijn, doelgroep);
    }

    /** One term that must exist for this doelgroep; a table without it is a broken deployment. */
    public Termijndefinitie verplicht(String termijn, Doelgroep doelgroep) {
        return van(termijn, doelgroep).orElseThrow(() -> new IllegalStateException("De tabel " + BESLISSING
                + " heeft geen termijn " + termijn + " voor doelgroep " + doelgroep));
    }

    /**
     * Whether an event of this type starts, meets or withdraws a term in any version of the table deployed so far: a
     * running watcher keeps the lists of the version it started under, so an older version's events still count.
     * Known per latest version: a deployment makes a new latest version, and every older one was there before it.
     */
    public boolean raakt(String gebeurtenis) {
        return gebeurtenissenTot.computeIfAbsent(versie.get(), laatste -> gebeurtenissenVanAlleVersies())
                .contains(gebeurtenis);
    }

    private Set<String> gebeurtenissenVanAlleVersies() {
        Set<String> gebeurtenissen = new HashSet<>();
        List<String> routes = new ArrayList<>(List.of(LEERROUTE_ONBEKEND));
        Arrays.stream(Leerroute.values()).map(Leerroute::name).forEach(routes::add);
        for (String definitie : alleVersies.get()) {
            for (Doelgroep doelgroep : Doelgroep.values()) {
                for (String route : routes) {
                    for (Termijndefinitie d : lees(definitie, doelgroep, route)) {
                        gebeurtenissen.add(d.startGebeurtenis());
                        gebeurtenissen.addAll(d.nakomGebeurtenissen());
                        gebeurtenissen.addAll(d.vervalGebeurtenissen());
                    }
                }
            }
        }
        return Set.copyOf(gebeurtenissen);
    }

    private static List<String> alleVersies(RepositoryService repository) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(BESLISSING).withoutTenantId().list()
                .stream().map(DecisionDefinition::getId).toList();
    }

    private static String laatsteVersie(RepositoryService repository) {
        return LaatsteVersies.beslissing(repository, BESLISSING).orElseThrow(() -> new IllegalStateException(
                "De beslistabel " + BESLISSING + " is niet gedeployd"));
    }

    private List<Termijndefinitie> lees(String definitie, Doelgroep doelgroep, String leerroute) {
        return lezer.lees(definitie, invoer(doelgroep, leerroute)).stream().map(Termijndefinities::rij).toList();
    }

    /**
     * The same reading on whichever engine a model runs in (the expression bean {@link Termijnen} also serves the
     * benchmark's bare engine, which has no Spring beans): the latest deployed version, read in memory as
     * {@link GedeployedeTabel} does. Through the engine's DecisionService every trajectory wrote a decision instance
     * with some 90 output rows of history for its voortgangsgesprek cycle (6 rows per completed task in bench/run.sh),
     * which nobody reads.
     */
    static List<Termijndefinitie> lees(ProcessEngineServices engine, Doelgroep doelgroep, Leerroute leerroute) {
        RepositoryService repository = engine.getRepositoryService();
        String route = leerroute == null ? LEERROUTE_ONBEKEND : leerroute.name();
        String versie = laatsteVersie(repository);
        GedeployedeTabel tabel = PER_ENGINE.computeIfAbsent(repository, r -> new GedeployedeTabel());
        // Every firing of a trajectory's voortgangsgesprek cycle asks: evaluating the FEEL table each time was 5 % of
        // a completed task's time (bench/run.sh with JFR), and a deployed version's rows never change
        return tabel.rijen.computeIfAbsent(versie + '|' + doelgroep + '|' + route, sleutel -> tabel
                .lees(repository, versie, invoer(doelgroep, route)).stream().map(Termijndefinities::rij).toList());
    }

    /**
     * The parsed versions per engine; weak, so an engine that is closed (a test's, a benchmark's) lets go of them. The
     * values do not hold the engine: a value that did would keep its own key alive.
     */
    private static final Map<RepositoryService, GedeployedeTabel> PER_ENGINE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static VariableMap invoer(Doelgroep doelgroep, String leerroute) {
        return Variables.createVariables().putValue("doelgroep", doelgroep.name()).putValue("leerroute", leerroute);
    }

    private static Termijndefinitie rij(Map<String, Object> r) {
        String termijn = tekst(r, "termijn");
        return new Termijndefinitie(termijn, tekst(r, "label"), tekst(r, "soort"), tekst(r, "startGebeurtenis"),
                tekst(r, "startVeld"), Boolean.TRUE.equals(r.get("vanafDagErna")), periode(termijn, tekst(r, "duur")),
                lijst(tekst(r, "nakomGebeurtenissen")), lijst(tekst(r, "vervalGebeurtenissen")),
                tekst(r, "escalatieGroep"), periode(termijn, tekst(r, "herinnering")), lijst(tekst(r, "taak")));
    }

    private static String tekst(Map<String, Object> r, String naam) {
        Object waarde = r.get(naam);
        return waarde == null ? "" : waarde.toString().strip();
    }

    static Period periode(String termijn, String duur) {
        if (duur.isEmpty()) {
            return Period.ZERO;
        }
        try {
            return Period.parse(duur);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Termijn " + termijn + ": '" + duur + "' is geen ISO-8601-duur in dagen,"
                    + " weken, maanden of jaren (bijvoorbeeld P2W, P1M, P1Y)", e);
        }
    }

    static List<String> lijst(String tekst) {
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
