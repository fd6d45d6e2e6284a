package nl.fermwerk.inburgering.traject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 */
final class Taakkaart {

    /** What the dossier projection knows of each name a card or form header shows, as the header shows it. */
    private static final Map<String, Function<DossierStaat, Object>> UIT_DOSSIER = uitDossier();

    /** The card itself: on every task, whatever its form. */
    private static final Set<String> KAART = Set.of("weergavenaam", "dossierId", "gemeente");

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
        namen.retainAll(UIT_DOSSIER.keySet());
        namen.removeAll(eigenVelden);
        for (String naam : namen) {
            Object waarde = UIT_DOSSIER.get(naam).apply(staat);
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
        return Map.copyOf(waarden);
    }

    private static Set<String> kopieen() {
        Set<String> namen = new LinkedHashSet<>(Procesvariabelen.KAART);
        namen.addAll(UIT_DOSSIER.keySet());
        return Set.copyOf(namen);
    }
}
