package nl.fermwerk.inburgering.rapportage;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored projection {@code rapportage_dossier}: one row per dossier, written only from the events. */
@Repository
public class RapportageDossiers {

    private static final String KOLOMMEN = """
            dossier_id, bsn, naam, geboortedatum, doelgroep, gemeente, uitkering, fase, actief, leerroute,
            datum_koppeling, datum_overdracht, datum_inschrijving, datum_toets, datum_brede_intake, pip_datum,
            datum_start_leerroute, datum_pvt, datum_map, einde_termijn, praktijk_uren, participatie_uren, aantal_boetes,
            boete_bedrag, open_termijnen, aantal_voortgangsgesprekken, uitstroom_werk, datum_ontheffing,
            datum_afsluiting, resultaat, datum_start_brede_intake, uitkomst_leerbaarheidstoets, datum_bijstelling_pip,
            bijstellingen_pip, resultaat_pvt, pvt_verwijtbaar, resultaat_map, map_verwijtbaar, datum_taalschakeltraject, datum_start_werk,
            datum_vertrek, duo_geregistreerd, versie""";
    private static final int AANTAL_KOLOMMEN = KOLOMMEN.split(",").length;
    private static final String RIJ = "(" + String.join(",", Collections.nCopies(AANTAL_KOLOMMEN, "?")) + ")";
    private static final String INSERT = "INSERT INTO rapportage_dossier (" + KOLOMMEN + ") VALUES ";
    private static final String UPDATE = "UPDATE rapportage_dossier SET " + Arrays.stream(KOLOMMEN.split(","))
            .map(String::strip).skip(1).map(k -> k + " = ?").collect(Collectors.joining(", "))
            + " WHERE dossier_id = ?";
    /** Rows per multi-row INSERT in a rebuild: one round trip for many rows, well below PostgreSQL's 32767 parameters. */
    private static final int RIJEN_PER_INSERT = 500;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public RapportageDossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = DatabaseSoort.isPostgres(jdbc);
    }

    public Optional<DossierRegel> vind(String dossierId) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM rapportage_dossier WHERE dossier_id = ?", RapportageDossiers::regel,
                dossierId).stream().findFirst();
    }

    public List<DossierRegel> alle() {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM rapportage_dossier ORDER BY dossier_id", RapportageDossiers::regel);
    }

    public List<DossierRegel> vanGemeente(String gemeente) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM rapportage_dossier WHERE gemeente = ? ORDER BY dossier_id",
                RapportageDossiers::regel, gemeente);
    }

    /** Replaces the row of one dossier; runs inside the transaction that appended the event. */
    public void bewaar(DossierRegel regel) {
        Object[] waarden = waarden(regel);
        Object[] bijwerken = new Object[waarden.length];
        System.arraycopy(waarden, 1, bijwerken, 0, waarden.length - 1);
        bijwerken[waarden.length - 1] = waarden[0];
        if (jdbc.update(UPDATE, bijwerken) == 0) {
            jdbc.update(INSERT + RIJ, waarden);
        }
    }

    /** The retention job removes a dossier's row with its events: it holds the BSN and the name. */
    public void verwijder(String dossierId) {
        jdbc.update("DELETE FROM rapportage_dossier WHERE dossier_id = ?", dossierId);
    }

    public void verwijderAlles() {
        jdbc.update("DELETE FROM rapportage_dossier");
    }

    public void voegToe(List<DossierRegel> regels) {
        if (regels.isEmpty()) {
            return;
        }
        if (postgres) {
            kopieer(regels);
            return;
        }
        for (int begin = 0; begin < regels.size(); begin += RIJEN_PER_INSERT) {
            List<DossierRegel> deel = regels.subList(begin, Math.min(regels.size(), begin + RIJEN_PER_INSERT));
            List<Object> waarden = new ArrayList<>(deel.size() * AANTAL_KOLOMMEN);
            for (DossierRegel r : deel) {
                waarden.addAll(Arrays.asList(waarden(r)));
            }
            jdbc.update(INSERT + String.join(",", Collections.nCopies(deel.size(), RIJ)), waarden.toArray());
        }
    }

    private static Object[] waarden(DossierRegel r) {
        return new Object[] {r.dossierId(), r.bsn(), r.naam(), d(r.geboortedatum()), r.doelgroep(), r.gemeente(),
                r.uitkering(), r.fase(), r.actief(), r.leerroute(), d(r.datumKoppeling()), d(r.datumOverdracht()),
                d(r.datumInschrijving()), d(r.datumToets()), d(r.datumBredeIntake()), d(r.pipDatum()),
                d(r.datumStartLeerroute()), d(r.datumPvt()), d(r.datumMap()), d(r.eindeTermijn()), r.praktijkUren(),
                r.participatieUren(), r.aantalBoetes(), r.boeteBedrag(), String.join(",", r.openTermijnen()),
                r.aantalVoortgangsgesprekken(), r.uitstroomWerk(), d(r.datumOntheffing()), d(r.datumAfsluiting()),
                r.resultaat(), d(r.datumStartBredeIntake()), r.uitkomstLeerbaarheidstoets(), d(r.datumBijstellingPip()),
                r.bijstellingenPip().stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                r.resultaatPvt(), r.pvtVerwijtbaar(), r.resultaatMap(), r.mapVerwijtbaar(),
                d(r.datumTaalschakeltraject()), d(r.datumStartWerk()), d(r.datumVertrek()),
                duoTekst(r.duoGeregistreerd()), r.versie()};
    }

    /**
     * PostgreSQL's COPY: the rows go over as one CSV stream, without binding 31 parameters per row. In the rebuild of
     * 100,000 dossiers binding took longer than the database's own insert work (docs/performance.md).
     */
    private void kopieer(List<DossierRegel> regels) {
        StringBuilder csv = new StringBuilder(regels.size() * 256);
        for (DossierRegel regel : regels) {
            Object[] waarden = waarden(regel);
            for (int i = 0; i < waarden.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csvWaarde(waarden[i]));
            }
            csv.append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) verbinding -> {
            try {
                return verbinding.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY rapportage_dossier ("
                        + KOLOMMEN + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY naar rapportage_dossier mislukt", e);
            }
        });
    }

    /** CSV as COPY reads it: unquoted empty is NULL, every text quoted (so an empty text stays empty). */
    static String csvWaarde(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof String tekst) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        if (waarde instanceof BigDecimal getal) {
            return getal.toPlainString();
        }
        return waarde.toString();
    }

    private static List<LocalDate> data(String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of()
                : Arrays.stream(tekst.split(",")).map(LocalDate::parse).toList();
    }

    private static Boolean janee(ResultSet rs, String kolom) throws SQLException {
        boolean waarde = rs.getBoolean(kolom);
        return rs.wasNull() ? null : waarde;
    }

    /** The DUO registrations as one text, {@code item=jjjj-mm-dd} separated by newlines (an item holds no newline). */
    static String duoTekst(Map<String, LocalDate> geregistreerd) {
        return geregistreerd.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    static Map<String, LocalDate> duo(String tekst) {
        Map<String, LocalDate> geregistreerd = new TreeMap<>();
        if (tekst != null && !tekst.isEmpty()) {
            for (String regel : tekst.split("\n")) {
                int is = regel.lastIndexOf('=');
                geregistreerd.put(regel.substring(0, is), LocalDate.parse(regel.substring(is + 1)));
            }
        }
        return geregistreerd;
    }

    private static Date d(LocalDate datum) {
        return datum == null ? null : Date.valueOf(datum);
    }

    private static LocalDate l(ResultSet rs, String kolom) throws SQLException {
        Date datum = rs.getDate(kolom);
        return datum == null ? null : datum.toLocalDate();
    }

    private static DossierRegel regel(ResultSet rs, int rij) throws SQLException {
        String open = rs.getString("open_termijnen");
        Object uitstroom = rs.getObject("uitstroom_werk");
        return new DossierRegel(rs.getString("dossier_id"), rs.getString("bsn"), rs.getString("naam"),
                l(rs, "geboortedatum"), rs.getString("doelgroep"), rs.getString("gemeente"), rs.getBoolean("uitkering"),
                rs.getString("fase"), rs.getBoolean("actief"), rs.getString("leerroute"), l(rs, "datum_koppeling"),
                l(rs, "datum_overdracht"), l(rs, "datum_inschrijving"), l(rs, "datum_toets"),
                l(rs, "datum_brede_intake"), l(rs, "pip_datum"), l(rs, "datum_start_leerroute"), l(rs, "datum_pvt"),
                l(rs, "datum_map"), l(rs, "einde_termijn"),
                DossierRegel.bedrag(rs.getBigDecimal("praktijk_uren")),
                DossierRegel.bedrag(rs.getBigDecimal("participatie_uren")), rs.getInt("aantal_boetes"),
                DossierRegel.bedrag(rs.getBigDecimal("boete_bedrag")),
                open == null || open.isEmpty() ? List.of() : List.copyOf(Arrays.asList(open.split(","))),
                rs.getInt("aantal_voortgangsgesprekken"), uitstroom == null ? null : rs.getBoolean("uitstroom_werk"),
                l(rs, "datum_ontheffing"), l(rs, "datum_afsluiting"), rs.getString("resultaat"),
                l(rs, "datum_start_brede_intake"), rs.getString("uitkomst_leerbaarheidstoets"),
                l(rs, "datum_bijstelling_pip"), data(rs.getString("bijstellingen_pip")), rs.getString("resultaat_pvt"), janee(rs, "pvt_verwijtbaar"),
                rs.getString("resultaat_map"), janee(rs, "map_verwijtbaar"), l(rs, "datum_taalschakeltraject"),
                l(rs, "datum_start_werk"), l(rs, "datum_vertrek"), duo(rs.getString("duo_geregistreerd")),
                rs.getInt("versie"));
    }
}
