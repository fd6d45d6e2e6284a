package nl.fermwerk.inburgering.rapportage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS SWI delivery file of one gemeente for one quarter, as known at a moment: the dossiers of the gemeente with
 * the facts dated up to the quarter's last day that were registered before that moment ({@link Herspeler}). Made
 * again later, the same quarter also holds the facts dated in it that were registered late (a correction); the moment
 * names the version, so every version can be made again byte for byte. A dossier is in the file from the quarter of
 * its koppeling on, until the quarter after it was closed.
 */
@Service
public class CbsBestanden {

    private final Herspeler herspeler;
    private final RapportageTermijnen termijnen;

    public CbsBestanden(Herspeler herspeler, RapportageTermijnen termijnen) {
        this.herspeler = herspeler;
        this.termijnen = termijnen;
    }

    /** One version of a quarter's file, with what the register keeps of it. */
    public record Bestand(Gemeente gemeente, CbsLeveringen.Kwartaal kwartaal, Instant bekendOp, String inhoud,
                          int aantalRecords, String sha256, List<String> dossierIds) {
    }

    /**
     * The file as known at {@code bekendOp} (null: now, engine clock). The quarter must have ended (its last day is
     * not "ended"), and the moment must lie after it and not in the future.
     */
    @Transactional(readOnly = true)
    public Bestand maak(Gemeente gemeente, CbsLeveringen.Kwartaal kwartaal, Instant bekendOp) {
        CbsLeveringen.controleerAfgelopen(kwartaal);
        Instant moment = bekendOp == null ? Klok.nu().truncatedTo(ChronoUnit.MILLIS) : bekendOp;
        if (moment.isAfter(Klok.nu())) {
            throw new OngeldigeInvoerException("bekendOp", "Het moment van de versie mag niet in de toekomst liggen.");
        }
        if (moment.isBefore(Herspeler.peilmoment(kwartaal.laatsteDag()))) {
            throw new OngeldigeInvoerException("bekendOp", "Een kwartaalbestand wordt gemaakt na afloop van het "
                    + "kwartaal; kies een moment na " + kwartaal.laatsteDag() + ".");
        }
        List<DossierRegel> regels = herspeler.speelAf(kwartaal.laatsteDag(), moment).stream()
                .filter(d -> gemeente.name().equals(d.gemeente()))
                .filter(d -> d.datumAfsluiting() == null || !d.datumAfsluiting().isBefore(kwartaal.eersteDag()))
                .toList();
        StringBuilder csv = Exports.kop(CbsCodering.VARIABELEN);
        RapportageTermijnen vast = termijnen.vastgezet();
        for (DossierRegel d : regels) {
            Exports.regel(csv, CbsCodering.record(d, kwartaal, vast).toArray());
        }
        String inhoud = csv.toString();
        return new Bestand(gemeente, kwartaal, moment, inhoud, regels.size(), sha256(inhoud),
                regels.stream().map(DossierRegel::dossierId).toList());
    }

    /** The fingerprint of the file as sent: SHA-256 over its UTF-8 bytes, lower-case hex. */
    static String sha256(String inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
