package nl.fermwerk.inburgering.bewaartermijn;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the retention job (harmless if another module does the same). */
@Configuration
@EnableScheduling
class Planning {
}
