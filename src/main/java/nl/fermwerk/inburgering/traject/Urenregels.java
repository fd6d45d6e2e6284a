package nl.fermwerk.inburgering.traject;

import java.math.BigDecimal;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Dossierverloop;

/**
 * The hours that count toward an onderdeel with a minimum (MAP praktijkervaring, Z-route participatie): every
 * registration adds up (the fold {@link Dossierverloop}), and closing the onderdeel needs the table's minimum in total.
 */
final class Urenregels {

    private Urenregels() {
    }

    /** The hours registered so far for an onderdeel; null for one that counts no hours. */
    static BigDecimal totaal(Routeonderdeel onderdeel, Dossierverloop dossier) {
        return switch (onderdeel) {
            case MAP -> dossier.praktijkUren();
            case PARTICIPATIE -> dossier.participatieUren();
            default -> null;
        };
    }

    /**
     * Refuses to close an onderdeel with fewer hours than its minimum, counting this registration's hours too.
     *
     * @param veld the form field of the hours, named in the message
     */
    static void controleerSluiten(Onderdeel onderdeel, Dossierverloop dossier, BigDecimal dezeUren, String veld) {
        BigDecimal eerder = totaal(onderdeel.code(), dossier);
        BigDecimal totaal = (eerder == null ? BigDecimal.ZERO : eerder).add(dezeUren == null ? BigDecimal.ZERO : dezeUren);
        if (totaal.compareTo(BigDecimal.valueOf(onderdeel.minimumUren())) < 0) {
            throw new OngeldigeBeslissingException(veld, onderdeel.label() + " kan pas worden afgesloten met ten minste "
                    + onderdeel.minimumUren() + " uur; tot nu toe " + totaal.stripTrailingZeros().toPlainString()
                    + " uur (eerder " + (eerder == null ? "0" : eerder.stripTrailingZeros().toPlainString())
                    + ", nu " + (dezeUren == null ? "0" : dezeUren.stripTrailingZeros().toPlainString())
                    + "). Registreer de uren zonder af te sluiten, of vul de uren aan.");
        }
    }
}
