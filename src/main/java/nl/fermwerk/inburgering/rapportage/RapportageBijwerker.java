package nl.fermwerk.inburgering.rapportage;

import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rapportage_dossier} in step with every appended event, inside the transaction that appended it. It
 * refolds the dossier's own events rather than patching the row, so the stored row is by construction what a replay
 * gives (a dossier holds tens of events, not thousands).
 */
@Component
class RapportageBijwerker {

    private static final Logger LOG = LoggerFactory.getLogger(RapportageBijwerker.class);

    private final Gebeurtenissen gebeurtenissen;
    private final RapportageDossiers dossiers;
    private final RapportageTermijnen termijnen;

    RapportageBijwerker(Gebeurtenissen gebeurtenissen, RapportageDossiers dossiers, RapportageTermijnen termijnen) {
        this.gebeurtenissen = gebeurtenissen;
        this.dossiers = dossiers;
        this.termijnen = termijnen;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        if (gebeurtenis.dossierId().startsWith(CbsLeveringen.STROOM_PREFIX)) {
            return;
        }
        try {
            DossierRegel regel = RapportageProjectie.vouw(gebeurtenissen.vanDossier(gebeurtenis.dossierId()), termijnen);
            if (regel != null) {
                dossiers.bewaar(regel);
            }
        } catch (RuntimeException e) {
            // A report must never roll back the fact it reports on: the check shows the gap, a rebuild closes it
            LOG.warn("Rapportageprojectie van {} niet bijgewerkt: {}", gebeurtenis.dossierId(), e.toString());
        }
    }
}
