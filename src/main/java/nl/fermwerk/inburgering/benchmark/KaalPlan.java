package nl.fermwerk.inburgering.benchmark;

import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.toegang.AlsSysteem;
import nl.fermwerk.inburgering.traject.Onderdelen;
import nl.fermwerk.inburgering.traject.Routewissel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The plan of the uitvoering's onderdelen for the bare copy of our model ({@link KaalTraject}): the same flags as
 * {@link Routewissel} sets, from the same table {@code onderdelen}, but without the dossier's events (the bare engine
 * has none), so nothing counts as met and no {@code OnderdeelVervallen} is recorded. The model's gateways need the
 * flags; the bare engine runs it with this bean instead of our delegate.
 */
public final class KaalPlan {

    /** Sets the flags the model's uitvoering reads, as {@code ${kaalPlan.plan(execution)}}. */
    public Object plan(DelegateExecution execution) {
        String leerroute = (String) execution.getVariable("leerroute");
        String gepland = (String) execution.getVariable(Routewissel.GEPLANDE_LEERROUTE);
        List<Map<String, Object>> regels = leerroute == null ? List.of() : AlsSysteem.voer(null, () -> execution
                .getProcessEngineServices().getDecisionService().evaluateDecisionTableByKey(Onderdelen.TABEL,
                        Variables.createVariables().putValue("leerroute", leerroute).putValue("examenniveau", "B1")
                                .putValue("doelgroep", execution.getVariable("doelgroep"))
                                .putValue("uitkering", Boolean.TRUE.equals(execution.getVariable("uitkering")))
                                .putValue("alfabetisering", false)).getResultList());
        for (Routeonderdeel code : Routeonderdeel.values()) {
            execution.setVariable(Routewissel.OPEN + code.name(),
                    regels.stream().anyMatch(r -> code.name().equals(r.get("onderdeel"))));
        }
        execution.setVariable(Routewissel.TAALVRIJWILLIGER_INZETTEN,
                gepland == null && Boolean.TRUE.equals(execution.getVariable("taalvrijwilliger")));
        execution.setVariable(Routewissel.ROUTE_GEWIJZIGD, gepland != null && !gepland.equals(leerroute));
        execution.setVariable(Routewissel.GEPLANDE_LEERROUTE, leerroute);
        execution.setVariable(Routewissel.GEPLAND_EXAMENNIVEAU, "B1");
        return null;
    }
}
