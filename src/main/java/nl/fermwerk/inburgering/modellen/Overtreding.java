package nl.fermwerk.inburgering.modellen;

/**
 * One breach of a {@link Regel} in one file of a deployment: the file and the element id a beleidsmedewerker opens
 * in Camunda Modeler, what is wrong, and which rule says so.
 */
public record Overtreding(String bestand, String element, Regel regel, String melding) {

    @Override
    public String toString() {
        return bestand + (element == null || element.isBlank() ? "" : ", element '" + element + "'") + ": " + melding
                + " (regel: " + regel.naam() + ")";
    }
}
