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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    /** The dates the term-dependent kengetallen need, derived from the row by the table termijnen of one version. */
    private static final String MOMENTEN = """
            start_plicht, uiterlijk_pip, uiterlijk_pvt, uiterlijk_map, dagen_tot_intake, termijnen_versie""";
    private static final String SCHRIJFKOLOMMEN = KOLOMMEN + ", " + MOMENTEN;
    private static final int AANTAL_KOLOMMEN = SCHRIJFKOLOMMEN.split(",").length;
    private static final String RIJ = "(" + String.join(",", Collections.nCopies(AANTAL_KOLOMMEN, "?")) + ")";
    private static final String INSERT = "INSERT INTO rapportage_dossier (" + SCHRIJFKOLOMMEN + ") VALUES ";
    private static final String UPDATE = "UPDATE rapportage_dossier SET " + Arrays.stream(SCHRIJFKOLOMMEN.split(","))
            .map(String::strip).skip(1).map(k -> k + " = ?").collect(Collectors.joining(", "))
            + " WHERE dossier_id = ?";
    /** Only the derived dates, and only while the row is still the one they were derived from (its versie). */
    private static final String UPDATE_MOMENTEN = "UPDATE rapportage_dossier SET " + Arrays.stream(MOMENTEN.split(","))
            .map(String::strip).map(k -> k + " = ?").collect(Collectors.joining(", "))
            + " WHERE dossier_id = ? AND versie = ?";
    /** Rows per multi-row INSERT in a rebuild: one round trip for many rows, well below PostgreSQL's 32767 parameters. */
    private static final int RIJEN_PER_INSERT = 500;

    /** A row is withdrawn from the PVT/MAP terms (DossierRegel.ingetrokkenOp() not null): none of its three days. */
    private static final String NIET_INGETROKKEN =
            "datum_ontheffing IS NULL AND datum_vertrek IS NULL AND datum_afsluiting IS NULL";
    /** docs/rapportages.md, "Definities van de kengetallen", as KengetallenTelling.tel counts them in Java. */
    private static final String PIP_NOEMER = "uiterlijk_pip <= :peil AND (pip_datum IS NOT NULL OR ("
            + "(datum_ontheffing IS NULL OR datum_ontheffing > uiterlijk_pip) "
            + "AND (datum_vertrek IS NULL OR datum_vertrek > uiterlijk_pip) "
            + "AND (datum_afsluiting IS NULL OR datum_afsluiting > uiterlijk_pip)))";
    private static final String PVT_NOEMER = "pip_datum IS NOT NULL AND (datum_pvt IS NOT NULL OR (uiterlijk_pvt <= :peil AND "
            + NIET_INGETROKKEN + "))";
    private static final String MAP_NOEMER = "pip_datum IS NOT NULL AND leerroute IN ('B1', 'Z') "
            + "AND (datum_map IS NOT NULL OR (uiterlijk_map <= :peil AND " + NIET_INGETROKKEN + "))";
    private static final String PLICHT_GESTART = "start_plicht <= :peil";
    /**
     * One scan for all of it: a group per gemeente, fase, leerroute, actief and days from the start of the plicht to the
     * brede intake (null where the intake has not started, or the plicht), so the active ones per fase and leerroute and
     * the days the median is taken from come with the sums. A few hundred groups; only numbers come back. The days are
     * named in a subquery, so that the grouping and the selection are the same column (PostgreSQL would see two
     * different expressions in two uses of the parameters).
     */
    private static final String TELLING = "SELECT gemeente, fase, leerroute, actief, dagen, COUNT(*) AS aantal,"
            + som(PIP_NOEMER, "pip_noemer")
            + som(PIP_NOEMER + " AND pip_datum <= uiterlijk_pip", "pip_teller")
            + som(PVT_NOEMER, "pvt_noemer")
            + som(PVT_NOEMER + " AND (resultaat_pvt IS NULL OR resultaat_pvt = 'VOLDAAN') AND datum_pvt <= uiterlijk_pvt",
                    "pvt_teller")
            + som(MAP_NOEMER, "map_noemer")
            + som(MAP_NOEMER + " AND (resultaat_map IS NULL OR resultaat_map = 'VOLDAAN') AND datum_map <= uiterlijk_map",
                    "map_teller")
            + som(PLICHT_GESTART, "plicht")
            + som(PLICHT_GESTART + " AND datum_start_brede_intake <= :peil", "intake")
            + som(PLICHT_GESTART + " AND datum_start_werk <= :peil", "werk")
            + " SUM(CASE WHEN open_termijnen = '' THEN 0"
            + " ELSE LENGTH(open_termijnen) - LENGTH(REPLACE(open_termijnen, ',', '')) + 1 END) AS escalaties,"
            + som("open_termijnen <> ''", "met_escalatie")
            + " SUM(aantal_boetes) AS boetes, SUM(boete_bedrag) AS bedrag"
            + " FROM (SELECT r.*, CASE WHEN " + PLICHT_GESTART + " AND datum_start_brede_intake <= :peil"
            + " THEN dagen_tot_intake END AS dagen FROM rapportage_dossier r WHERE termijnen_versie = :versie) t"
            + " GROUP BY gemeente, fase, leerroute, actief, dagen";
    /**
     * Rows of another version of the table than the one bound twice, or of none: written as ranges, so that the index on
     * termijnen_versie finds the few (usually none) instead of a scan of all rows.
     */
    private static final String VEROUDERD =
            "termijnen_versie IS NULL OR termijnen_versie < ? OR termijnen_versie > ?";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate benoemd;
    private final boolean postgres;
    private final RapportageTermijnen termijnen;

    /** Without the table termijnen: rows are written without their derived dates, and counted in Java. */
    public RapportageDossiers(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    @Autowired
    public RapportageDossiers(JdbcTemplate jdbc, RapportageTermijnen termijnen) {
        this.jdbc = jdbc;
        this.benoemd = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = DatabaseSoort.isPostgres(jdbc);
        this.termijnen = termijnen;
    }

    private static String som(String voorwaarde, String naam) {
        return " SUM(CASE WHEN " + voorwaarde + " THEN 1 ELSE 0 END) AS " + naam + ",";
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
        Object[] waarden = waarden(regel, momenten(regel, termijnen));
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
            kopieer(regels, vastgezet());
            return;
        }
        RapportageTermijnen vast = vastgezet();
        for (int begin = 0; begin < regels.size(); begin += RIJEN_PER_INSERT) {
            List<DossierRegel> deel = regels.subList(begin, Math.min(regels.size(), begin + RIJEN_PER_INSERT));
            List<Object> waarden = new ArrayList<>(deel.size() * AANTAL_KOLOMMEN);
            for (DossierRegel r : deel) {
                waarden.addAll(Arrays.asList(waarden(r, momenten(r, vast))));
            }
            jdbc.update(INSERT + String.join(",", Collections.nCopies(deel.size(), RIJ)), waarden.toArray());
        }
    }

    private static Object[] waarden(DossierRegel r, Termijnmomenten m) {
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
                duoTekst(r.duoGeregistreerd()), r.versie(), d(m.startPlicht()), d(m.uiterlijkPip()),
                d(m.uiterlijkPvt()), d(m.uiterlijkMap()), m.dagenTotIntake(), m.versie()};
    }

    /** The table as deployed now, once for many rows; null without the table or while it is not deployed. */
    private RapportageTermijnen vastgezet() {
        try {
            return termijnen == null ? null : termijnen.vastgezet();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The row's derived dates; without the table (or a table that cannot say) none, so that the row is counted in
     * Java: the projection is written whatever the figures' shortcut can do.
     */
    private static Termijnmomenten momenten(DossierRegel regel, RapportageTermijnen tabel) {
        if (tabel == null) {
            return Termijnmomenten.ONBEKEND;
        }
        try {
            return Termijnmomenten.van(regel, tabel.vastgezet());
        } catch (RuntimeException e) {
            return Termijnmomenten.ONBEKEND;
        }
    }

    /**
     * The kengetallen counts per gemeente of the rows whose derived dates come from this version of the table termijnen,
     * counted by the database: only numbers come back, no dossier id, name or BSN.
     */
    Map<String, KengetallenTelling> tel(LocalDate peildatum, String versie) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("peil", d(peildatum)).addValue("versie", versie);
        Map<String, KengetallenTelling> perGemeente = new TreeMap<>();
        benoemd.query(TELLING, p, rs -> {
            KengetallenTelling t = perGemeente.computeIfAbsent(rs.getString("gemeente"), g -> new KengetallenTelling());
            t.aantal += rs.getInt("aantal");
            long dagen = rs.getLong("dagen");
            if (!rs.wasNull()) {
                t.telDagen(dagen, rs.getInt("aantal"));
            }
            if (rs.getBoolean("actief")) {
                t.telActief(rs.getString("fase"), rs.getString("leerroute"), rs.getInt("aantal"));
            }
            t.pip.voegToe(rs.getInt("pip_teller"), rs.getInt("pip_noemer"));
            t.pvt.voegToe(rs.getInt("pvt_teller"), rs.getInt("pvt_noemer"));
            t.map.voegToe(rs.getInt("map_teller"), rs.getInt("map_noemer"));
            t.intake.voegToe(rs.getInt("intake"), rs.getInt("plicht"));
            t.werk.voegToe(rs.getInt("werk"), rs.getInt("plicht"));
            t.escalaties += rs.getInt("escalaties");
            t.metEscalatie += rs.getInt("met_escalatie");
            t.boetes += rs.getInt("boetes");
            BigDecimal bedrag = rs.getBigDecimal("bedrag");
            t.bedrag = t.bedrag.add(bedrag == null ? BigDecimal.ZERO : bedrag);
        });
        return perGemeente;
    }

    /** The rows whose derived dates are of another version of the table termijnen than this one, or missing. */
    List<DossierRegel> verouderd(String versie) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM rapportage_dossier WHERE " + VEROUDERD + " ORDER BY dossier_id",
                RapportageDossiers::regel, versie, versie);
    }

    /** Up to {@code aantal} rows with outdated or missing derived dates after {@code naDossier} (null: from the start). */
    List<DossierRegel> verouderd(String versie, String naDossier, int aantal) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM rapportage_dossier WHERE (" + VEROUDERD + ")"
                + " AND dossier_id > ? ORDER BY dossier_id FETCH FIRST " + aantal + " ROWS ONLY",
                RapportageDossiers::regel, versie, versie, naDossier == null ? "" : naDossier);
    }

    /**
     * Rewrites the derived dates of these rows by the table fixed in {@code vast}; a row that changed since it was read
     * (another versie) is left alone: its writer derived its dates already. Returns the rows rewritten.
     */
    int vernieuwMomenten(List<DossierRegel> regels, RapportageTermijnen vast) {
        if (regels.isEmpty()) {
            return 0;
        }
        List<Object[]> argumenten = new ArrayList<>(regels.size());
        for (DossierRegel r : regels) {
            Termijnmomenten m = momenten(r, vast);
            argumenten.add(new Object[] {d(m.startPlicht()), d(m.uiterlijkPip()), d(m.uiterlijkPvt()),
                    d(m.uiterlijkMap()), m.dagenTotIntake(), m.versie(), r.dossierId(), r.versie()});
        }
        int gewijzigd = 0;
        for (int n : jdbc.batchUpdate(UPDATE_MOMENTEN, argumenten)) {
            gewijzigd += Math.max(0, n);
        }
        return gewijzigd;
    }

    /**
     * PostgreSQL's COPY: the rows go over as one CSV stream, without binding 31 parameters per row. In the rebuild of
     * 100,000 dossiers binding took longer than the database's own insert work (docs/performance.md).
     */
    private void kopieer(List<DossierRegel> regels, RapportageTermijnen vast) {
        StringBuilder csv = new StringBuilder(regels.size() * 256);
        for (DossierRegel regel : regels) {
            Object[] waarden = waarden(regel, momenten(regel, vast));
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
                        + SCHRIJFKOLOMMEN + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
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
