package nl.fermwerk.inburgering.betrouwbaarheid;

import java.io.IOException;

/** A request body passed the size limit while it was being read (a chunked body that announced no length). */
public class VerzoekTeGrootException extends IOException {

    private final long limiet;

    public VerzoekTeGrootException(long limiet) {
        super("De inhoud van het verzoek is groter dan " + limiet + " bytes");
        this.limiet = limiet;
    }

    public long limiet() {
        return limiet;
    }
}
