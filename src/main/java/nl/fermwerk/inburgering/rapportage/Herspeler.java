package nl.fermwerk.inburgering.rapportage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.FeitJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Replays the whole event store in one ordered read (dossier_id, volgnummer) and folds each dossier as its events
 * stream by: the basis of the rebuild, the check and every figure "as of" a peildatum. One pass, no per-dossier query,
 * so it runs at tens of thousands of events per second.
 */
@Component
public class Herspeler {

    private final JdbcTemplate jdbc;
    private final RapportageTermijnen termijnen;

    public Herspeler(DataSource dataSource, RapportageTermijnen termijnen) {
        // An own template: the fetch size streams the events instead of loading them all at once
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.termijnen = termijnen;
    }

    /** The end of the peildatum in Europe/Amsterdam: events with a tijdstip before this moment count. */
    public static Instant peilmoment(LocalDate peildatum) {
        return peildatum.plusDays(1).atStartOfDay(Klok.ZONE).toInstant();
    }

    /** Every dossier as it was at the end of the peildatum; null peildatum = everything stored. */
    public List<DossierRegel> speelAf(LocalDate peildatum) {
        List<DossierRegel> regels = new ArrayList<>();
        speelAf(peildatum, regels::add);
        return regels;
    }

    /** Streams the regels to the consumer in dossier_id order; returns the number of events read. */
    public long speelAf(LocalDate peildatum, Consumer<DossierRegel> ontvanger) {
        return peildatum == null ? speel(null, feitDatum -> true, ontvanger)
                : speel(peilmoment(peildatum), feitDatum -> true, ontvanger);
    }

    /**
     * Every dossier by business date, as known at a moment: the facts that happened up to and including
     * {@code totEnMet} (each fact's own date, else its registration day) among those registered before
     * {@code bekendOp}. What a report for a period ending on {@code totEnMet} shows when it is made at
     * {@code bekendOp}; made again later, it also holds the facts dated in the period that were registered late.
     */
    public List<DossierRegel> speelAf(LocalDate totEnMet, Instant bekendOp) {
        List<DossierRegel> regels = new ArrayList<>();
        speel(bekendOp, feitDatum -> !feitDatum.isAfter(totEnMet), regels::add);
        return regels;
    }

    private long speel(Instant geregistreerdVoor, Predicate<LocalDate> gedateerd, Consumer<DossierRegel> ontvanger) {
        String sql = "SELECT dossier_id, volgnummer, type, data, tijdstip FROM gebeurtenis"
                + (geregistreerdVoor == null ? "" : " WHERE tijdstip < ?") + " ORDER BY dossier_id, volgnummer";
        Vouwer vouwer = new Vouwer(ontvanger, gedateerd);
        if (geregistreerdVoor == null) {
            jdbc.query(sql, vouwer);
        } else {
            jdbc.query(sql, vouwer, geregistreerdVoor.atOffset(ZoneOffset.UTC));
        }
        vouwer.sluit();
        return vouwer.aantal;
    }

    /** Folds the rows of one dossier after another as they stream by. */
    private final class Vouwer implements RowCallbackHandler {
        private final Consumer<DossierRegel> ontvanger;
        private final Predicate<LocalDate> gedateerd;
        private final RapportageTermijnen vast = termijnen.vastgezet();
        private String huidig;
        private Dossierverloop verloop;
        private long aantal;

        Vouwer(Consumer<DossierRegel> ontvanger, Predicate<LocalDate> gedateerd) {
            this.ontvanger = ontvanger;
            this.gedateerd = gedateerd;
        }

        @Override
        public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
            String dossierId = rs.getString(1);
            if (!dossierId.equals(huidig)) {
                sluit();
                huidig = dossierId;
            }
            String type = rs.getString(3);
            Instant tijdstip = rs.getObject(5, OffsetDateTime.class).toInstant();
            Feit feit = FeitJson.lees(type, rs.getString(4));
            aantal++;
            LocalDate datum = feit.datum() != null ? feit.datum() : LocalDate.ofInstant(tijdstip, Klok.ZONE);
            if (gedateerd.test(datum)) {
                verloop = Dossierverloop.volg(verloop, dossierId, rs.getInt(2), tijdstip, feit);
            }
        }

        void sluit() {
            if (verloop != null) {
                ontvanger.accept(DossierRegel.van(verloop, vast));
            }
            verloop = null;
        }
    }
}
