package nl.fermwerk.inburgering.modellen;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Models run no foreign code (issue #20): gives the engine the shielded expression manager
 * ({@link AfgeschermdeExpressionManager}) instead of the Spring starter's, which resolves every bean of the
 * application.
 */
@Component
public class ModelkeuringPlugin extends AbstractProcessEnginePlugin {

    private final Expressiebeleid beleid;

    public ModelkeuringPlugin(Expressiebeleid beleid) {
        this.beleid = beleid;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        // The Spring starter has set its own (every bean, every method) before the plugins run; this one replaces it
        configuratie.setExpressionManager(new AfgeschermdeExpressionManager(beleid));
    }
}
