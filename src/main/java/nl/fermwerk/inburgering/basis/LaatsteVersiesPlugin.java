package nl.fermwerk.inburgering.basis;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives every engine command its own {@link LaatsteVersies}, over the answers the node keeps. */
@Component
public class LaatsteVersiesPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomSessionFactories() == null) {
            configuratie.setCustomSessionFactories(new ArrayList<>());
        }
        configuratie.getCustomSessionFactories().add(new LaatsteVersies.Fabriek());
    }
}
