package nl.fermwerk.inburgering.modellen;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Models run no foreign code (issue #20): hooks the deploy check ({@link KeuringBijDeploy}) and the register
 * ({@link RegistratieBijDeploy}) into every deployment, whoever deploys and however, and gives the engine the
 * shielded expression manager ({@link AfgeschermdeExpressionManager}) instead of the Spring starter's, which resolves
 * every bean of the application.
 */
@Component
public class ModelkeuringPlugin extends AbstractProcessEnginePlugin {

    private final Modelkeuring keuring;
    private final DeploymentRegistratie registratie;
    private final Expressiebeleid beleid;

    public ModelkeuringPlugin(Modelkeuring keuring, DeploymentRegistratie registratie, Expressiebeleid beleid) {
        this.keuring = keuring;
        this.registratie = registratie;
        this.beleid = beleid;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<Deployer> voor = new ArrayList<>();
        voor.add(new KeuringBijDeploy(keuring, registratie));
        if (configuratie.getCustomPreDeployers() != null) {
            voor.addAll(configuratie.getCustomPreDeployers());
        }
        configuratie.setCustomPreDeployers(voor);
        List<Deployer> na = configuratie.getCustomPostDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuratie.getCustomPostDeployers());
        na.add(new RegistratieBijDeploy(registratie));
        configuratie.setCustomPostDeployers(na);
        // The Spring starter has set its own (every bean, every method) before the plugins run; this one replaces it
        configuratie.setExpressionManager(new AfgeschermdeExpressionManager(beleid));
    }
}
