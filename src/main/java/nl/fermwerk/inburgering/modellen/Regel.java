package nl.fermwerk.inburgering.modellen;

/** The rules a deployed model must keep (issue #20), each with the short Dutch name a refusal quotes. */
public enum Regel {

    BESTANDSSOORT("alleen .bpmn, .dmn en .form"),
    LEESBAAR("leesbaar model"),
    GEEN_SCRIPTS("geen scripts"),
    GEEN_JAVA_KLASSEN("geen Java-klassen"),
    GEEN_CONNECTORS("geen connectors"),
    GEEN_JAVA_SERIALISATIE("geen Java-serialisatie"),
    TOEGESTANE_EXPRESSIES("alleen toegestane expressies"),
    TOEGESTANE_DELEGATES("alleen toegestane delegates"),
    ALLEEN_CAMUNDA_FORMS("alleen Camunda Forms"),
    ALLEEN_FEEL("alleen FEEL"),
    FORMULIERONDERDELEN("alleen toegestane formulieronderdelen"),
    GEEN_OPMAAK_UIT_VARIABELEN("geen opmaak uit variabelen"),
    VEILIGE_HTML("veilige HTML");

    private final String naam;

    Regel(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
