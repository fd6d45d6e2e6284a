package nl.fermwerk.inburgering.termijnen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.toegang.AlsSysteem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets every term run from its legal start, whatever step the trajectory is in: on each recorded dossier event (in the
 * transaction that records it) it starts a watcher ({@code processes/termijnbewaking.bpmn}) for every term of the table
 * that this event starts, and tells the running watchers of the dossier when the event meets or withdraws their term.
 * A watcher has the dossier number as business key, like the trajectory, so its task gets the dossier's card and
 * rights; the term's code is its variable {@code termijn}, and one term never has two watchers.
 */
@Component
public class Termijnbewaking {

    public static final String PROCES = "termijnbewaking";
    static final String GEHAALD = "TermijnGehaald";
    static final String VERVALLEN = "TermijnVervallen";
    static final String VERLENGD = "TermijnVerlengd";

    private final RuntimeService runtime;
    private final HistoryService historie;
    private final IdentityService identiteit;
    private final Termijndefinities definities;
    private final Dossiers dossiers;
    private final Gebeurtenissen gebeurtenissen;

    public Termijnbewaking(RuntimeService runtime, HistoryService historie, IdentityService identiteit,
                           Termijndefinities definities, Dossiers dossiers, Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.runtime = runtime;
        this.historie = historie;
        this.identiteit = identiteit;
        this.definities = definities;
        this.dossiers = dossiers;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        if (gebeurtenis.feit() == null || gebeurtenis.feit() instanceof Feit.Onbekend) {
            return;
        }
        AlsSysteem.voer(identiteit, () -> {
            if (!bijzonder(gebeurtenis) && !definities.raakt(gebeurtenis.type())) {
                // Most events of a trajectory start, meet and withdraw no term: they need no look at the watchers
                return;
            }
            startTermijnen(gebeurtenis, meldAanLopende(gebeurtenis));
        });
    }

    /** Events that act on a watcher whatever the table says. */
    private static boolean bijzonder(Gebeurtenis gebeurtenis) {
        return gebeurtenis.feit() instanceof Feit.TermijnVerlengd || gebeurtenis.feit() instanceof Feit.TermijnHerberekend
                || gebeurtenis.feit() instanceof Feit.DossierAfgesloten;
    }

    /**
     * Tells the running watchers of the dossier about the event. Returns what it learned on the way, for the start of
     * new terms: per term with a running watcher, true when the watcher certainly still runs, false when this event was
     * correlated to it (it may have ended); null when it did not look.
     */
    private Map<String, Boolean> meldAanLopende(Gebeurtenis gebeurtenis) {
        String type = gebeurtenis.type();
        if (gebeurtenis.feit() instanceof Feit.TermijnVerlengd verlengd) {
            Optional<ProcessInstance> watcher = lopend(gebeurtenis.dossierId(), verlengd.termijn());
            if (watcher.isPresent()) {
                verplaats(watcher.get(), verlengd.tot(), true);
            } else {
                bewaakOpnieuw(gebeurtenis, verlengd);
            }
            return null;
        }
        if (gebeurtenis.feit() instanceof Feit.TermijnHerberekend herberekend) {
            lopend(gebeurtenis.dossierId(), herberekend.termijn())
                    .ifPresent(w -> verplaats(w, herberekend.nieuw(), false));
            return null;
        }
        if (gebeurtenis.feit() instanceof Feit.DossierAfgesloten) {
            // The plicht has ended here: no term of the dossier can be met or escalate any more, whatever the table
            // lists, and an escalation nobody handled has nothing left to handle
            for (ProcessInstance watcher : lopend(gebeurtenis.dossierId())) {
                correleer(watcher, VERVALLEN, Variables.createVariables().putValue("reden", type));
            }
            return null;
        }
        Map<String, Boolean> termijnen = new HashMap<>();
        List<ProcessInstance> watchers = lopend(gebeurtenis.dossierId());
        if (watchers.isEmpty()) {
            return termijnen;
        }
        // The lists of every watcher in one query: per watcher it was a query for each event of the dossier
        Map<String, Map<String, Object>> lijsten = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(watchers.stream().map(ProcessInstance::getId).toArray(String[]::new))
                .variableNameIn("termijn", "doelgroep", Bewakingsrij.VERSIE, "nakomGebeurtenissen",
                        "vervalGebeurtenissen").disableBinaryFetching()
                .disableCustomObjectDeserialization().list()
                .forEach(v -> lijsten.computeIfAbsent(v.getProcessInstanceId(), p -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        for (ProcessInstance watcher : watchers) {
            Map<String, Object> v = lijsten.getOrDefault(watcher.getId(), Map.of());
            Bewakingsrij rij = new Bewakingsrij(v::get, definities);
            boolean gemeld = true;
            if (rij.nakomGebeurtenissen().contains(type)) {
                correleer(watcher, GEHAALD, Variables.createVariables());
            } else if (rij.vervalGebeurtenissen().contains(type)) {
                correleer(watcher, VERVALLEN, Variables.createVariables().putValue("reden", type));
            } else {
                gemeld = false;
            }
            termijnen.merge(tekst(v.get("termijn")), !gemeld, Boolean::logicalAnd);
        }
        return termijnen;
    }

    /**
     * DUO extended a term whose watcher already ended (the teamleider handled its escalation): the extended end is
     * watched by a new watcher, from the term's own start, so that passing it escalates again.
     */
    private void bewaakOpnieuw(Gebeurtenis gebeurtenis, Feit.TermijnVerlengd verlengd) {
        Optional<Dossier> dossier = dossier(gebeurtenis);
        if (dossier.isEmpty() || verlengd.tot() == null) {
            return;
        }
        Termijndefinities tabel = definities.vastgezet();
        tabel.van(verlengd.termijn(), dossier.get().doelgroep()).filter(Termijndefinitie::bewaakt).ifPresent(d -> {
            LocalDate start = historie.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
                    .processInstanceBusinessKey(gebeurtenis.dossierId()).variableValueEquals("termijn", d.termijn())
                    .orderByProcessInstanceStartTime().desc().list().stream().findFirst()
                    .map(w -> historie.createHistoricVariableInstanceQuery().processInstanceId(w.getId())
                            .variableName("startdatum").singleResult())
                    .map(v -> LocalDate.parse(String.valueOf(v.getValue())))
                    .orElse(startdatum(gebeurtenis, null));
            VariableMap variabelen = variabelen(gebeurtenis.dossierId(), dossier.get(), d, start, tabel.versie());
            variabelen.putAll(data(d, verlengd.tot()));
            variabelen.putValue("verlengd", true);
            runtime.startProcessInstanceByKey(PROCES, gebeurtenis.dossierId(), variabelen);
        });
    }

    /** @param bekend what {@link #meldAanLopende} learned about the running watchers; null: ask the engine */
    private void startTermijnen(Gebeurtenis gebeurtenis, Map<String, Boolean> bekend) {
        Optional<Dossier> dossier = dossier(gebeurtenis);
        if (dossier.isEmpty()) {
            return;
        }
        Termijndefinities tabel = definities.vastgezet();
        for (Termijndefinitie d : tabel.voor(dossier.get().doelgroep(), dossier.get().leerroute())) {
            if (d.bewaakt() && d.startGebeurtenis().equals(gebeurtenis.type())
                    && !loopt(gebeurtenis.dossierId(), d.termijn(), bekend)) {
                LocalDate start = startdatum(gebeurtenis, d.startVeld());
                runtime.startProcessInstanceByKey(PROCES, gebeurtenis.dossierId(),
                        variabelen(gebeurtenis.dossierId(), dossier.get(), d, start, tabel.versie()));
            }
        }
    }

    private boolean loopt(String dossierId, String termijn, Map<String, Boolean> bekend) {
        if (bekend == null || Boolean.FALSE.equals(bekend.get(termijn))) {
            return lopend(dossierId, termijn).isPresent();
        }
        return bekend.containsKey(termijn);
    }

    /**
     * Every term of a dossier that ever ran, oldest first, with its current status: read from the watchers' own
     * history, so the page shows exactly what the engine does.
     */
    public List<Termijnstand> vanDossier(String dossierId) {
        return AlsSysteem.voer(identiteit, () -> {
            List<Termijnstand> standen = new ArrayList<>();
            for (HistoricProcessInstance w : historie.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
                    .processInstanceBusinessKey(dossierId).orderByProcessInstanceStartTime().asc().list()) {
                Map<String, Object> v = new HashMap<>();
                historie.createHistoricVariableInstanceQuery().processInstanceId(w.getId()).list()
                        .forEach(h -> v.put(h.getName(), h.getValue()));
                Bewakingsrij rij = new Bewakingsrij(v::get, definities);
                standen.add(new Termijnstand(tekst(v.get("termijn")), rij.label(), tekst(v.get("startdatum")),
                        tekst(v.get("vervaldatum")), status(w, v), rij.taak()));
            }
            return standen;
        });
    }

    private String status(HistoricProcessInstance watcher, Map<String, Object> variabelen) {
        String einde = watcher.getEndActivityId();
        if (watcher.getEndTime() != null && einde == null) {
            // ended from outside (the trajectory's data removed, an instance deleted by beheer): no longer watched
            return Termijnstand.VERVALLEN;
        }
        if (einde == null) {
            if (runtime.getActiveActivityIds(watcher.getId()).stream().anyMatch(a -> !a.startsWith("Termijn_loopt")
                    && !a.equals("Herinneringsdatum") && !a.equals("Vervaldatum") && !a.equals("Herinnering"))) {
                return Termijnstand.OVERSCHREDEN;
            }
            return Boolean.TRUE.equals(variabelen.get("verlengd")) ? Termijnstand.VERLENGD : Termijnstand.LOPEND;
        }
        return switch (einde) {
            case "End_Gehaald" -> Termijnstand.GEHAALD;
            case "End_Vervallen" -> Termijnstand.VERVALLEN;
            default -> Termijnstand.OVERSCHREDEN;
        };
    }

    /** Moves a running term's deadline (DUO's extension, a recalculation); the watcher's timers follow. */
    private void verplaats(ProcessInstance watcher, LocalDate nieuweVervaldatum, boolean doorDuo) {
        Termijndefinitie d = definitie(watcher.getId());
        VariableMap data = data(d, nieuweVervaldatum);
        if (doorDuo) {
            data.putValue("verlengd", true);
        }
        correleer(watcher, VERLENGD, data);
    }

    private Termijndefinitie definitie(String watcher) {
        Object termijn = runtime.getVariable(watcher, "termijn");
        Object doelgroep = runtime.getVariable(watcher, "doelgroep");
        return definities.verplicht(String.valueOf(termijn), Doelgroep.valueOf(String.valueOf(doelgroep)));
    }

    /** A running term whose deadline the latest table would set differently. */
    public record Herberekening(String dossierId, String termijn, LocalDate oud, LocalDate nieuw) {
    }

    /**
     * The dry run of applying the latest table to running dossiers: every term still waiting for its deadline (not
     * escalated, not extended by DUO) whose deadline from its own start would now be another day. Changes nothing.
     */
    public List<Herberekening> proefdraai() {
        return AlsSysteem.voer(identiteit, () -> {
            List<Herberekening> lijst = new ArrayList<>();
            for (ProcessInstance w : runtime.createProcessInstanceQuery().processDefinitionKey(PROCES).active()
                    .orderByBusinessKey().asc().list()) {
                List<String> actief = runtime.getActiveActivityIds(w.getId());
                Map<String, Object> v = runtime.getVariables(w.getId());
                if (!(actief.contains("Herinneringsdatum") || actief.contains("Vervaldatum"))
                        || Boolean.TRUE.equals(v.get("verlengd"))) {
                    continue;
                }
                LocalDate oud = LocalDate.parse(tekst(v.get("vervaldatum")));
                Optional<Termijndefinitie> d = definities.van(tekst(v.get("termijn")),
                        Doelgroep.valueOf(tekst(v.get("doelgroep"))));
                if (d.isPresent()) {
                    LocalDate nieuw = d.get().vervaldatum(LocalDate.parse(tekst(v.get("startdatum"))));
                    if (!nieuw.equals(oud)) {
                        lijst.add(new Herberekening(w.getBusinessKey(), tekst(v.get("termijn")), oud, nieuw));
                    }
                }
            }
            return lijst;
        });
    }

    /**
     * Applies the latest table to running dossiers, as the dry run showed: each recalculated deadline is the event
     * {@code TermijnHerberekend} (old, new) in its dossier, which moves the watcher's timers.
     */
    @Transactional
    public List<Herberekening> herbereken(String actor) {
        List<Herberekening> lijst = proefdraai();
        for (Herberekening h : lijst) {
            gebeurtenissen.voegToe(h.dossierId(), new Feit.TermijnHerberekend(h.termijn(), h.oud(), h.nieuw()),
                    Klok.nu(), actor);
        }
        return lijst;
    }

    /** The running watchers of a dossier. */
    public List<ProcessInstance> lopend(String dossierId) {
        return AlsSysteem.voer(identiteit, () -> LopendeBewakers.van(runtime, dossierId));
    }

    /** The running watcher of one term of a dossier, if any. */
    public Optional<ProcessInstance> lopend(String dossierId, String termijn) {
        return AlsSysteem.voer(identiteit, () -> LopendeBewakers.van(runtime, dossierId, termijn));
    }

    /** The current vervaldatum of a running term of a dossier (as extended or recalculated), if it runs. */
    public Optional<LocalDate> vervaldatum(String dossierId, String termijn) {
        return AlsSysteem.voer(identiteit, () -> vervaldatum(runtime, dossierId, termijn));
    }

    /**
     * The same inside an engine command (a task listener), on the engine's own services: for code the engine itself
     * calls, which cannot wait for this bean.
     */
    public static Optional<LocalDate> vervaldatum(ProcessEngineServices engine, String dossierId, String termijn) {
        return AlsSysteem.voer(null, () -> vervaldatum(engine.getRuntimeService(), dossierId, termijn));
    }

    private static Optional<LocalDate> vervaldatum(RuntimeService runtime, String dossierId, String termijn) {
        return LopendeBewakers.van(runtime, dossierId, termijn)
                .map(w -> LocalDate.parse(String.valueOf(runtime.getVariable(w.getId(), "vervaldatum"))));
    }

    /**
     * What a watcher holds of its term: the rest of the row (its lists, task, escalation group, label) it reads from the
     * version of the table it started under ({@link Bewakingsrij}).
     */
    static VariableMap variabelen(String dossierId, Dossier dossier, Termijndefinitie d, LocalDate start,
                                  String versie) {
        return data(d, d.vervaldatum(start))
                .putValue("dossierId", dossierId)
                .putValue("gemeente", dossier.gemeente() == null ? null : dossier.gemeente().name())
                .putValue("doelgroep", dossier.doelgroep().name())
                .putValue("termijn", d.termijn())
                .putValue("startdatum", start.toString())
                .putValue(Bewakingsrij.VERSIE, versie);
    }

    /** The dates of a term that ends on this day: what the watcher's timers and the task's due date read. */
    static VariableMap data(Termijndefinitie d, LocalDate vervaldatum) {
        return Variables.createVariables()
                .putValue("vervaldatum", vervaldatum.toString())
                .putValue("vervalmoment", Termijnen.eindeVanDag(vervaldatum))
                .putValue("herinneringsmoment", Termijnen.beginVanDag(d.herinneringsdatum(vervaldatum)));
    }

    private void correleer(ProcessInstance watcher, String bericht, VariableMap variabelen) {
        // A watcher past its deadline listens only for "vervallen" (on its escalation task): met or extended after
        // the deadline, the escalation is the teamleider's to handle
        runtime.createMessageCorrelation(bericht).processInstanceId(watcher.getId()).setVariables(variabelen)
                .correlateAllWithResult();
    }

    /** The date the term counts from: the named date field of the event, else the day the event is about. */
    static LocalDate startdatum(Gebeurtenis gebeurtenis, String veld) {
        Object waarde = veld == null || veld.isEmpty() ? null : gebeurtenis.data().get(veld);
        if (waarde != null) {
            try {
                return LocalDate.parse(waarde.toString().substring(0, Math.min(10, waarde.toString().length())));
            } catch (DateTimeParseException e) {
                // an older event with another date format: its business day
            }
        }
        return gebeurtenis.datum();
    }

    private Optional<Dossier> dossier(Gebeurtenis gebeurtenis) {
        if (gebeurtenis.feit() instanceof Feit.DossierAangemaakt a) {
            return Optional.of(new Dossier(a.doelgroep(), a.gemeente(), null));
        }
        Optional<DossierStaat> staat = dossiers.vind(gebeurtenis.dossierId());
        if (staat.isEmpty() || staat.get().doelgroep() == null) {
            return Optional.empty();
        }
        Leerroute leerroute = gebeurtenis.feit() instanceof Feit.PipVastgesteld pip ? pip.leerroute()
                : staat.get().leerroute();
        return Optional.of(new Dossier(staat.get().doelgroep(), staat.get().gemeente(), leerroute));
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }

    record Dossier(Doelgroep doelgroep, Gemeente gemeente, Leerroute leerroute) {
    }
}
