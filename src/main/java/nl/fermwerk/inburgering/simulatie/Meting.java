package nl.fermwerk.inburgering.simulatie;

/** What one benchmark phase did and cost. */
public record Meting(String naam, int dossiers, double seconden, long taken, long gebeurtenissen, long jobs,
                     long timers, long piekHeapBytes, long databaseBytes) {

    public double perSeconde(long aantal) {
        return seconden <= 0 ? 0 : aantal / seconden;
    }
}
