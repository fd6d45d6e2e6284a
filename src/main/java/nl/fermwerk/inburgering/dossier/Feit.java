package nl.fermwerk.inburgering.dossier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;

/**
 * The vocabulary of the dossier (docs/gebeurtenissen.md): one record per kind of event. A record's name is the type
 * as stored, its components are the data keys as stored, so every event ever stored reads back as one of these
 * without a change to the stored JSON (the hash chain is over that text). A field marked {@link Verplicht} must be
 * there when the event is appended; reading an older event that lacks it gives {@code null}, and the fold falls back
 * (a date to the event's business day). A stored type this version does not know reads as {@link Onbekend}.
 *
 * <p>Every fold implements {@link Regels}, one method per kind of event: a new record without a rule in every fold
 * does not compile. (Java 17 has no pattern switch over a sealed type; this is its exhaustive equivalent.)
 */
public sealed interface Feit {

    /** The type name as stored: the record's own name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The day the fact is about, as the fact itself states it; null when it states none. */
    default LocalDate datum() {
        return null;
    }

    /** Applies the rule of this kind of fact. */
    <R> R volgens(Regels<R> regels);

    /** The stored type name of a kind of fact. */
    static String type(Class<? extends Feit> soort) {
        return soort.getSimpleName();
    }

    /** The kind of fact of a stored type name; empty for a name that is not in the vocabulary. */
    static Optional<Class<? extends Feit>> soort(String type) {
        return Optional.ofNullable(Woordenlijst.SOORTEN.get(type));
    }

    /** A field the writer must give; an older stored event may still lack it. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Verplicht {
    }

    /** A completed user task: the task's definition key and id, and the row of the taakverdeling that routed it. */
    sealed interface Taakfeit extends Feit {
        String taak();

        String taakId();

        String onderdeel();
    }

    /** One rule per kind of fact; see {@link Dossierverloop} for the fold both projections share. */
    interface Regels<R> {
        R dossierAangemaakt(DossierAangemaakt feit);

        R overdrachtCoaAfgerond(OverdrachtCoaAfgerond feit);

        R vrijwilligerVoorgesteld(VrijwilligerVoorgesteld feit);

        R regeldagGehouden(RegeldagGehouden feit);

        R ingeschrevenInGemeente(IngeschrevenInGemeente feit);

        R bijstandAangevraagd(BijstandAangevraagd feit);

        R budgetbeheerIngesteld(BudgetbeheerIngesteld feit);

        R ontzorgenGeevalueerd(OntzorgenGeevalueerd feit);

        R maatschappelijkeBegeleidingAfgerond(MaatschappelijkeBegeleidingAfgerond feit);

        R financieleZelfredzaamheidAfgerond(FinancieleZelfredzaamheidAfgerond feit);

        R leerbaarheidstoetsAfgenomen(LeerbaarheidstoetsAfgenomen feit);

        R bredeIntakeAfgerond(BredeIntakeAfgerond feit);

        R pipVastgesteld(PipVastgesteld feit);

        R leerrouteGestart(LeerrouteGestart feit);

        R taalvrijwilligerIngezet(TaalvrijwilligerIngezet feit);

        R pvtAfgerond(PvtAfgerond feit);

        R mapAfgerond(MapAfgerond feit);

        R toeleidingWerkAfgerond(ToeleidingWerkAfgerond feit);

        R participatieUrenGeregistreerd(ParticipatieUrenGeregistreerd feit);

        R taalschakeltrajectAfgerond(TaalschakeltrajectAfgerond feit);

        R voortgangsgesprekGevoerd(VoortgangsgesprekGevoerd feit);

        R pipBijgesteld(PipBijgesteld feit);

        R boeteOpgelegd(BoeteOpgelegd feit);

        R termijnOverschreden(TermijnOverschreden feit);

        R termijnBewakingAfgehandeld(TermijnBewakingAfgehandeld feit);

        R ontheffingVerleend(OntheffingVerleend feit);

        R verhuisd(Verhuisd feit);

        R dossierOvergedragen(DossierOvergedragen feit);

        R afsluitingGestart(AfsluitingGestart feit);

        R dossierAfgesloten(DossierAfgesloten feit);

        R cbsLeveringGeregistreerd(CbsLeveringGeregistreerd feit);

        R duoRegistratieGedaan(DuoRegistratieGedaan feit);

        R onbekend(Onbekend feit);
    }

    /** POST /api/dossiers: a koppeling by COA or a melding by DUO opens the dossier. */
    record DossierAangemaakt(@Verplicht String bsn, @Verplicht String naam, @Verplicht LocalDate geboortedatum,
                             @Verplicht Doelgroep doelgroep, @Verplicht Gemeente gemeente,
                             @Verplicht Inkoopregio inkoopregio, @Verplicht boolean uitkering,
                             @Verplicht LocalDate datumKoppeling) implements Feit {
        public LocalDate datum() {
            return datumKoppeling;
        }

        public <R> R volgens(Regels<R> r) {
            return r.dossierAangemaakt(this);
        }
    }

    /** Task overdrachtCoa. */
    record OverdrachtCoaAfgerond(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumOverdracht)
            implements Taakfeit {
        public LocalDate datum() {
            return datumOverdracht;
        }

        public <R> R volgens(Regels<R> r) {
            return r.overdrachtCoaAfgerond(this);
        }
    }

    /** Task vrijwilligerVoorstellen. */
    record VrijwilligerVoorgesteld(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumVoorstel)
            implements Taakfeit {
        public LocalDate datum() {
            return datumVoorstel;
        }

        public <R> R volgens(Regels<R> r) {
            return r.vrijwilligerVoorgesteld(this);
        }
    }

    /** Task regeldag. */
    record RegeldagGehouden(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumRegeldag)
            implements Taakfeit {
        public LocalDate datum() {
            return datumRegeldag;
        }

        public <R> R volgens(Regels<R> r) {
            return r.regeldagGehouden(this);
        }
    }

    /** Task inschrijvingGemeente. */
    record IngeschrevenInGemeente(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumInschrijving)
            implements Taakfeit {
        public LocalDate datum() {
            return datumInschrijving;
        }

        public <R> R volgens(Regels<R> r) {
            return r.ingeschrevenInGemeente(this);
        }
    }

    /** Task aanvraagBijstand. */
    record BijstandAangevraagd(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumAanvraag)
            implements Taakfeit {
        public LocalDate datum() {
            return datumAanvraag;
        }

        public <R> R volgens(Regels<R> r) {
            return r.bijstandAangevraagd(this);
        }
    }

    /** Task instellenBudgetbeheer. */
    record BudgetbeheerIngesteld(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumBudgetbeheer)
            implements Taakfeit {
        public LocalDate datum() {
            return datumBudgetbeheer;
        }

        public <R> R volgens(Regels<R> r) {
            return r.budgetbeheerIngesteld(this);
        }
    }

    /** Task evaluatieOntzorgen: VOORTZETTEN, AFBOUWEN or BEEINDIGEN. */
    record OntzorgenGeevalueerd(String taak, String taakId, String onderdeel, @Verplicht String conclusieOntzorgen)
            implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.ontzorgenGeevalueerd(this);
        }
    }

    /** Task maatschappelijkeBegeleiding. */
    record MaatschappelijkeBegeleidingAfgerond(String taak, String taakId, String onderdeel,
                                               @Verplicht LocalDate datumAfronding) implements Taakfeit {
        public LocalDate datum() {
            return datumAfronding;
        }

        public <R> R volgens(Regels<R> r) {
            return r.maatschappelijkeBegeleidingAfgerond(this);
        }
    }

    /** Task financieleZelfredzaamheid. */
    record FinancieleZelfredzaamheidAfgerond(String taak, String taakId, String onderdeel,
                                             @Verplicht LocalDate datumAfronding) implements Taakfeit {
        public LocalDate datum() {
            return datumAfronding;
        }

        public <R> R volgens(Regels<R> r) {
            return r.financieleZelfredzaamheidAfgerond(this);
        }
    }

    /**
     * Task leerbaarheidstoets: the day and the uitkomst (GGM {@code UitkomstLeerbaarheidstoets}): the level the toets
     * indicates as reachable ({@code B1}, {@code A2}, {@code A1}) or {@code NIET_VERSCHENEN}. Older events lack it.
     */
    record LeerbaarheidstoetsAfgenomen(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumToets,
                                       String uitkomstLeerbaarheidstoets) implements Taakfeit {
        public LocalDate datum() {
            return datumToets;
        }

        public <R> R volgens(Regels<R> r) {
            return r.leerbaarheidstoetsAfgenomen(this);
        }
    }

    /**
     * Task bredeIntake: the day of its first conversation (its start, CBS's indicator) and of its last. Older events
     * lack the start; the fold then takes the leerbaarheidstoets or the last conversation, whichever came first.
     */
    record BredeIntakeAfgerond(String taak, String taakId, String onderdeel, LocalDate datumStartBredeIntake,
                               @Verplicht LocalDate datumBredeIntake) implements Taakfeit {
        public LocalDate datum() {
            return datumBredeIntake;
        }

        public <R> R volgens(Regels<R> r) {
            return r.bredeIntakeAfgerond(this);
        }
    }

    /** Task pipOpstellen: the PIP's leerroute and its dagtekening (the inburgeringstermijn runs from the first). */
    record PipVastgesteld(String taak, String taakId, String onderdeel, @Verplicht Leerroute leerroute,
                          @Verplicht LocalDate pipDatum) implements Taakfeit {
        public LocalDate datum() {
            return pipDatum;
        }

        public <R> R volgens(Regels<R> r) {
            return r.pipVastgesteld(this);
        }
    }

    /** Task startLeerroute. */
    record LeerrouteGestart(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumStart)
            implements Taakfeit {
        public LocalDate datum() {
            return datumStart;
        }

        public <R> R volgens(Regels<R> r) {
            return r.leerrouteGestart(this);
        }
    }

    /** Task taalvrijwilliger. */
    record TaalvrijwilligerIngezet(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumInzet)
            implements Taakfeit {
        public LocalDate datum() {
            return datumInzet;
        }

        public <R> R volgens(Regels<R> r) {
            return r.taalvrijwilligerIngezet(this);
        }
    }

    /**
     * Task pvt: the day the PVT ended, its resultaat ({@code VOLDAAN}: declaration signed, {@code NIET_VOLDAAN}) and,
     * when not, whether that was verwijtbaar. Older events lack the resultaat: they were recorded when it was done.
     */
    record PvtAfgerond(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumPvt, String resultaatPvt,
                       Boolean verwijtbaar) implements Taakfeit {
        public LocalDate datum() {
            return datumPvt;
        }

        public <R> R volgens(Regels<R> r) {
            return r.pvtAfgerond(this);
        }
    }

    /** Task map: hours of praktijk, the day the MAP ended, its resultaat and verwijtbaarheid (as for the PVT). */
    record MapAfgerond(String taak, String taakId, String onderdeel, @Verplicht BigDecimal praktijkUren,
                       @Verplicht LocalDate datumMap, String resultaatMap, Boolean verwijtbaar) implements Taakfeit {
        public LocalDate datum() {
            return datumMap;
        }

        public <R> R volgens(Regels<R> r) {
            return r.mapAfgerond(this);
        }
    }

    /**
     * Task toeleidingWerk: whether the inburgeraar went to work and from which day ({@code datumStartWerk}); the
     * uitstroom figure counts dated work only. Older events (and the form until it asks for it) lack the day.
     */
    record ToeleidingWerkAfgerond(String taak, String taakId, String onderdeel, @Verplicht boolean uitstroomWerk,
                                  LocalDate datumStartWerk) implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.toeleidingWerkAfgerond(this);
        }
    }

    /** Task participatieZroute: hours of participation in the Z-route. */
    record ParticipatieUrenGeregistreerd(String taak, String taakId, String onderdeel,
                                         @Verplicht BigDecimal participatieUren) implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.participatieUrenGeregistreerd(this);
        }
    }

    /** Task taalschakeltraject (onderwijsroute). */
    record TaalschakeltrajectAfgerond(String taak, String taakId, String onderdeel,
                                      @Verplicht LocalDate datumAfronding) implements Taakfeit {
        public LocalDate datum() {
            return datumAfronding;
        }

        public <R> R volgens(Regels<R> r) {
            return r.taalschakeltrajectAfgerond(this);
        }
    }

    /** Task voortgangsgesprek: GEEN_ACTIE, BIJSTELLING_PIP or HANDHAVING. */
    record VoortgangsgesprekGevoerd(String taak, String taakId, String onderdeel, @Verplicht String uitkomst)
            implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.voortgangsgesprekGevoerd(this);
        }
    }

    /** Task bijstellingPip: the leerroute may change (schakelen, table schakelen). */
    record PipBijgesteld(String taak, String taakId, String onderdeel, @Verplicht Leerroute leerroute,
                         @Verplicht LocalDate datumBijstelling) implements Taakfeit {
        public LocalDate datum() {
            return datumBijstelling;
        }

        public <R> R volgens(Regels<R> r) {
            return r.pipBijgesteld(this);
        }
    }

    /** Task handhaving: ART_22, ART_23 or GEEN (no boete), and the amount (limits: table boeteregels). */
    record BoeteOpgelegd(String taak, String taakId, String onderdeel, @Verplicht String boeteArtikel,
                         @Verplicht BigDecimal boeteBedrag) implements Taakfeit {
        /** GEEN records the decision not to fine: it is no boete. */
        public boolean isBoete() {
            return !"GEEN".equals(boeteArtikel);
        }

        public <R> R volgens(Regels<R> r) {
            return r.boeteOpgelegd(this);
        }
    }

    /** A term's timer fired (docs/termijnen.md): which term, its vervaldatum, and the activity that watched it. */
    record TermijnOverschreden(@Verplicht String termijn, @Verplicht LocalDate vervaldatum, String activiteit)
            implements Feit {
        public LocalDate datum() {
            return vervaldatum;
        }

        public <R> R volgens(Regels<R> r) {
            return r.termijnOverschreden(this);
        }
    }

    /** Task termijnBewaking: the teamleider handled an escalation. */
    record TermijnBewakingAfgehandeld(String taak, String taakId, String onderdeel, @Verplicht String termijn,
                                      @Verplicht String actie) implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.termijnBewakingAfgehandeld(this);
        }
    }

    /** Message from DUO (POST /api/dossiers/{id}/berichten): the duty ends. */
    record OntheffingVerleend(@Verplicht LocalDate datumOntheffing) implements Feit {
        public LocalDate datum() {
            return datumOntheffing;
        }

        public <R> R volgens(Regels<R> r) {
            return r.ontheffingVerleend(this);
        }
    }

    /** Message (POST /api/dossiers/{id}/berichten): naarGemeente is a code of ours, or {@value #BUITEN_REGIO}. */
    record Verhuisd(@Verplicht Gemeente vanGemeente, @Verplicht String naarGemeente,
                    @Verplicht LocalDate datumVerhuizing) implements Feit {

        public static final String BUITEN_REGIO = "BUITEN_REGIO";

        /** The gemeente of ours moved to; empty for a move out of the region. */
        public Optional<Gemeente> naarEigenGemeente() {
            for (Gemeente gemeente : Gemeente.values()) {
                if (gemeente.name().equals(naarGemeente)) {
                    return Optional.of(gemeente);
                }
            }
            return Optional.empty();
        }

        public LocalDate datum() {
            return datumVerhuizing;
        }

        public <R> R volgens(Regels<R> r) {
            return r.verhuisd(this);
        }
    }

    /** Task overdrachtNieuweGemeente: the file is handed to the gemeente outside the region. */
    record DossierOvergedragen(String taak, String taakId, String onderdeel,
                               @Verplicht LocalDate datumOverdrachtNieuweGemeente) implements Taakfeit {
        public LocalDate datum() {
            return datumOverdrachtNieuweGemeente;
        }

        public <R> R volgens(Regels<R> r) {
            return r.dossierOvergedragen(this);
        }
    }

    /** The trajectory reached the subprocess Afsluiting. */
    record AfsluitingGestart(String activiteit) implements Feit {
        public <R> R volgens(Regels<R> r) {
            return r.afsluitingGestart(this);
        }
    }

    /** Task afsluiting: the dossier closes with this resultaat. */
    record DossierAfgesloten(String taak, String taakId, String onderdeel, @Verplicht String resultaat)
            implements Taakfeit {
        public <R> R volgens(Regels<R> r) {
            return r.dossierAfgesloten(this);
        }
    }

    /**
     * Not about a dossier: a CBS delivery, in the stream {@code CBS-<jaar>-Q<n>} (docs/rapportages.md). Since the
     * delivery per gemeente it names the gemeente, the moment its file was made ({@code bekendOp}, ISO instant: the
     * file holds what was known then), and the SHA-256 and record count of that file. Older events lack them and
     * stand for all four gemeenten.
     */
    record CbsLeveringGeregistreerd(@Verplicht int jaar, @Verplicht int kwartaal,
                                    @Verplicht LocalDate uitersteLeverdatum, Gemeente gemeente, String bekendOp,
                                    String sha256, Integer aantalRecords) implements Feit {
        public <R> R volgens(Regels<R> r) {
            return r.cbsLeveringGeregistreerd(this);
        }
    }

    /**
     * Casusregie registered an item of the DUO worklist in DUO's Portaal Inburgering on {@code datumRegistratie};
     * {@code item} is the worklist's key of it (docs/rapportages.md, "DUO-werklijst").
     */
    record DuoRegistratieGedaan(@Verplicht String item, @Verplicht LocalDate datumRegistratie) implements Feit {
        public LocalDate datum() {
            return datumRegistratie;
        }

        public <R> R volgens(Regels<R> r) {
            return r.duoRegistratieGedaan(this);
        }
    }

    /**
     * A stored type this version does not know (written by an older or a newer one): kept as stored, never appended.
     */
    record Onbekend(String type, Map<String, Object> data) implements Feit {
        public Onbekend {
            data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        }

        public <R> R volgens(Regels<R> r) {
            return r.onbekend(this);
        }
    }
}
