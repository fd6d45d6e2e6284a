package nl.fermwerk.inburgering.rapportage;

import nl.fermwerk.inburgering.dossier.Dossierverloop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rapportage_dossier} in step with every appended event, inside the transaction that appended it. It
 * takes the dossier's {@link Dossierverloop} that the dossier module folded from all of the dossier's events, so the
 * stored row is by construction what a replay gives, and the dossier's state and its report row come from one fold.
 */
@Component
class RapportageBijwerker {

    private static final Logger LOG = LoggerFactory.getLogger(RapportageBijwerker.class);

    private final RapportageDossiers dossiers;
    private final RapportageTermijnen termijnen;

    RapportageBijwerker(RapportageDossiers dossiers, RapportageTermijnen termijnen) {
        this.dossiers = dossiers;
        this.termijnen = termijnen;
    }

    @EventListener
    void bij(Dossierverloop verloop) {
        try {
            dossiers.bewaar(DossierRegel.van(verloop, termijnen));
        } catch (RuntimeException e) {
            // A report must never roll back the fact it reports on: the check shows the gap, a rebuild closes it
            LOG.warn("Rapportageprojectie van {} niet bijgewerkt: {}", verloop.dossierId(), e.toString());
        }
    }
}
