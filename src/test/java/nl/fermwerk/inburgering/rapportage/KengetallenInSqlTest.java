package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Fase;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Today's dashboard is counted by the database (issue 17): the SQL sums over the stored rows must give exactly the
 * kengetallen that {@link Kengetallen#bereken} gives for the same rows, for all gemeenten and per gemeente, whatever
 * day it is, also for rows whose term dates come from an older version of the table termijnen or are missing.
 */
@IntegratieTest
class KengetallenInSqlTest {

    private static final String VOORVOEGSEL = "KGSQL-";
    private static final LocalDate BEGIN = LocalDate.of(2024, 1, 1);
    private static final List<LocalDate> VANDAAGEN = List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 15),
            LocalDate.of(2024, 9, 30), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2029, 1, 1));

    @Autowired
    RapportageFixture fixture;
    @Autowired
    RapportageDossiers dossiers;
    @Autowired
    Rapportages rapportages;
    @Autowired
    RapportageTermijnen termijnen;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private final List<DossierRegel> gemaakt = new ArrayList<>();

    @BeforeEach
    void rijen() {
        fixture.zorgVoor();
        Random toeval = new Random(17);
        for (int i = 0; i < 600; i++) {
            DossierRegel regel = regel(VOORVOEGSEL + i, toeval);
            dossiers.bewaar(regel);
            gemaakt.add(regel);
        }
    }

    @AfterEach
    void opruimen() {
        ClockUtil.reset();
        gemaakt.forEach(r -> dossiers.verwijder(r.dossierId()));
    }

    @Test
    void deSomInSqlIsWatKengetallenBerekenGeeftOpElkeDag() {
        dekt(r -> "ONTHEFFING".equals(r.resultaat()) || r.datumVertrek() != null, "ingetrokken");
        dekt(r -> r.pipDatum() == null, "nog geen PIP");
        dekt(r -> r.pipDatum() != null && termijnen.uiterlijkPip(r) != null
                && r.pipDatum().isAfter(termijnen.uiterlijkPip(r)), "PIP te laat");
        dekt(r -> "NIET_VOLDAAN".equals(r.resultaatPvt()), "PVT niet voldaan");
        dekt(r -> r.pipDatum() != null && "ONDERWIJS".equals(r.leerroute()), "MAP niet van toepassing");
        dekt(r -> r.viaCoa() && r.datumInschrijving() == null, "asielstatushouder zonder inschrijving");
        dekt(r -> "ONBEKEND".equals(r.doelgroep()), "doelgroep onbekend");
        assertThat(dossiers.alle()).hasSizeGreaterThan(gemaakt.size());

        for (LocalDate vandaag : VANDAAGEN) {
            zetKlok(vandaag);
            gelijk(vandaag);
            // one gemeente alone is its part of the table
            assertThat(rapportages.kengetallen(null, "montfoort").totaal()).as("Montfoort op " + vandaag)
                    .isEqualTo(Kengetallen.bereken(van("MONTFOORT"), vandaag, termijnen));
        }
        // every row of the test is counted in SQL: its dates are of the table as deployed
        assertThat(verouderd()).isZero();
    }

    @Test
    void eenRijVanEenAndereVersieVanDeTabelTeltGoedEnKrijgtNieuweData() throws Exception {
        LocalDate vandaag = LocalDate.of(2024, 9, 30);
        zetKlok(vandaag);
        jdbc.update("UPDATE rapportage_dossier SET termijnen_versie = 'termijnen:oud', uiterlijk_pip = NULL"
                + " WHERE dossier_id LIKE 'KGSQL-1%'");
        jdbc.update("UPDATE rapportage_dossier SET termijnen_versie = NULL, start_plicht = NULL"
                + " WHERE dossier_id LIKE 'KGSQL-2%'");
        assertThat(verouderd()).isPositive();
        Kengetallen ervoor = gelijk(vandaag);
        // the stale rows were rewritten while they were counted, and still give the same figures from SQL
        assertThat(verouderd()).isZero();
        assertThat(gelijk(vandaag)).isEqualTo(ervoor);

        // a beleidsmedewerker deploys a PIP term of 8 weeks instead of 10: every row is now of another version
        String tabel = new ClassPathResource("processes/termijnen.dmn").getContentAsString(StandardCharsets.UTF_8);
        assertThat(tabel).contains("\"P10W\"");
        String deployment = repository.createDeployment().name("termijnen-kengetallen").addString("termijnen.dmn",
                tabel.replace("\"P10W\"", "\"P8W\"")).deploy().getId();
        try {
            assertThat(verouderd()).isPositive();
            Kengetallen nieuw = gelijk(vandaag);
            assertThat(nieuw.pipBinnenTermijn()).isNotEqualTo(ervoor.pipBinnenTermijn());
            assertThat(verouderd()).isZero();
            // rewritten by the new table: from SQL the same again
            assertThat(gelijk(vandaag)).isEqualTo(nieuw);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        // back to the old table: the rows written under the deleted one are counted by the old table again
        assertThat(gelijk(vandaag)).isEqualTo(ervoor);
    }

    @Test
    void deStartHerleidtDeDataVanRijenZonderVersieInPartijen() {
        jdbc.update("UPDATE rapportage_dossier SET termijnen_versie = NULL WHERE dossier_id LIKE 'KGSQL-%'");
        assertThat(verouderd()).isEqualTo(gemaakt.size());
        // RapportageStart calls this after the migration that added the columns
        assertThat(herbouw.vernieuwTermijnmomenten()).isGreaterThanOrEqualTo(gemaakt.size());
        assertThat(verouderd()).isZero();
        zetKlok(LocalDate.of(2025, 6, 1));
        gelijk(LocalDate.of(2025, 6, 1));
    }

    /**
     * After a new table every row is stale: the request counts them in Java and leaves the rewrite of that many to a
     * thread of its own, so no reader waits for the whole caseload to be rewritten.
     */
    @Test
    void veleVerouderdeRijenWordenBuitenHetVerzoekHerschreven() throws Exception {
        List<DossierRegel> extra = new ArrayList<>();
        Random toeval = new Random(18);
        for (int i = gemaakt.size(); i < gemaakt.size() + Rapportages.HERSCHRIJVEN_IN_VERZOEK; i++) {
            extra.add(regel(VOORVOEGSEL + i, toeval));
        }
        dossiers.voegToe(extra);
        gemaakt.addAll(extra);
        jdbc.update("UPDATE rapportage_dossier SET termijnen_versie = NULL WHERE dossier_id LIKE 'KGSQL-%'");
        assertThat(verouderd()).isGreaterThan(Rapportages.HERSCHRIJVEN_IN_VERZOEK);
        LocalDate vandaag = LocalDate.of(2025, 6, 1);
        zetKlok(vandaag);
        Kengetallen inJava = gelijk(vandaag);
        // the background rewrite: a thread, not the engine clock, so this waits (at most a minute)
        for (int i = 0; i < 600 && verouderd() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(verouderd()).isZero();
        assertThat(gelijk(vandaag)).isEqualTo(inJava);
    }

    @Autowired
    RapportageHerbouw herbouw;

    /** The SQL path of today equals the Java definition over all stored rows, in total and per gemeente. */
    private Kengetallen gelijk(LocalDate vandaag) {
        Rapportages.KengetallenOverzicht sql = rapportages.kengetallen(null, null);
        List<DossierRegel> alle = dossiers.alle();
        assertThat(sql.peildatum()).isEqualTo(vandaag);
        assertThat(sql.totaal()).as("alle gemeenten op " + vandaag)
                .isEqualTo(Kengetallen.bereken(alle, vandaag, termijnen));
        for (Gemeente g : Gemeente.values()) {
            assertThat(sql.perGemeente().get(g.name())).as(g + " op " + vandaag)
                    .isEqualTo(Kengetallen.bereken(van(g.name()), vandaag, termijnen));
        }
        return sql.totaal();
    }

    private List<DossierRegel> van(String gemeente) {
        return dossiers.alle().stream().filter(r -> gemeente.equals(r.gemeente())).toList();
    }

    private int verouderd() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rapportage_dossier WHERE dossier_id LIKE 'KGSQL-%'"
                + " AND (termijnen_versie IS NULL OR termijnen_versie <> ?)", Integer.class, termijnen.vastgezet().versie());
    }

    private void dekt(Predicate<DossierRegel> tak, String naam) {
        assertThat(gemaakt.stream().filter(tak).count()).as("rijen: " + naam).isPositive();
    }

    private static void zetKlok(LocalDate dag) {
        ClockUtil.setCurrentTime(Date.from(dag.atTime(12, 0).atZone(Klok.ZONE).toInstant()));
    }

    /** A row with every branch of the definitions by chance: dates missing, late, early, withdrawn, not fulfilled. */
    private static DossierRegel regel(String id, Random t) {
        String[] doelgroepen = {"ASIELSTATUSHOUDER", "NAREIZIGER", "GEZINSMIGRANT", "OVERIGE_MIGRANT", "ONBEKEND"};
        String doelgroep = doelgroepen[t.nextInt(doelgroepen.length)];
        String gemeente = Gemeente.values()[t.nextInt(Gemeente.values().length)].name();
        LocalDate koppeling = BEGIN.plusDays(t.nextInt(700));
        boolean viaCoa = doelgroep.equals(Doelgroep.ASIELSTATUSHOUDER.name()) || doelgroep.equals("NAREIZIGER");
        LocalDate inschrijving = viaCoa && t.nextInt(4) > 0 ? koppeling.plusDays(t.nextInt(120)) : null;
        LocalDate start = inschrijving != null ? inschrijving : koppeling;
        LocalDate startIntake = kans(t, 4) ? start.plusDays(t.nextInt(90) - 10) : null;
        // around the 8 and 10 weeks of the PIP term, so that a shorter term changes the figures
        LocalDate pip = kans(t, 3) ? start.plusDays(40 + t.nextInt(50)) : null;
        String[] routes = {"B1", "Z", "ONDERWIJS"};
        String leerroute = pip != null ? routes[t.nextInt(routes.length)] : null;
        LocalDate pvt = pip != null && kans(t, 2) ? pip.plusDays(200 + t.nextInt(300)) : null;
        String resultaatPvt = pvt == null ? null : t.nextInt(4) == 0 ? "NIET_VOLDAAN" : t.nextBoolean() ? "VOLDAAN" : null;
        LocalDate map = pip != null && kans(t, 2) ? pip.plusDays(300 + t.nextInt(400)) : null;
        String resultaatMap = map == null ? null : t.nextInt(4) == 0 ? "NIET_VOLDAAN" : "VOLDAAN";
        LocalDate ontheffing = t.nextInt(8) == 0 ? koppeling.plusDays(t.nextInt(500)) : null;
        LocalDate vertrek = t.nextInt(10) == 0 ? koppeling.plusDays(t.nextInt(600)) : null;
        LocalDate afsluiting = t.nextInt(6) == 0 ? koppeling.plusDays(300 + t.nextInt(800)) : null;
        boolean actief = ontheffing == null && vertrek == null && afsluiting == null && t.nextInt(10) > 0;
        Fase[] open = {Fase.WARME_OVERDRACHT, Fase.BREDE_INTAKE, Fase.PIP, Fase.UITVOERING, Fase.AFSLUITING};
        String fase = actief ? open[t.nextInt(open.length)].name() : Fase.AFGESLOTEN.name();
        List<String> openTermijnen = switch (t.nextInt(5)) {
            case 0 -> List.of("PIP");
            case 1 -> List.of("MAP", "PVT");
            case 2 -> List.of("INBURGERINGSTERMIJN", "MAP", "PVT");
            default -> List.of();
        };
        int boetes = t.nextInt(6) == 0 ? 1 + t.nextInt(2) : 0;
        BigDecimal bedrag = BigDecimal.valueOf(boetes * (250 + t.nextInt(550))).setScale(2);
        LocalDate startWerk = kans(t, 5) ? start.plusDays(t.nextInt(1000)) : null;
        return new DossierRegel(id, "999999990", "Naam " + id, LocalDate.of(1990, 1, 1), doelgroep, gemeente,
                t.nextBoolean(), fase, actief, leerroute, koppeling, viaCoa ? koppeling.plusDays(5) : null, inschrijving,
                null, startIntake, pip, null, pvt, map, pip == null ? null : pip.plusYears(3),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), boetes, bedrag, openTermijnen, 0, null,
                ontheffing, afsluiting, ontheffing != null ? "ONTHEFFING" : afsluiting != null ? "VOLDAAN" : null,
                startIntake, null, null, List.of(), resultaatPvt, null, resultaatMap, null, null, startWerk, vertrek,
                Map.of(), 1);
    }

    /** True in about (n - 1) of n rows. */
    private static boolean kans(Random t, int n) {
        return t.nextInt(n) > 0;
    }
}
