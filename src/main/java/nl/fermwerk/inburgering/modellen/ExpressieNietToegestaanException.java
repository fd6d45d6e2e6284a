package nl.fermwerk.inburgering.modellen;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An expression reached for something outside {@link ToegestaneExpressies} while it ran: the runtime guard stopped
 * it. The deploy check refuses such models, so this means a model from before that check, or a stored query.
 */
public class ExpressieNietToegestaanException extends ProcessEngineException {

    public ExpressieNietToegestaanException(String wat) {
        super(wat + " is niet toegestaan in een expressie (alleen wat ToegestaneExpressies noemt)");
    }
}
