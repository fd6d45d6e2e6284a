package nl.fermwerk.inburgering.betrouwbaarheid;

import java.util.regex.Pattern;

/**
 * Takes Java class and package names out of a message for a client. The engine builds many messages from its
 * exceptions ({@code org.camunda.bpm.engine.MismatchingMessageCorrelationException: Cannot correlate ...},
 * {@code ... to java type java.util.Date}): they tell an attacker what runs inside and a user nothing. The
 * {@code ENGINE-xxxxx} codes stay; Camunda Modeler recognises a parse error by its code and text.
 */
final class ZonderJavaNamen {

    /** A package-qualified exception as the start of a message, as {@code Throwable#toString} writes it. */
    private static final Pattern UITZONDERING_VOORAF = Pattern.compile(
            "(?:\\b[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");
    /** Any other package-qualified name: its simple name is enough. */
    private static final Pattern GEKWALIFICEERD = Pattern.compile("(?:\\b[a-z][\\w$]*\\.)+([A-Z][\\w$]*)");

    private ZonderJavaNamen() {
    }

    static String in(String melding) {
        if (melding == null) {
            return null;
        }
        String zonderVoorvoegsel = UITZONDERING_VOORAF.matcher(melding).replaceAll("");
        return GEKWALIFICEERD.matcher(zonderVoorvoegsel).replaceAll("$1").strip();
    }
}
