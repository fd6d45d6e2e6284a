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
    public static final String TERMIJN_BEWAKING_AFGEHANDELD = "TermijnBewakingAfgehandeld";
    public static final String LEERBAARHEIDSTOETS_AFGENOMEN = "LeerbaarheidstoetsAfgenomen";
    public static final String BOETE_OPGELEGD = "BoeteOpgelegd";
    public static final String VOORTGANGSGESPREK_GEVOERD = "VoortgangsgesprekGevoerd";
    public static final String ONTHEFFING_VERLEEND = "OntheffingVerleend";
    public static final String DOSSIER_OVERGEDRAGEN = "DossierOvergedragen";

    private GebeurtenisTypen() {
    }
}
