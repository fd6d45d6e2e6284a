package nl.fermwerk.inburgering.traject;

import java.util.Set;

/**
 * The two kinds of process variable that are not a task's own answer. Kept in one place: the engine's guard on user
 * writes ({@code toegang.Taakopdrachten}) and the form and partner reads use these lists, and
 * {@code ProcesvariabelenTest} checks them against the model, the forms and the starter.
 */
public final class Procesvariabelen {

    /**
     * Task-local: the betrokken groups of the task, comma separated, as the taakverdeling named them
     * ({@link Taaktoewijzing}); Tasklist's "Betrokken" filters search on it.
     */
    public static final String BETROKKEN = "betrokken";

    /**
     * Set by the system (the start of the trajectory, the routing, the Tasklist card copies, the DMN decisions, the
     * messages): they decide which dossier an event belongs to and which organisation gets the next task, so no user
     * sets them through any API. The system itself still does (a verhuizing changes {@code gemeente}).
     */
    public static final Set<String> SYSTEEM = metPlan("dossierId", "naam", "weergavenaam", "gemeente", "inkoopregio",
            "doelgroep", "uitkering", "datumKoppeling", BETROKKEN, "warmeOverdracht",
            "maatschappelijkeBegeleiding", "bijstand", "ontzorgen", "leerrouteGemeente", "pvt", "map",
            "naarGemeente", "vorigeLeerroute", "vervaldatum", "vervalmoment", "herinneringsmoment",
            "startdatum", "escalatieGroep", "taak", "nakomGebeurtenissen", "vervalGebeurtenissen", "termijnenVersie",
            "gemeenteLabel", "doelgroepLabel", "inkoopregioLabel", "datumKoppelingLabel", "leerrouteLabel",
            "pipDatumLabel", "naarGemeenteLabel", "termijnLabel", "vervaldatumLabel", "startdatumLabel", "taakLabel",
            "datumBudgetbeheerLabel");

    /**
     * The read-only context a form's header may show next to the task's own fields: who, where, which route and which
     * term, each code also as its label for people ({@code …Label}, from {@code basis.Labels}; the headers show the
     * labels). Only these reach a form or a ketenpartner from outside the task itself; all of them are in the
     * partner's view of the dossier ({@code BeperktDossier}) or in the events of its own onderdelen. A header that
     * templates in anything else shows it empty.
     */
    public static final Set<String> CONTEXT = Set.of("weergavenaam", "dossierId", "gemeente", "doelgroep",
            "datumKoppeling", "inkoopregio", "leerroute", "pipDatum", "datumBudgetbeheer", "naarGemeente", "termijn",
            "vervaldatum", "label", "startdatum", "taak", "uitkering", "gemeenteLabel", "doelgroepLabel",
            "inkoopregioLabel", "datumKoppelingLabel", "leerrouteLabel", "pipDatumLabel", "naarGemeenteLabel",
            "termijnLabel", "vervaldatumLabel", "startdatumLabel", "taakLabel", "datumBudgetbeheerLabel");

    /** The copies on every task that Tasklist's cards and filters show ({@link Taakkaart}, {@link Taaktoewijzing}). */
    public static final Set<String> KAART = Set.of("weergavenaam", "dossierId", "gemeente", "gemeenteLabel", BETROKKEN);

    private Procesvariabelen() {
    }

    /** These names plus the plan of the uitvoering's onderdelen ({@link Routewissel}): its flags steer the flow. */
    private static Set<String> metPlan(String... namen) {
        Set<String> alle = new java.util.HashSet<>(Set.of(namen));
        alle.addAll(Routewissel.VARIABELEN);
        return Set.copyOf(alle);
    }
}
