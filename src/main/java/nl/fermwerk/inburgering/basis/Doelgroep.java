package nl.fermwerk.inburgering.basis;

/** Who the inburgeraar is under the law; it decides which parts of the trajectory the gemeente offers. */
public enum Doelgroep {
    ASIELSTATUSHOUDER,
    NAREIZIGER,
    GEZINSMIGRANT,
    OVERIGE_MIGRANT;

    /** Asielstatushouders and nareizigers come through COA and get the full gemeente offer. */
    public boolean viaCoa() {
        return this == ASIELSTATUSHOUDER || this == NAREIZIGER;
    }

    /** The Dutch words for people ({@link Labels}). */
    public String label() {
        return Labels.label("doelgroep", name());
    }
}
