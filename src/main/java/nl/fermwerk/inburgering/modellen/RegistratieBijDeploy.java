package nl.fermwerk.inburgering.modellen;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Records a deployment in {@link DeploymentRegistratie}: a post-deployer, so it runs after the engine has parsed
 * every file, in the deployment's own transaction (recorded if and only if stored). Only for a new deployment: the
 * engine also runs its deployers when it reloads an old one into its cache.
 */
final class RegistratieBijDeploy implements Deployer {

    private final DeploymentRegistratie registratie;

    RegistratieBijDeploy(DeploymentRegistratie registratie) {
        this.registratie = registratie;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.isNew()) {
            registratie.registreer(deployment);
        }
    }
}
