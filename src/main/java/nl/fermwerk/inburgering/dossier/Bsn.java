package nl.fermwerk.inburgering.dossier;

/** The burgerservicenummer and its 11-proef. */
public final class Bsn {

    private Bsn() {
    }

    /** Nine digits, not all zero, whose weighted sum (9..2, and -1 for the last digit) is divisible by 11. */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (bsn.charAt(i) - '0') * (9 - i);
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
