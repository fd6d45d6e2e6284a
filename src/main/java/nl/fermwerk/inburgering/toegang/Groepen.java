package nl.fermwerk.inburgering.toegang;

import java.util.List;

/** The Camunda group ids (docs/ontwerp.md, "Groups"): the chain partners and the roles within Ferm Werk. */
public final class Groepen {

    public static final String CASUSREGIE = "fermwerk-casusregie";
    public static final String TEAMLEIDER = "fermwerk-teamleider";
    public static final String BELEIDSMEDEWERKER = "beleidsmedewerker";
    public static final String MANAGEMENT = "management";
    public static final String FUNCTIONEEL_BEHEER = "functioneel-beheer";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Ketenpartners: they see only the work that the taakverdeling routes to them. */
    public static final List<String> PARTNERS = List.of("vsgh", "vluchtelingenwerk", "nl-training", "sam-welzijn",
            "swom", "woerden-wijzer", "stadsteam-oudewater", "sociaal-team-bodegraven-reeuwijk",
            "regio-midden-holland");

    public static final List<String> FERM_WERK = List.of(CASUSREGIE, TEAMLEIDER);

    public static final List<String> ROLLEN = List.of(BELEIDSMEDEWERKER, MANAGEMENT, FUNCTIONEEL_BEHEER);

    private Groepen() {
    }

    public static List<String> alle() {
        return java.util.stream.Stream.of(FERM_WERK, PARTNERS, ROLLEN).flatMap(List::stream).toList();
    }
}
