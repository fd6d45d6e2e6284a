package nl.fermwerk.inburgering.simulatie;

import java.util.Random;

/** Generates fictitious BSNs that pass the 11-proef, for demo and simulated caseloads. */
public final class DemoBsn {

    private DemoBsn() {
    }

    public static String volgende(Random random) {
        while (true) {
            int[] cijfers = new int[9];
            int som = 0;
            cijfers[0] = 1 + random.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    cijfers[i] = random.nextInt(10);
                }
                som += cijfers[i] * (9 - i);
            }
            int laatste = som % 11;
            if (laatste < 10) {
                cijfers[8] = laatste;
                StringBuilder bsn = new StringBuilder();
                for (int c : cijfers) {
                    bsn.append(c);
                }
                return bsn.toString();
            }
        }
    }
}
