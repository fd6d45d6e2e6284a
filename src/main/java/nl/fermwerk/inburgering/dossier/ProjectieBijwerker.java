package nl.fermwerk.inburgering.dossier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored projection in step with every appended event, inside the transaction that appended it. It refolds
 * the dossier's own events (tens, not thousands) rather than patching the row, so the row is by construction what a
 * replay gives; then it hands the new {@link Dossierverloop} on, so other projections need not fold it again.
 */
@Component
class ProjectieBijwerker {

    private final Gebeurtenissen gebeurtenissen;
    private final Dossiers dossiers;
    private final ApplicationEventPublisher publisher;

    ProjectieBijwerker(Gebeurtenissen gebeurtenissen, Dossiers dossiers, ApplicationEventPublisher publisher) {
        this.gebeurtenissen = gebeurtenissen;
        this.dossiers = dossiers;
        this.publisher = publisher;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        Dossierverloop verloop = Dossierverloop.van(gebeurtenissen.vanDossier(gebeurtenis.dossierId()));
        if (verloop != null) {
            dossiers.bewaar(DossierStaat.van(verloop));
            publisher.publishEvent(verloop);
        }
    }
}
