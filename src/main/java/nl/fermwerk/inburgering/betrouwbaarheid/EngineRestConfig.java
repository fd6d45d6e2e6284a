package nl.fermwerk.inburgering.betrouwbaarheid;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API (Jersey) as the starter configures it, with our translation of engine failures instead of
 * the engine's two generic mappers ({@link EngineFoutVertaling}): the engine answers an invalid decision variable,
 * an unknown task and a concurrent completion all with 500. Replaces the starter's {@code CamundaJerseyResourceConfig}
 * bean (the starter backs off when one exists).
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final ObjectProvider<HistoryService> historie;
    private final ObjectProvider<IdentityService> identiteit;

    public EngineRestConfig(ObjectProvider<HistoryService> historie, ObjectProvider<IdentityService> identiteit) {
        this.historie = historie;
        this.identiteit = identiteit;
    }

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuratie = CamundaRestResources.getConfigurationClasses().stream()
                .filter(c -> c != RestExceptionHandler.class && c != ProcessEngineExceptionHandler.class)
                .collect(Collectors.toSet());
        registerClasses(configuratie);
        // Without Jackson's own exception mappers: they answer broken JSON as text/plain and compete with the
        // engine's JSON ones at equal distance, so which one answered differed from start to start
        register(JacksonFeature.withoutExceptionMappers());
        EngineFoutVertaling vertaling = new EngineFoutVertaling(historie, identiteit);
        register(vertaling.voorRestFouten());
        register(vertaling.voorEngineFouten());
        register(vertaling.voorOverigeFouten());
    }
}
