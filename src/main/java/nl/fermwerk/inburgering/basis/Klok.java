package nl.fermwerk.inburgering.basis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" for the whole application is the engine clock: validation, terms, projections and reports agree with the
 * timers, also while a simulation moves the clock.
 */
public final class Klok {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Klok() {
    }

    public static Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate vandaag() {
        return LocalDate.ofInstant(nu(), ZONE);
    }
}
