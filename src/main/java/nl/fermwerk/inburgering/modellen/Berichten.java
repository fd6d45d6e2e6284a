package nl.fermwerk.inburgering.modellen;

import java.util.List;

/**
 * The BPMN message names the application correlates. A message in a model that no code correlates would wait for
 * ever, so the structural check refuses every message name that is not listed here: whoever adds a correlation adds
 * its name here, and a beleidsmedewerker sees which messages exist.
 */
public final class Berichten {

    /** DUO granted ontheffing of the inburgeringsplicht. */
    public static final String ONTHEFFING_VERLEEND = "OntheffingVerleend";

    /** The inburgeraar moved to a gemeente outside Ferm Werk. */
    public static final String VERHUISD = "Verhuisd";

    public static final List<String> ALLE = List.of(ONTHEFFING_VERLEEND, VERHUISD);

    private Berichten() {
    }
}
