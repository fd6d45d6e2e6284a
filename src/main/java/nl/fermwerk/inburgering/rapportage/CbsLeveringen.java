package nl.fermwerk.inburgering.rapportage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS (Statistiek Wet Inburgering) delivery register. Ferm Werk delivers per quarter for its four gemeenten, at
 * the latest 4 weeks after the quarter ends. A delivery is an event {@code CbsLeveringGeregistreerd} in the stream
 * {@code CBS-<jaar>-Q<n>} of the same event store, so "was it delivered" is also answerable as of a peildatum.
 */
@Service
public class CbsLeveringen {

    public static final String STROOM_PREFIX = "CBS-";
    public static final String TYPE = Feit.type(Feit.CbsLeveringGeregistreerd.class);
    static final int WEKEN_NA_KWARTAAL = 4;

    private final Gebeurtenissen gebeurtenissen;
    private final JdbcTemplate jdbc;

    public CbsLeveringen(Gebeurtenissen gebeurtenissen, JdbcTemplate jdbc) {
        this.gebeurtenissen = gebeurtenissen;
        this.jdbc = jdbc;
    }

    public record Kwartaal(int jaar, int kwartaal) {
        public static Kwartaal van(LocalDate datum) {
            return new Kwartaal(datum.getYear(), (datum.getMonthValue() - 1) / 3 + 1);
        }

        public Kwartaal vorige() {
            return kwartaal == 1 ? new Kwartaal(jaar - 1, 4) : new Kwartaal(jaar, kwartaal - 1);
        }

        public LocalDate laatsteDag() {
            return LocalDate.of(jaar, kwartaal * 3, 1).plusMonths(1).minusDays(1);
        }

        public LocalDate uitersteLeverdatum() {
            return laatsteDag().plusWeeks(WEKEN_NA_KWARTAAL);
        }

        public String stroom() {
            return STROOM_PREFIX + jaar + "-Q" + kwartaal;
        }

        @Override
        public String toString() {
            return jaar + "-Q" + kwartaal;
        }
    }

    public record Status(LocalDate peildatum, String laatsteKwartaal, LocalDate uitersteLeverdatumLaatsteKwartaal,
                         boolean laatsteKwartaalGeleverd, LocalDate geleverdOp, boolean teLaat,
                         String volgendeKwartaal, LocalDate volgendeUitersteLeverdatum) {
    }

    @Transactional
    public Gebeurtenis registreer(int jaar, int kwartaal, String actor) {
        if (kwartaal < 1 || kwartaal > 4) {
            throw new OngeldigeInvoerException("kwartaal", "Het kwartaal is 1, 2, 3 of 4.");
        }
        Kwartaal k = new Kwartaal(jaar, kwartaal);
        if (k.laatsteDag().isAfter(Klok.vandaag())) {
            throw new OngeldigeInvoerException("kwartaal", "Een kwartaal kan pas na afloop worden geleverd.");
        }
        return gebeurtenissen.voegToe(k.stroom(), new Feit.CbsLeveringGeregistreerd(jaar, kwartaal,
                k.uitersteLeverdatum()), Klok.nu(), actor);
    }

    /** As of the peildatum: the last ended quarter, whether it was delivered (in time), and the next due date. */
    public Status status(LocalDate peildatum) {
        Kwartaal laatste = Kwartaal.van(peildatum).vorige();
        LocalDate geleverdOp = geleverdOp(laatste, Herspeler.peilmoment(peildatum));
        boolean geleverd = geleverdOp != null;
        boolean teLaat = geleverd ? geleverdOp.isAfter(laatste.uitersteLeverdatum())
                : peildatum.isAfter(laatste.uitersteLeverdatum());
        Kwartaal volgende = geleverd ? Kwartaal.van(peildatum) : laatste;
        return new Status(peildatum, laatste.toString(), laatste.uitersteLeverdatum(), geleverd, geleverdOp, teLaat,
                volgende.toString(), volgende.uitersteLeverdatum());
    }

    private LocalDate geleverdOp(Kwartaal kwartaal, Instant peilmoment) {
        OffsetDateTime eerste = jdbc.queryForObject("""
                SELECT MIN(tijdstip) FROM gebeurtenis WHERE dossier_id = ? AND type = ? AND tijdstip < ?""",
                OffsetDateTime.class, kwartaal.stroom(), TYPE, peilmoment.atOffset(ZoneOffset.UTC));
        return eerste == null ? null : LocalDate.ofInstant(eerste.toInstant(), Klok.ZONE);
    }
}
