package nl.fermwerk.inburgering.traject;

import java.math.BigDecimal;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Rules between decision variables that the beleidsmedewerker keeps in DMN: the limits of a boete (table
 * {@code boeteregels}) and whether a bijstelling may switch the leerroute (table {@code schakelen}). A decision
 * outside the rules stops the completion with the table's Dutch reason.
 */
@Component
public class Beslisregels {

    public static final String BOETEREGELS = "boeteregels";
    public static final String SCHAKELEN = "schakelen";

    /** The evaluatieOntzorgen answer that ends financieel ontzorgen. */
    static final String ONTZORGEN_BEEINDIGEN = "BEEINDIGEN";

    void controleer(DelegateTask taak, Map<String, Object> data) {
        if (ONTZORGEN_BEEINDIGEN.equals(data.get("conclusieOntzorgen"))) {
            ontzorgenBeeindigen(taak);
        }
        if (data.containsKey("boeteArtikel") && data.containsKey("boeteBedrag")) {
            boete(taak, (String) data.get("boeteArtikel"), (BigDecimal) data.get("boeteBedrag"));
        }
        if (data.containsKey("leerroute") && taak.hasVariable("vorigeLeerroute")) {
            schakelen(taak, (String) taak.getVariable("vorigeLeerroute"), (String) data.get("leerroute"));
        }
    }

    /**
     * Financieel ontzorgen lasts at least the term ONTZORGEN of the table termijnen (Wet inburgering 2021: six months
     * from the start of budgetbeheer); ending it earlier is refused, naming the first day it may end.
     */
    private void ontzorgenBeeindigen(DelegateTask taak) {
        String dossierId = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
        if (dossierId == null) {
            return;
        }
        Termijnbewaking.vervaldatum(taak.getProcessEngineServices(), dossierId, "ONTZORGEN").filter(einde -> Klok.vandaag().isBefore(einde))
                .ifPresent(einde -> {
                    throw new OngeldigeBeslissingException("conclusieOntzorgen", "Financieel ontzorgen duurt ten "
                            + "minste tot " + einde + " en kan niet eerder worden beëindigd; kies VOORTZETTEN of "
                            + "AFBOUWEN, of beëindig op of na " + einde + ".");
                });
    }

    private void boete(DelegateTask taak, String artikel, BigDecimal bedrag) {
        DmnDecisionResultEntries regel = evalueer(taak, BOETEREGELS,
                Variables.createVariables().putValue("boeteArtikel", artikel));
        BigDecimal minimum = new BigDecimal(String.valueOf(regel.get("minimum")));
        BigDecimal maximum = new BigDecimal(String.valueOf(regel.get("maximum")));
        if (bedrag.compareTo(minimum) < 0 || bedrag.compareTo(maximum) > 0) {
            throw new OngeldigeBeslissingException("boeteBedrag", regel.get("toelichting") + " Ingevuld: EUR "
                    + bedrag.toPlainString() + "; de boete is niet opgelegd.");
        }
    }

    private void schakelen(DelegateTask taak, String vorige, String nieuwe) {
        Object pipDatum = taak.getVariable("pipDatum");
        DmnDecisionResultEntries regel = evalueer(taak, SCHAKELEN, Variables.createVariables()
                .putValue("vorigeLeerroute", vorige).putValue("leerroute", nieuwe)
                .putValue("pipDatum", String.valueOf(pipDatum).substring(0, 10))
                .putValue("peildatum", Klok.vandaag().toString()));
        if (!Boolean.TRUE.equals(regel.get("toegestaan"))) {
            throw new OngeldigeBeslissingException("leerroute", "Schakelen van " + vorige + " naar " + nieuwe
                    + " is geweigerd. " + regel.get("reden"));
        }
    }

    private static DmnDecisionResultEntries evalueer(DelegateTask taak, String beslissing, VariableMap invoer) {
        CommandContext context = Context.getCommandContext();
        // The rule is the organisation's, not the worker's: evaluate it whatever the worker may see
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            DmnDecisionResultEntries regel = taak.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionByKey(beslissing).variables(invoer).evaluate().getFirstResult();
            if (regel == null) {
                throw new IllegalStateException("Tabel " + beslissing + " heeft geen regel voor " + invoer);
            }
            return regel;
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
