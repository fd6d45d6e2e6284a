package nl.fermwerk.inburgering.rapportage;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.dossier.DossierNietGevondenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The questions the registration and the reports ask. Without a peildatum the stored projection answers (as of
 * today); with one, a replay of the events up to the end of that day does.
 */
@Service
public class Rapportages {

    private static final Logger LOG = LoggerFactory.getLogger(Rapportages.class);

    private final RapportageDossiers dossiers;
    private final Herspeler herspeler;
    private final RapportageTermijnen termijnen;
    private final CbsLeveringen cbs;
    private final TransactionTemplate apart;
    private final RapportageHerbouw herbouw;
    private final Peilstanden standen;
    /** One rewrite of many rows at a time, on a thread of its own (see {@link #HERSCHRIJVEN_IN_VERZOEK}). */
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "termijndata-herschrijven");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean herschrijftAchtergrond = new AtomicBoolean();

    /**
     * Stale rows up to this many are rewritten within the reader's request; more (every row, after a beleidsmedewerker
     * deployed a new termijnen table) in the background in batches, so that no request waits for a rewrite of the whole
     * caseload. Until then they are counted in Java, as before issue 17.
     */
    static final int HERSCHRIJVEN_IN_VERZOEK = 2_000;

    public Rapportages(RapportageDossiers dossiers, Herspeler herspeler, RapportageTermijnen termijnen,
                       CbsLeveringen cbs, PlatformTransactionManager transacties, RapportageHerbouw herbouw,
                       Peilstanden standen) {
        this.dossiers = dossiers;
        this.herspeler = herspeler;
        this.termijnen = termijnen;
        this.cbs = cbs;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.herbouw = herbouw;
        this.standen = standen;
    }

    @PreDestroy
    void stop() {
        achtergrond.shutdownNow();
    }

    /**
     * What the list asks: codes for gemeente, fase and leerroute; {@code zoek} a part of the naam or the dossier
     * number (case-insensitive); {@code openEscalatie} dossiers with (or without) an open term escalation.
     */
    public record Filter(String gemeente, String fase, String leerroute, Boolean termijnVerlopen, String zoek,
                         Boolean openEscalatie) {
        public Filter(String gemeente, String fase, String leerroute, Boolean termijnVerlopen) {
            this(gemeente, fase, leerroute, termijnVerlopen, null, null);
        }
    }

    /** The columns the list sorts on; then always by dossier number, so a page is stable. */
    public enum Sortering {
        DATUM_KOPPELING(Comparator.comparing(LijstRegel::datumKoppeling, Comparator.nullsLast(Comparator.naturalOrder()))),
        DOSSIER(Comparator.comparing(LijstRegel::dossierId)),
        NAAM(Comparator.comparing(r -> r.naam().toLowerCase(java.util.Locale.ROOT))),
        GEMEENTE(Comparator.comparing(LijstRegel::gemeente)),
        FASE(Comparator.comparing(r -> nl.fermwerk.inburgering.dossier.Fase.valueOf(r.fase()).ordinal())),
        LEERROUTE(Comparator.comparing(LijstRegel::leerroute, Comparator.nullsLast(Comparator.naturalOrder()))),
        EINDE_TERMIJN(Comparator.comparing(LijstRegel::eindeTermijn, Comparator.nullsLast(Comparator.naturalOrder())));

        private final Comparator<LijstRegel> volgorde;

        Sortering(Comparator<LijstRegel> volgorde) {
            this.volgorde = volgorde;
        }

        /** The sorting of a request parameter ({@code naam}, {@code datumKoppeling}, ...); null: by koppeling. */
        public static Sortering van(String waarde) {
            if (waarde == null || waarde.isBlank()) {
                return DATUM_KOPPELING;
            }
            String sleutel = waarde.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            for (Sortering s : values()) {
                if (s.name().equals(sleutel)) {
                    return s;
                }
            }
            throw new OngeldigeInvoerException("sorteer", "Onbekende sortering '" + waarde + "'; kies uit dossier, "
                    + "naam, gemeente, fase, leerroute, datumKoppeling, eindeTermijn.");
        }

        public String parameter() {
            String[] delen = name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder p = new StringBuilder(delen[0]);
            for (int i = 1; i < delen.length; i++) {
                p.append(Character.toUpperCase(delen[i].charAt(0))).append(delen[i].substring(1));
            }
            return p.toString();
        }
    }

    public record Pagina<T>(LocalDate peildatum, int pagina, int grootte, int totaal, List<T> dossiers) {
    }

    public record LijstRegel(String dossierId, String naam, String gemeente, String doelgroep, String fase,
                             String leerroute, LocalDate datumKoppeling, LocalDate pipDatum, LocalDate eindeTermijn,
                             List<String> openTermijnen, boolean termijnVerlopen) {
    }

    /**
     * The kengetallen of all gemeenten or of one. {@code minimumCelgrootte} is set when small cells were suppressed
     * for the reader (management, beleid), and absent in the exact figures.
     */
    public record KengetallenOverzicht(LocalDate peildatum, String gemeente, Kengetallen totaal,
                                       Map<String, Kengetallen> perGemeente, CbsLeveringen.Status cbs,
                                       Integer minimumCelgrootte) {

        /** One gemeente's part of the whole table, with the cells hidden there (never fewer). */
        public KengetallenOverzicht alleen(String gemeente) {
            if (gemeente == null) {
                return this;
            }
            Kengetallen k = perGemeente.get(gemeente);
            return new KengetallenOverzicht(peildatum, gemeente, k, Map.of(gemeente, k), cbs, minimumCelgrootte);
        }
    }

    public LocalDate peildatumOfVandaag(LocalDate peildatum) {
        if (peildatum == null) {
            return Klok.vandaag();
        }
        if (peildatum.isAfter(Klok.vandaag())) {
            throw new OngeldigeInvoerException("peildatum", "De peildatum mag niet in de toekomst liggen.");
        }
        return peildatum;
    }

    /** All dossiers as of the peildatum (null: the stored projection, today). */
    @Transactional(readOnly = true)
    public List<DossierRegel> regels(LocalDate peildatum) {
        if (peildatum == null) {
            return dossiers.alle();
        }
        peildatumOfVandaag(peildatum);
        return herspeler.speelAf(peildatum);
    }

    @Transactional(readOnly = true)
    public DossierRegel dossier(String dossierId, LocalDate peildatum) {
        if (peildatum == null) {
            return dossiers.vind(dossierId).orElseThrow(() -> new DossierNietGevondenException(dossierId));
        }
        peildatumOfVandaag(peildatum);
        DossierRegel nu = dossiers.vind(dossierId).orElseThrow(() -> new DossierNietGevondenException(dossierId));
        return herspeler.speelAf(peildatum).stream().filter(r -> r.dossierId().equals(dossierId)).findFirst()
                .orElseThrow(() -> new DossierNietGevondenException(nu.dossierId(), peildatum));
    }

    /**
     * The list per gemeente. A gemeente holds hundreds of dossiers, not millions: the filters that depend on the
     * peildatum (term passed) are computed in memory, and so is the page.
     */
    @Transactional(readOnly = true)
    public Pagina<LijstRegel> lijst(Filter filter, LocalDate peildatum, int pagina, int grootte) {
        return lijst(filter, peildatum, Sortering.DATUM_KOPPELING, false, pagina, grootte);
    }

    /** The list, sorted on a column ({@code aflopend}: last first), then by dossier number. */
    @Transactional(readOnly = true)
    public Pagina<LijstRegel> lijst(Filter filter, LocalDate peildatum, Sortering sortering, boolean aflopend,
                                    int pagina, int grootte) {
        if (pagina < 0) {
            throw new OngeldigeInvoerException("pagina", "De pagina telt vanaf 0.");
        }
        if (grootte < 1 || grootte > 500) {
            throw new OngeldigeInvoerException("grootte", "De paginagrootte ligt tussen 1 en 500.");
        }
        String gemeente = code(filter.gemeente(), "gemeente", Gemeente.class);
        String fase = code(filter.fase(), "fase", nl.fermwerk.inburgering.dossier.Fase.class);
        String leerroute = code(filter.leerroute(), "leerroute", nl.fermwerk.inburgering.basis.Leerroute.class);
        LocalDate peil = peildatumOfVandaag(peildatum);
        String zoek = filter.zoek() == null || filter.zoek().isBlank() ? null
                : filter.zoek().strip().toLowerCase(java.util.Locale.ROOT);
        if (zoek != null && zoek.length() > 100) {
            throw new OngeldigeInvoerException("zoek", "Zoek op ten hoogste 100 tekens van naam of dossiernummer.");
        }
        List<DossierRegel> bron = peildatum == null && gemeente != null ? dossiers.vanGemeente(gemeente) : regels(peildatum);
        RapportageTermijnen vast = termijnen.vastgezet();
        List<LijstRegel> gefilterd = bron.stream()
                .filter(d -> gemeente == null || gemeente.equals(d.gemeente()))
                .filter(d -> fase == null || fase.equals(d.fase()))
                .filter(d -> leerroute == null || leerroute.equals(d.leerroute()))
                .filter(d -> zoek == null || d.dossierId().toLowerCase(java.util.Locale.ROOT).contains(zoek)
                        || d.naam().toLowerCase(java.util.Locale.ROOT).contains(zoek))
                .filter(d -> filter.openEscalatie() == null || filter.openEscalatie() == d.heeftOpenEscalatie())
                .map(d -> new LijstRegel(d.dossierId(), d.naam(), d.gemeente(), d.doelgroep(), d.fase(), d.leerroute(),
                        d.datumKoppeling(), d.pipDatum(), d.eindeTermijn(), d.openTermijnen(),
                        vast.termijnVerlopen(d, peil)))
                .filter(r -> filter.termijnVerlopen() == null || filter.termijnVerlopen() == r.termijnVerlopen())
                .sorted((aflopend ? sortering.volgorde.reversed() : sortering.volgorde)
                        .thenComparing(LijstRegel::dossierId))
                .toList();
        int van = Math.min(gefilterd.size(), pagina * grootte);
        int tot = Math.min(gefilterd.size(), van + grootte);
        return new Pagina<>(peil, pagina, grootte, gefilterd.size(), gefilterd.subList(van, tot));
    }

    /**
     * The exact kengetallen as of the peildatum (null: today), of all gemeenten or of one. Today's figures are counted
     * by the database from the stored rows ({@link #vandaag}); those of a past day by replaying the events up to then,
     * once: a stand is kept until the events known at that day or the termijnen table change ({@link Peilstanden}).
     */
    @Transactional(readOnly = true)
    public KengetallenOverzicht kengetallen(LocalDate peildatum, String gemeenteCode) {
        String gemeente = gemeente(gemeenteCode);
        LocalDate peil = peildatumOfVandaag(peildatum);
        if (peildatum == null) {
            return vandaag(peil).alleen(gemeente);
        }
        RapportageTermijnen vast = termijnen.vastgezet();
        Peilstanden.Stand stand = standen.van(peil, vast.versie(), () -> {
            List<DossierRegel> alle = regels(peildatum);
            Map<String, Kengetallen> perGemeente = new LinkedHashMap<>();
            for (Gemeente g : Gemeente.values()) {
                perGemeente.put(g.name(), Kengetallen.bereken(
                        alle.stream().filter(d -> g.name().equals(d.gemeente())).toList(), peil, vast));
            }
            return new Peilstanden.Stand(Kengetallen.bereken(alle, peil, vast), perGemeente);
        });
        return new KengetallenOverzicht(peil, null, stand.totaal(), stand.perGemeente(), cbs.status(peil), null)
                .alleen(gemeente);
    }

    /**
     * Today's figures without reading the dossiers into Java: SQL sums per gemeente over the rows whose term dates
     * come from the table termijnen as deployed now. A row of another version of the table (a beleidsmedewerker
     * deployed a new one since it was written) is counted here in Java, exactly as {@link Kengetallen#bereken} does,
     * and its dates are rewritten for the next time. The same figures as {@code Kengetallen.bereken} of all rows.
     */
    private KengetallenOverzicht vandaag(LocalDate peil) {
        RapportageTermijnen vast = termijnen.vastgezet();
        Map<String, KengetallenTelling> perCode = dossiers.tel(peil, vast.versie());
        // A transaction of its own that may write, since the figures' own is read-only: the stale rows get their new
        // dates here
        apart.executeWithoutResult(status -> {
            List<DossierRegel> verouderd = dossiers.verouderd(vast.versie());
            for (DossierRegel d : verouderd) {
                perCode.computeIfAbsent(d.gemeente(), g -> new KengetallenTelling()).tel(d, peil, vast);
            }
            herschrijf(verouderd, vast, status);
        });
        KengetallenTelling totaal = new KengetallenTelling();
        perCode.values().forEach(totaal::voegToe);
        Map<String, Kengetallen> perGemeente = new LinkedHashMap<>();
        for (Gemeente g : Gemeente.values()) {
            perGemeente.put(g.name(), perCode.getOrDefault(g.name(), new KengetallenTelling()).kengetallen());
        }
        return new KengetallenOverzicht(peil, null, totaal.kengetallen(), perGemeente, cbs.status(peil), null);
    }

    /** A failed rewrite costs only the shortcut: the rows stay on the Java path, the figures are counted already. */
    private void herschrijf(List<DossierRegel> verouderd, RapportageTermijnen vast, TransactionStatus status) {
        if (verouderd.isEmpty()) {
            return;
        }
        if (verouderd.size() > HERSCHRIJVEN_IN_VERZOEK) {
            herschrijfInDeAchtergrond();
            return;
        }
        try {
            dossiers.vernieuwMomenten(verouderd, vast);
        } catch (RuntimeException e) {
            status.setRollbackOnly();
            LOG.warn("Termijndata van {} rapportageregels niet herschreven: {}", verouderd.size(), e.toString());
        }
    }

    private void herschrijfInDeAchtergrond() {
        if (!herschrijftAchtergrond.compareAndSet(false, true)) {
            return;
        }
        try {
            achtergrond.execute(() -> {
                try {
                    LOG.info("Termijndata van {} rapportageregels herschreven", herbouw.vernieuwTermijnmomenten());
                } catch (RuntimeException e) {
                    LOG.warn("Termijndata van de rapportageregels niet herschreven: {}", e.toString());
                } finally {
                    herschrijftAchtergrond.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the next start derives them
            herschrijftAchtergrond.set(false);
        }
    }

    /** The intake and uitstroom per cohort (quarter of the start of the plicht) and doelgroep, exact. */
    @Transactional(readOnly = true)
    public Cohorten cohorten(LocalDate peildatum, String gemeenteCode) {
        String gemeente = gemeente(gemeenteCode);
        LocalDate peil = peildatumOfVandaag(peildatum);
        List<DossierRegel> alle = regels(peildatum).stream()
                .filter(d -> gemeente == null || gemeente.equals(d.gemeente())).toList();
        return Cohorten.bereken(alle, peil, gemeente, termijnen.vastgezet());
    }

    /** The gemeente code of a request parameter (null when absent); an unknown one is a 400 naming the field. */
    public static String gemeente(String waarde) {
        return code(waarde, "gemeente", Gemeente.class);
    }

    private static <E extends Enum<E>> String code(String waarde, String veld, Class<E> soort) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase()).name();
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "Onbekende waarde '" + waarde + "' voor " + veld + ".");
        }
    }
}
