package nl.fermwerk.inburgering.modellen;

import java.util.List;

/**
 * The BPMN message names the application correlates: the one list, used by the model check and by the trajectory's
 * message endpoint ({@code traject.Berichten}). A message in a model that no code correlates would wait for ever, so
 * the structural check refuses every message name that is not listed here: whoever adds a correlation adds its name
 * here, and a beleidsmedewerker sees which messages exist. Each message is recorded as the dossier fact of the same
 * name ({@code dossier.Feit}).
 */
public final class Berichten {

    /** DUO granted ontheffing of the inburgeringsplicht. */
    public static final String ONTHEFFING_VERLEEND = "OntheffingVerleend";

    /** The inburgeraar moved, within the region or out of it. */
    public static final String VERHUISD = "Verhuisd";

    /** DUO granted vrijstelling of the inburgeringsplicht. */
    public static final String VRIJSTELLING_VERLEEND = "VrijstellingVerleend";

    /**
     * Casusregie starts handhaving, in whatever phase (docs/traject.md). Recorded always; delivered to the trajectory
     * only when its model waits for it (an event subprocess), so it never fails for a phase that has no handhaving.
     */
    public static final String HANDHAVING_GESTART = "HandhavingGestart";

        /**
     * DUO extended the inburgeringstermijn. Recorded as an event; the term's watcher hears it from
     * {@code termijnen.Termijnbewaking}, not from the endpoint (every watcher of the dossier waits for this name).
     */
    public static final String TERMIJN_VERLENGD = "TermijnVerlengd";

    public static final List<String> ALLE = List.of(ONTHEFFING_VERLEEND, VERHUISD, VRIJSTELLING_VERLEEND,
            HANDHAVING_GESTART, TERMIJN_VERLENGD);

    /** The inburgeringstermijn passed unmet: the term watcher tells the trajectory ({@code termijnen.TermijnOverschreden}). */
    public static final String INBURGERINGSTERMIJN_VERSTREKEN = "InburgeringstermijnVerstreken";

    /** DUO extended the inburgeringstermijn: the trajectory hears it from {@code traject.Berichten}, apart from the watchers. */
    public static final String INBURGERINGSTERMIJN_VERLENGD = "InburgeringstermijnVerlengd";

    /**
     * Messages the application correlates itself, never accepted from outside: the term watcher
     * ({@code processes/termijnbewaking.bpmn}) hears from {@code termijnen.Termijnbewaking} that its term was met,
     * withdrawn, or extended/recalculated; the trajectory hears that the inburgeringstermijn passed or was extended.
     */
    public static final List<String> INTERN = List.of("TermijnGehaald", "TermijnVervallen",
            INBURGERINGSTERMIJN_VERSTREKEN, INBURGERINGSTERMIJN_VERLENGD);

    /** Every message name a model may wait for. */
    public static boolean wordtOntvangen(String naam) {
        return ALLE.contains(naam) || INTERN.contains(naam);
    }

    private Berichten() {
    }
}
