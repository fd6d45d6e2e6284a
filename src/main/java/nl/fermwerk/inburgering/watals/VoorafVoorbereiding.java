package nl.fermwerk.inburgering.watals;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Probleem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the deployed side of a replay with the page's own settings (300 dossiers, three years from this quarter)
 * replayed before anyone asks (docs/watals.md, "Voorbereiden"): after the node starts, after every deployment and on
 * every new day (a replay's key holds the day). A beleidsmedewerker's first replay then has only the changed side left
 * to replay, on every core. It costs one child process's replay (about 75 s of CPU, 40 s on two cores) each time, so
 * it is switched on per node ({@code inburgering.watals.vooraf-voorbereiden}; on in the prod profile).
 *
 * <p>It only asks {@link Watals#bereidVoor}, as the page does, in the name of {@link Watals#SYSTEEM}: a replay or a
 * beleidsmedewerker's own preparation goes first (409, asked again at the next tick), and any beleidsmedewerker's
 * settings replace it.
 */
@Component
@ConditionalOnProperty(name = "inburgering.watals.vooraf-voorbereiden", havingValue = "true")
class VoorafVoorbereiding {

    private static final Logger LOG = LoggerFactory.getLogger(VoorafVoorbereiding.class);

    private final Watals watals;
    private final RepositoryService repository;
    /** The deployment and the day the last preparation was asked for; asked again only when either changes. */
    private Stand gevraagd;

    VoorafVoorbereiding(Watals watals, RepositoryService repository) {
        this.watals = watals;
        this.repository = repository;
    }

    @Scheduled(initialDelayString = "${inburgering.watals.vooraf-wacht:PT1M}",
            fixedDelayString = "${inburgering.watals.vooraf-interval:PT1M}")
    void houdBij() {
        Stand nu = stand();
        if (nu.equals(gevraagd)) {
            return;
        }
        try {
            Object status = watals.bereidVoor(null, null, null, null, Watals.SYSTEEM).get("status");
            LOG.info("Gedeployde kant vooraf voorbereid (deployment {}, {}): {}", nu.deployment(), nu.dag(), status);
            gevraagd = nu;
        } catch (Probleem bezet) {
            // A replay or a beleidsmedewerker's preparation runs: theirs first, this one at a later tick
            LOG.debug("Vooraf voorbereiden wacht: {}", bezet.getMessage());
        } catch (RuntimeException mislukt) {
            // Not asked again before the next deployment or day: a child that cannot start would otherwise start every
            // minute
            LOG.warn("Vooraf voorbereiden van de gedeployde kant mislukt", mislukt);
            gevraagd = nu;
        }
    }

    private Stand stand() {
        String deployment = repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1).stream()
                .findFirst().map(Deployment::getId).orElse("");
        return new Stand(deployment, Klok.vandaag());
    }

    private record Stand(String deployment, LocalDate dag) {
    }
}
