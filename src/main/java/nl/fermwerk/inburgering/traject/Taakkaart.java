package nl.fermwerk.inburgering.traject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.fermwerk.inburgering.basis.Labels;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossiers;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Step (b) of the {@link Taakpijplijn}: the task-local copies of what the dossier says about the inburgeraar, for the
 * task card (name, dossier number, gemeente) and for the context its form's header shows (doelgroep, datum koppeling,
 * leerroute, ...). A ketenpartner may read the task but not the process instance, and Tasklist's cards only show
 * process variables to whoever may read the instance: without the copies a partner's card shows a bare task name.
 *
 * <p>The copies come from the dossier projection of the task's business key, never from process variables, so they
 * show what the dossier says; they are written again whenever that can have changed while the task is open: after
 * every completion in the trajectory (its event may set a leerroute) and on a re-routing (a verhuizing). A process
 * outside any dossier (a test model) gets no copies. A name the task's own form asks for is never copied: that is the
 * worker's answer, not context.
 *
 * <p>People read labels, machines codes: next to each code a card or header shows, a {@code …Label} copy holds its
 * Dutch words or its date as dd-mm-jjjj ({@code basis.Labels}); the forms' headers template the labels, the Tasklist card
 * shows {@code gemeenteLabel}, and the code stays on the task for search and filters.
 */
final class Taakkaart {

    /** What the dossier projection knows of each name a card or form header shows, as the header shows it. */
    private static final Map<String, Function<DossierStaat, Object>> UIT_DOSSIER = uitDossier();

    /**
     * The labels a card or form header shows for people ({@code basis.Labels}) of values the process holds itself, not
     * the dossier: the gemeente moved to, the missed term and its vervaldatum, the start of budgetbeheer.
     */
    private static final Map<String, Function<TaskEntity, Object>> UIT_TAAK = uitTaak();

    /** The card itself: on every task, whatever its form. */
    private static final Set<String> KAART = Set.of("weergavenaam", "dossierId", "gemeente", "gemeenteLabel");

    private static final String LABEL = "Label";

    /** Every name this step or the routing ever copies onto a task (the history keeps none of them). */
    static final Set<String> KOPIEEN = kopieen();

    private final Dossiers dossiers;

    Taakkaart(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    void schrijf(TaskEntity taak) {
        dossier(taak).ifPresent(staat -> schrijf(taak, staat));
    }

    /** The trajectory's other open tasks, after a completion whose event may have changed the dossier. */
    void ververs(TaskEntity afgerond) {
        Optional<DossierStaat> staat = dossier(afgerond);
        if (staat.isEmpty()) {
            return;
        }
        for (TaskEntity ander : Context.getCommandContext().getTaskManager()
                .findTasksByProcessInstanceId(afgerond.getProcessInstanceId())) {
            if (!ander.getId().equals(afgerond.getId()) && !ander.isDeleted()) {
                schrijf(ander, staat.get());
            }
        }
    }

    private void schrijf(TaskEntity taak, DossierStaat staat) {
        Set<String> eigenVelden = formuliervelden(taak);
        Set<String> namen = new LinkedHashSet<>(KAART);
        namen.addAll(Taakantwoorden.context(taak));
        // A label goes with its code: the code stays on the task for search and for machines
        for (String naam : Set.copyOf(namen)) {
            if (naam.endsWith(LABEL)) {
                namen.add(naam.substring(0, naam.length() - LABEL.length()));
            }
        }
        namen.retainAll(KOPIEEN);
        namen.removeAll(Procesvariabelen.KAART.stream().filter(n -> !UIT_DOSSIER.containsKey(n)).toList());
        namen.removeAll(eigenVelden);
        for (String naam : namen) {
            Object waarde = UIT_DOSSIER.containsKey(naam) ? UIT_DOSSIER.get(naam).apply(staat)
                    : UIT_TAAK.get(naam).apply(taak);
            if (waarde == null) {
                if (taak.hasVariableLocal(naam)) {
                    taak.removeVariableLocal(naam);
                }
            } else if (!waarde.equals(taak.getVariableLocal(naam))) {
                taak.setVariableLocal(naam, waarde);
            }
        }
    }

    /**
     * True for a task-local variable that is one of the copies: a card or routing copy, or a context copy that is not
     * also a field of the task's own form (then it is the worker's answer, and its history is kept).
     */
    static boolean isKopie(TaskEntity taak, String naam) {
        if (Procesvariabelen.KAART.contains(naam)) {
            return true;
        }
        return KOPIEEN.contains(naam) && taak != null && !formuliervelden(taak).contains(naam);
    }

    private Optional<DossierStaat> dossier(TaskEntity taak) {
        String dossierId = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
        return dossierId == null ? Optional.empty() : dossiers.vind(dossierId);
    }

    private static Set<String> formuliervelden(TaskEntity taak) {
        return Formulieren.van(taak).map(Formulier::velden).orElse(Set.of());
    }

    private static Map<String, Function<DossierStaat, Object>> uitDossier() {
        Map<String, Function<DossierStaat, Object>> waarden = new LinkedHashMap<>();
        waarden.put("weergavenaam", DossierStaat::weergavenaam);
        waarden.put("dossierId", DossierStaat::dossierId);
        waarden.put("gemeente", s -> s.gemeente().name());
        waarden.put("doelgroep", s -> s.doelgroep().name());
        waarden.put("inkoopregio", s -> s.inkoopregio().name());
        waarden.put("datumKoppeling", s -> s.datumKoppeling().toString());
        waarden.put("leerroute", s -> s.leerroute() == null ? null : s.leerroute().name());
        waarden.put("pipDatum", s -> s.pipDatum() == null ? null : s.pipDatum().toString());
        // As the PIP form shows it, and decides on it whether to ask for participatiecomponenten
        waarden.put("uitkering", s -> s.uitkering() ? "ja" : "nee");
        // The same for people: the labels of basis.Labels, dates dd-mm-jjjj
        waarden.put("gemeenteLabel", s -> s.gemeente().naam());
        waarden.put("doelgroepLabel", s -> s.doelgroep().label());
        waarden.put("inkoopregioLabel", s -> s.inkoopregio().label());
        waarden.put("datumKoppelingLabel", s -> Labels.datum(s.datumKoppeling()));
        waarden.put("leerrouteLabel", s -> s.leerroute() == null ? null : s.leerroute().label());
        waarden.put("pipDatumLabel", s -> s.pipDatum() == null ? null : Labels.datum(s.pipDatum()));
        return Map.copyOf(waarden);
    }

    private static Map<String, Function<TaskEntity, Object>> uitTaak() {
        Map<String, Function<TaskEntity, Object>> waarden = new LinkedHashMap<>();
        waarden.put("naarGemeenteLabel", t -> label(t, "naarGemeente", w -> Labels.label("naarGemeente", w)));
        waarden.put("termijnLabel", t -> label(t, "termijn", w -> Labels.termijn(w.toString())));
        waarden.put("vervaldatumLabel", t -> label(t, "vervaldatum", Labels::datum));
        waarden.put("startdatumLabel", t -> label(t, "startdatum", Labels::datum));
        waarden.put("taakLabel", t -> label(t, "taak", w -> Labels.label("taak", w.toString())));
        waarden.put("datumBudgetbeheerLabel", t -> label(t, "datumBudgetbeheer", Labels::datum));
        return Map.copyOf(waarden);
    }

    private static Object label(TaskEntity taak, String naam, Function<Object, String> label) {
        Object waarde = taak.getVariable(naam);
        return waarde == null ? null : label.apply(waarde);
    }

    private static Set<String> kopieen() {
        Set<String> namen = new LinkedHashSet<>(Procesvariabelen.KAART);
        namen.addAll(UIT_DOSSIER.keySet());
        namen.addAll(UIT_TAAK.keySet());
        return Set.copyOf(namen);
    }
}
