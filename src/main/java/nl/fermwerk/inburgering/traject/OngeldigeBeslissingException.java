package nl.fermwerk.inburgering.traject;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completed without a valid decision variable. A {@link BadUserRequestException}, so the engine's REST API and
 * Tasklist answer 400 with this Dutch message instead of a server error.
 */
public class OngeldigeBeslissingException extends BadUserRequestException {

    private final String veld;

    public OngeldigeBeslissingException(String veld, String detail) {
        super(veld + ": " + detail);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }
}
