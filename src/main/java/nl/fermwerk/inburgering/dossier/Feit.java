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

        R termijnVervallen(TermijnVervallen feit);

        R termijnVerlengd(TermijnVerlengd feit);

        R termijnHerberekend(TermijnHerberekend feit);

        R ontheffingVerleend(OntheffingVerleend feit);

        R verhuisd(Verhuisd feit);

        R dossierOvergedragen(DossierOvergedragen feit);

        R afsluitingGestart(AfsluitingGestart feit);

        R dossierAfgesloten(DossierAfgesloten feit);

        R cbsLeveringGeregistreerd(CbsLeveringGeregistreerd feit);

        R examenuitslagGeregistreerd(ExamenuitslagGeregistreerd feit);

        R eindgesprekGevoerd(EindgesprekGevoerd feit);

        R knmAfgerond(KnmAfgerond feit);

        R alfabetiseringAfgerond(AlfabetiseringAfgerond feit);

        R budgetcoachingIngezet(BudgetcoachingIngezet feit);

        R sociaalTeamIngezet(SociaalTeamIngezet feit);

        R casuistiekoverlegGehouden(CasuistiekoverlegGehouden feit);

        R onderdeelVervallen(OnderdeelVervallen feit);

        R vrijstellingVerleend(VrijstellingVerleend feit);

        R handhavingGestart(HandhavingGestart feit);

        R voornemenVerzonden(VoornemenVerzonden feit);

        R zienswijzeOntvangen(ZienswijzeOntvangen feit);

        R handhavingsbesluitGenomen(HandhavingsbesluitGenomen feit);

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

    /**
     * Task aanvraagBijstand: the aanvraag and, once decided, the toekenning (TOEGEKEND, AFGEWEZEN, IN_BEHANDELING) with
     * the ingangsdatum of the bijstand and whether inrichtingskosten were asked; the last three are optional (older
     * events lack them).
     */
    record BijstandAangevraagd(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumAanvraag,
                               String toekenning, LocalDate ingangsdatumBijstand, Boolean inrichtingskosten)
            implements Taakfeit {
        /** An aanvraag without its toekenning (older events, and the toekenning still open). */
        public BijstandAangevraagd(String taak, String taakId, String onderdeel, LocalDate datumAanvraag) {
            this(taak, taakId, onderdeel, datumAanvraag, null, null, null);
        }

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

    /**
     * Task pipOpstellen: the PIP's leerroute and its dagtekening (the inburgeringstermijn runs from the first), and
     * whether it includes alfabetisering (optional).
     */
    record PipVastgesteld(String taak, String taakId, String onderdeel, @Verplicht Leerroute leerroute,
                          @Verplicht LocalDate pipDatum, Boolean alfabetisering) implements Taakfeit {
        /** A PIP without the alfabetisering answer (older events). */
        public PipVastgesteld(String taak, String taakId, String onderdeel, Leerroute leerroute, LocalDate pipDatum) {
            this(taak, taakId, onderdeel, leerroute, pipDatum, null);
        }

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

    /**
     * Task map: hours of praktijk of one registration, the day, and when it closes the MAP its resultaat and
     * verwijtbaarheid (as for the PVT). {@code mapAfgerond} false registers hours only (they add up over
     * registrations); true or absent (an older event) closes the MAP, which the rules allow only with the minimum of
     * table {@code onderdelen} reached in total.
     */
    record MapAfgerond(String taak, String taakId, String onderdeel, @Verplicht BigDecimal praktijkUren,
                       @Verplicht LocalDate datumMap, Boolean mapAfgerond, String resultaatMap, Boolean verwijtbaar)
            implements Taakfeit {
        /** A registration that closes the MAP (as every one did before hours could add up). */
        public MapAfgerond(String taak, String taakId, String onderdeel, BigDecimal praktijkUren, LocalDate datumMap) {
            this(taak, taakId, onderdeel, praktijkUren, datumMap, null, null, null);
        }

        /** A registration of hours that closes the MAP or not, without resultaat. */
        public MapAfgerond(String taak, String taakId, String onderdeel, BigDecimal praktijkUren, LocalDate datumMap,
                           Boolean mapAfgerond) {
            this(taak, taakId, onderdeel, praktijkUren, datumMap, mapAfgerond, null, null);
        }

        /** Whether this registration closes the MAP (an older event without the field always did). */
        public boolean sluitAf() {
            return !Boolean.FALSE.equals(mapAfgerond);
        }

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

    /**
     * Task participatieZroute: hours of participation in the Z-route, adding up over registrations;
     * {@code participatieAfgerond} true closes the onderdeel (allowed with the minimum of table {@code onderdelen}).
     */
    record ParticipatieUrenGeregistreerd(String taak, String taakId, String onderdeel,
                                         @Verplicht BigDecimal participatieUren, Boolean participatieAfgerond)
            implements Taakfeit {
        /** A registration of hours only. */
        public ParticipatieUrenGeregistreerd(String taak, String taakId, String onderdeel, BigDecimal participatieUren) {
            this(taak, taakId, onderdeel, participatieUren, null);
        }

        /** Whether this registration closes the participatie (an older event never did). */
        public boolean sluitAf() {
            return Boolean.TRUE.equals(participatieAfgerond);
        }

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

    /**
     * Task bijstellingPip: the leerroute may change (schakelen, table schakelen); {@code examenniveau} A2 records
     * afschalen within the B1-route (table afschalen), B1 undoes it; optional.
     */
    record PipBijgesteld(String taak, String taakId, String onderdeel, @Verplicht Leerroute leerroute,
                         @Verplicht LocalDate datumBijstelling, String examenniveau) implements Taakfeit {
        /** A bijstelling that leaves the examenniveau as it is. */
        public PipBijgesteld(String taak, String taakId, String onderdeel, Leerroute leerroute,
                             LocalDate datumBijstelling) {
            this(taak, taakId, onderdeel, leerroute, datumBijstelling, null);
        }

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

    /** A running term can no longer apply (docs/termijnen.md): reden is the event type that withdrew it. */
    record TermijnVervallen(@Verplicht String termijn, @Verplicht String reden) implements Feit {
        public <R> R volgens(Regels<R> r) {
            return r.termijnVervallen(this);
        }
    }

    /** Message from DUO (POST /api/dossiers/{id}/berichten): the term now ends on {@code tot}. */
    record TermijnVerlengd(@Verplicht String termijn, @Verplicht LocalDate tot, String reden) implements Feit {
        public LocalDate datum() {
            return tot;
        }

        public <R> R volgens(Regels<R> r) {
            return r.termijnVerlengd(this);
        }
    }

    /** Functioneel beheer applied a new version of the table termijnen to a running term: its old and new end. */
    record TermijnHerberekend(@Verplicht String termijn, @Verplicht LocalDate oud, @Verplicht LocalDate nieuw)
            implements Feit {
        public LocalDate datum() {
            return nieuw;
        }

        public <R> R volgens(Regels<R> r) {
            return r.termijnHerberekend(this);
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

    /** Task examenuitslag: DUO's result of the inburgeringsexamen (B1 or, afgeschaald, A2), KNM included. */
    record ExamenuitslagGeregistreerd(String taak, String taakId, String onderdeel, @Verplicht String examenniveau,
                                      @Verplicht boolean examenBehaald, @Verplicht boolean knmBehaald,
                                      @Verplicht LocalDate datumExamen) implements Taakfeit {
        public LocalDate datum() {
            return datumExamen;
        }

        public <R> R volgens(Regels<R> r) {
            return r.examenuitslagGeregistreerd(this);
        }
    }

    /** Task eindgesprek: the Z-route's eindgesprek. */
    record EindgesprekGevoerd(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumEindgesprek)
            implements Taakfeit {
        public LocalDate datum() {
            return datumEindgesprek;
        }

        public <R> R volgens(Regels<R> r) {
            return r.eindgesprekGevoerd(this);
        }
    }

    /** Task knm: Kennis van de Nederlandse Maatschappij completed (outside the B1 exam). */
    record KnmAfgerond(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumKnm)
            implements Taakfeit {
        public LocalDate datum() {
            return datumKnm;
        }

        public <R> R volgens(Regels<R> r) {
            return r.knmAfgerond(this);
        }
    }

    /** Task alfabetisering: the alfabetisering the PIP included is completed. */
    record AlfabetiseringAfgerond(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumAfronding)
            implements Taakfeit {
        public LocalDate datum() {
            return datumAfronding;
        }

        public <R> R volgens(Regels<R> r) {
            return r.alfabetiseringAfgerond(this);
        }
    }

    /** Task budgetcoaching: budgetcoaching was needed and is arranged. */
    record BudgetcoachingIngezet(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumBudgetcoaching)
            implements Taakfeit {
        public LocalDate datum() {
            return datumBudgetcoaching;
        }

        public <R> R volgens(Regels<R> r) {
            return r.budgetcoachingIngezet(this);
        }
    }

    /** Task inzetSociaalTeam: a referral to the local sociaal team or a WMO voorziening. */
    record SociaalTeamIngezet(String taak, String taakId, String onderdeel, @Verplicht String voorziening,
                              @Verplicht LocalDate datumInzet) implements Taakfeit {
        public LocalDate datum() {
            return datumInzet;
        }

        public <R> R volgens(Regels<R> r) {
            return r.sociaalTeamIngezet(this);
        }
    }

    /** Task casuistiekoverleg: the case was discussed in the ketenpartners' casuïstiekoverleg. */
    record CasuistiekoverlegGehouden(String taak, String taakId, String onderdeel, @Verplicht LocalDate datumOverleg)
            implements Taakfeit {
        public LocalDate datum() {
            return datumOverleg;
        }

        public <R> R volgens(Regels<R> r) {
            return r.casuistiekoverlegGehouden(this);
        }
    }

    /**
     * A route switch (or afschalen) made an open onderdeel no longer apply: which one, why, and the routes before and
     * after. Recorded by the model's delegate {@code routewissel}.
     */
    record OnderdeelVervallen(@Verplicht String onderdeelcode, @Verplicht String reden, String vorigeLeerroute,
                              String leerroute) implements Feit {
        public <R> R volgens(Regels<R> r) {
            return r.onderdeelVervallen(this);
        }
    }

    /** Message from DUO (POST /api/dossiers/{id}/berichten): vrijstelling of the duty. */
    record VrijstellingVerleend(@Verplicht LocalDate datumVrijstelling) implements Feit {
        public LocalDate datum() {
            return datumVrijstelling;
        }

        public <R> R volgens(Regels<R> r) {
            return r.vrijstellingVerleend(this);
        }
    }

    /**
     * Message (POST /api/dossiers/{id}/berichten, casusregie): handhaving starts, in whatever phase, on this grond
     * (ART_22_BREDE_INTAKE, ART_22_PIP, ART_23_PIP_NIET_NAGEKOMEN, ART_23_TERMIJN_VERSTREKEN).
     */
    record HandhavingGestart(@Verplicht String grond, @Verplicht LocalDate datumStart, String toelichting)
            implements Feit {
        public LocalDate datum() {
            return datumStart;
        }

        public <R> R volgens(Regels<R> r) {
            return r.handhavingGestart(this);
        }
    }

    /** Task handhaving (step voornemen): the voornemen is sent; the zienswijze may come until zienswijzeTot. */
    record VoornemenVerzonden(String taak, String taakId, String onderdeel, @Verplicht String boeteArtikel,
                              @Verplicht String handhavingsstap, @Verplicht LocalDate datumVoornemen,
                              @Verplicht LocalDate zienswijzeTot) implements Taakfeit {
        public LocalDate datum() {
            return datumVoornemen;
        }

        public <R> R volgens(Regels<R> r) {
            return r.voornemenVerzonden(this);
        }
    }

    /** Task zienswijze: the inburgeraar's zienswijze came in (or not: zienswijzeGegeven false). */
    record ZienswijzeOntvangen(String taak, String taakId, String onderdeel, @Verplicht boolean zienswijzeGegeven,
                               @Verplicht LocalDate datumZienswijze) implements Taakfeit {
        public LocalDate datum() {
            return datumZienswijze;
        }

        public <R> R volgens(Regels<R> r) {
            return r.zienswijzeOntvangen(this);
        }
    }

    /**
     * Task handhavingsbesluit: BOETE, MAATREGEL or AFZIEN on a step of the ladder (table boeteregels), with the
     * amount (0 unless BOETE), the motivering (required by the form, which keeps it out of the process as a task
     * answer) and the dagtekening.
     */
    record HandhavingsbesluitGenomen(String taak, String taakId, String onderdeel, @Verplicht String besluit,
                                     @Verplicht String boeteArtikel, @Verplicht String handhavingsstap,
                                     @Verplicht BigDecimal boeteBedrag, String motivering,
                                     @Verplicht LocalDate dagtekening) implements Taakfeit {

        public static final String BOETE = "BOETE";

        public LocalDate datum() {
            return dagtekening;
        }

        public <R> R volgens(Regels<R> r) {
            return r.handhavingsbesluitGenomen(this);
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
