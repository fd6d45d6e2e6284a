package nl.fermwerk.inburgering.basis;

/** The four gemeenten of Ferm Werk, with their CBS code and the region in which they procure language courses. */
public enum Gemeente {
    WOERDEN("GM0632", "Woerden", Inkoopregio.U16),
    OUDEWATER("GM0589", "Oudewater", Inkoopregio.U16),
    MONTFOORT("GM0335", "Montfoort", Inkoopregio.U16),
    BODEGRAVEN_REEUWIJK("GM1901", "Bodegraven-Reeuwijk", Inkoopregio.MIDDEN_HOLLAND);

    private final String cbsCode;
    private final String naam;
    private final Inkoopregio inkoopregio;

    Gemeente(String cbsCode, String naam, Inkoopregio inkoopregio) {
        this.cbsCode = cbsCode;
        this.naam = naam;
        this.inkoopregio = inkoopregio;
    }

    public String cbsCode() {
        return cbsCode;
    }

    public String naam() {
        return naam;
    }

    public Inkoopregio inkoopregio() {
        return inkoopregio;
    }
}
