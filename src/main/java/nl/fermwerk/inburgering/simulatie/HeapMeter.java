package nl.fermwerk.inburgering.simulatie;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap every 50 ms on a daemon thread and keeps the peak: what a phase needed at most. */
public final class HeapMeter implements AutoCloseable {

    private final MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
    private final Thread meter;
    private volatile long piek;
    private volatile boolean actief = true;

    public HeapMeter() {
        meter = new Thread(() -> {
            while (actief) {
                piek = Math.max(piek, geheugen.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-meter");
        meter.setDaemon(true);
        meter.start();
    }

    public long piek() {
        return Math.max(piek, geheugen.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        actief = false;
        meter.interrupt();
    }
}
