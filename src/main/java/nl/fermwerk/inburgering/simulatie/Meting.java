package nl.fermwerk.inburgering.simulatie;

/** What one benchmark phase did and cost. */
public record Meting(String naam, int dossiers, double seconden, long taken, long gebeurtenissen, long jobs,
                     long timers, long piekHeapBytes, long databaseBytes) {

    public double perSeconde(long aantal) {
        return seconden <= 0 ? 0 : aantal / seconden;
    }

    /** The events the run wrote, counted by whoever knows where they are stored. */
    public Meting metGebeurtenissen(long aantal) {
        return new Meting(naam, dossiers, seconden, taken, aantal, jobs, timers, piekHeapBytes, databaseBytes);
    }

    /** The growth of the run's database; never negative (a checkpoint may shrink a file). */
    public Meting metDatabaseBytes(long bytes) {
        return new Meting(naam, dossiers, seconden, taken, gebeurtenissen, jobs, timers, piekHeapBytes,
                Math.max(0, bytes));
    }
}
