package nl.fermwerk.inburgering.dossier;

/** The phases of the trajectory as a casusregisseur speaks of them. */
public enum Fase {
    WARME_OVERDRACHT,
    BREDE_INTAKE,
    PIP,
    UITVOERING,
    AFSLUITING,
    AFGESLOTEN
}
