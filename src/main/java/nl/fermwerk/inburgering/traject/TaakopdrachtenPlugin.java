package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts {@link Taakopdrachten} into every engine command (both REST APIs, Tasklist, Java): a person writes only the
 * fields of the task's own form, and reads of forms and of a partner's tasks see only the task's own answers and its
 * context. Checks first that the engine still has the command fields the guard reads.
 */
@Component
@Order(3)
public class TaakopdrachtenPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Commandovelden.controleerEngine();
        if (configuratie.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuratie.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuratie.getCustomPostCommandInterceptorsTxRequired().add(new Taakopdrachten());
    }
}
