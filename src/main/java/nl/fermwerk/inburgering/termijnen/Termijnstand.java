package nl.fermwerk.inburgering.termijnen;

/**
 * One term of a dossier as its watcher knows it, for the dossier page and {@code GET /api/dossiers/{id}/termijnen}.
 *
 * @param status LOPEND, VERLENGD (running, its deadline moved), GEHAALD, OVERSCHREDEN (escalated, handled or not) or
 *               VERVALLEN
 * @param taak   the task(s) that can meet the term, comma separated; empty when no task does
 */
public record Termijnstand(String termijn, String label, String start, String vervaldatum, String status,
                           String taak) {

    public static final String LOPEND = "LOPEND";
    public static final String VERLENGD = "VERLENGD";
    public static final String GEHAALD = "GEHAALD";
    public static final String OVERSCHREDEN = "OVERSCHREDEN";
    public static final String VERVALLEN = "VERVALLEN";
}
