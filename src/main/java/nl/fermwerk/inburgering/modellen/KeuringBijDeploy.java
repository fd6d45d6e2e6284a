package nl.fermwerk.inburgering.modellen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine hook of the deploy check: a pre-deployer, which the engine runs inside every deployment command before
 * it parses the files (BPMN, DMN) and before the transaction that stores them commits. A breach of the rules throws,
 * the engine rolls the whole deployment back, and the REST API answers 400 with every breach.
 * <p>
 * The engine also runs its deployers when it loads an older deployment into its cache (after a restart). Such a
 * deployment was stored before this check existed, and dossiers may run on it: it is not refused then, but each
 * breach is logged, and the runtime guard still holds for its expressions.
 */
final class KeuringBijDeploy implements Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(KeuringBijDeploy.class);

    private final Modelkeuring keuring;
    private final DeploymentRegistratie registratie;

    KeuringBijDeploy(Modelkeuring keuring, DeploymentRegistratie registratie) {
        this.keuring = keuring;
        this.registratie = registratie;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        List<Overtreding> overtredingen = new ArrayList<>();
        Map<String, ResourceEntity> bestanden = deployment.getResources() == null ? Map.of()
                : new TreeMap<>(deployment.getResources());
        bestanden.forEach((naam, bestand) -> overtredingen.addAll(keuring.keur(naam, bestand.getBytes() == null
                ? new byte[0] : bestand.getBytes())));
        if (overtredingen.isEmpty()) {
            return;
        }
        if (!deployment.isNew()) {
            LOG.warn("Deployment {} ({}) van voor de modelkeuring zou nu geweigerd worden: {}", deployment.getId(),
                    deployment.getName(), overtredingen);
            return;
        }
        try {
            registratie.registreerGeweigerd(deployment, overtredingen);
        } catch (RuntimeException nietGeregistreerd) {
            // The refusal matters more than its record: the model is refused all the same
            LOG.error("Geweigerde deployment '{}' kon niet worden geregistreerd", deployment.getName(),
                    nietGeregistreerd);
        }
        throw new ModelGeweigerdException(overtredingen);
    }
}
