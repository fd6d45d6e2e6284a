package nl.fermwerk.inburgering.traject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.routing.TaakEigenschappen;
import nl.fermwerk.inburgering.routing.Taakuitbreidingen;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link TaakAfronding} to each user task that names a {@code gebeurtenis}, so the BPMN says which event a
 * completion records and Java only writes it.
 */
@Component
@Order(2)
public class TrajectPlugin extends AbstractProcessEnginePlugin {

    private final Gebeurtenissen gebeurtenissen;
    private final Beslisvariabelen controle;
    private final Beslisregels regels;

    public TrajectPlugin(Gebeurtenissen gebeurtenissen, Beslisvariabelen controle, Beslisregels regels) {
        this.gebeurtenissen = gebeurtenissen;
        this.controle = controle;
        this.regels = regels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Taakuitbreidingen.voorCamunda(configuratie, (element, taak) -> {
            Map<String, String> eigenschappen = TaakEigenschappen.van(element);
            String gebeurtenis = eigenschappen.get(TaakEigenschappen.GEBEURTENIS);
            if (gebeurtenis != null && !gebeurtenis.isBlank()) {
                taak.addTaskListener(TaskListener.EVENTNAME_COMPLETE, new TaakAfronding(gebeurtenissen, controle,
                        regels, gebeurtenis.strip(), eigenschappen.get(TaakEigenschappen.ONDERDEEL),
                        lijst(eigenschappen.get(TaakEigenschappen.BESLISVARIABELEN))));
            }
        });
    }

    private static List<String> lijst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
