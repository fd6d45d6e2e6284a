package nl.fermwerk.inburgering.modellen;

/** One problem in one model: the file and the element a beleidsmedewerker must open in Modeler, and what is wrong. */
public record Bevinding(String bestand, String element, String melding) {

    @Override
    public String toString() {
        return bestand + (element == null || element.isBlank() ? "" : " › " + element) + ": " + melding;
    }
}
