package nl.fermwerk.inburgering.dossier;

/** Names of the events that the dossier projection understands; Dutch past tense, as the law and the plan speak. */
public final class GebeurtenisTypen {

    public static final String DOSSIER_AANGEMAAKT = "DossierAangemaakt";
    public static final String OVERDRACHT_COA_AFGEROND = "OverdrachtCoaAfgerond";
    public static final String BREDE_INTAKE_AFGEROND = "BredeIntakeAfgerond";
    public static final String PIP_VASTGESTELD = "PipVastgesteld";
    public static final String PIP_BIJGESTELD = "PipBijgesteld";
    public static final String AFSLUITING_GESTART = "AfsluitingGestart";
    public static final String VERHUISD = "Verhuisd";
    public static final String DOSSIER_AFGESLOTEN = "DossierAfgesloten";
    public static final String TERMIJN_OVERSCHREDEN = "TermijnOverschreden";

    private GebeurtenisTypen() {
    }
}
