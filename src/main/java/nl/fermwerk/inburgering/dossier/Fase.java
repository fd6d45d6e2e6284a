package nl.fermwerk.inburgering.dossier;

/** The phases of the trajectory as a casusregisseur speaks of them. */
public enum Fase {
    WARME_OVERDRACHT,
    BREDE_INTAKE,
    PIP,
    UITVOERING,
    AFSLUITING,
    AFGESLOTEN;

    /** The Dutch words for people ({@code basis.Labels}). */
    public String label() {
        return nl.fermwerk.inburgering.basis.Labels.label("fase", name());
    }
}
