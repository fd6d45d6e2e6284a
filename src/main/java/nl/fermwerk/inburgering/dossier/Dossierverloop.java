package nl.fermwerk.inburgering.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Routeonderdeel;

/**
 * Everything the events of one dossier tell, folded by one rule per kind of event ({@link Feit.Regels}): the one fold
 * behind the dossier's state ({@link DossierStaat}, what the API and Tasklist show) and the report's row (what the
 * lists, the dashboard and the exports count), so the two can never tell a different story. Pure: no clock, no
 * settings; the same events give the same verloop, which makes a rebuild and every question "as of" a peildatum
 * possible. The rules are written out in docs/gebeurtenissen.md.
 *
 * <p>A date that an event does not carry (an older event) is the event's business day in Europe/Amsterdam. Phases
 * only move forward: a late event of an earlier onderdeel never puts a dossier back.
 */
public record Dossierverloop(
        String dossierId,
        String bsn,
        String naam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Gemeente gemeente,
        Inkoopregio inkoopregio,
        boolean uitkering,
        LocalDate datumKoppeling,
        Fase fase,
        boolean open,
        Leerroute leerroute,
        LocalDate datumOverdracht,
        LocalDate datumInschrijving,
        LocalDate datumToets,
        LocalDate datumBredeIntake,
        LocalDate pipDatum,
        LocalDate datumStartLeerroute,
        LocalDate datumPvt,
        LocalDate datumMap,
        BigDecimal praktijkUren,
        BigDecimal participatieUren,
        int aantalBoetes,
        BigDecimal boeteBedrag,
        List<String> openTermijnen,
        int aantalVoortgangsgesprekken,
        Boolean uitstroomWerk,
        LocalDate datumOntheffing,
        LocalDate datumAfsluiting,
        String resultaat,
        LocalDate eindeTermijnVerlegd,
        Set<Routeonderdeel> behaaldeOnderdelen,
        Set<Routeonderdeel> vervallenOnderdelen,
        String examenniveau,
        LocalDate datumVrijstelling,
        boolean verhuisdBuitenRegio,
        boolean handhavingLoopt,
        boolean alfabetisering,
        boolean overgedragen,
        boolean inburgeringstermijnVerstreken,
        LocalDate datumStartBredeIntake,
        String uitkomstLeerbaarheidstoets,
        LocalDate datumBijstellingPip,
        List<LocalDate> bijstellingenPip,
        String resultaatPvt,
        String resultaatMap,
        Boolean pvtVerwijtbaar,
        Boolean mapVerwijtbaar,
        LocalDate datumTaalschakeltraject,
        LocalDate datumBudgetbeheer,
        LocalDate datumEvaluatieOntzorgen,
        LocalDate datumMaatschappelijkeBegeleiding,
        LocalDate datumStartWerk,
        LocalDate datumVertrek,
        Map<String, LocalDate> duoGeregistreerd,
        int versie) {

    /** Names an escalation whose event did not say which term it was about. */
    public static final String ONBEKENDE_TERMIJN = "ONBEKEND";

    /** The examenniveau of a B1-route after afschalen. */
    public static final String AFGESCHAALD_NIVEAU = "A2";

    /** The term whose passing unmet is one of the ways the plicht ends (docs/termijnen.md). */
    public static final String INBURGERINGSTERMIJN = "INBURGERINGSTERMIJN";

    /** The resultaat of a PVT or MAP recorded before the form asked for it: it was recorded when it was done. */
    public static final String VOLDAAN = "VOLDAAN";

    public Dossierverloop {
        openTermijnen = List.copyOf(openTermijnen);
        behaaldeOnderdelen = alsSet(behaaldeOnderdelen);
        vervallenOnderdelen = alsSet(vervallenOnderdelen);
        duoGeregistreerd = Collections.unmodifiableMap(new TreeMap<>(duoGeregistreerd));
        bijstellingenPip = List.copyOf(bijstellingenPip);
    }

    private static Set<Routeonderdeel> alsSet(Set<Routeonderdeel> onderdelen) {
        return onderdelen.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(onderdelen));
    }

    /** Whether an onderdeel of a leerroute has been met (table onderdelen says which count). */
    public boolean behaald(Routeonderdeel onderdeel) {
        return behaaldeOnderdelen.contains(onderdeel);
    }

    /** Whether the inburgeraar was afgeschaald from B1 to A2 within the B1-route. */
    public boolean afgeschaald() {
        return AFGESCHAALD_NIVEAU.equals(examenniveau);
    }

    /** Folds a dossier's events in order; null when the stream holds no {@code DossierAangemaakt} (not a dossier). */
    public static Dossierverloop van(List<Gebeurtenis> gebeurtenissen) {
        Dossierverloop verloop = null;
        for (Gebeurtenis g : gebeurtenissen) {
            verloop = volg(verloop, g.dossierId(), g.volgnummer(), g.tijdstip(), g.feit());
        }
        return verloop;
    }

    /**
     * The verloop after one more fact; {@code vorige} null means no dossier yet, and then only its
     * {@code DossierAangemaakt} starts one (a stream of other events, such as a CBS delivery, is no dossier).
     */
    public static Dossierverloop volg(Dossierverloop vorige, String dossierId, int volgnummer, Instant tijdstip,
                                      Feit feit) {
        if (vorige == null) {
            return feit instanceof Feit.DossierAangemaakt aangemaakt
                    ? begin(dossierId, volgnummer, LocalDate.ofInstant(tijdstip, Klok.ZONE), aangemaakt) : null;
        }
        return feit.volgens(new Volgregels(vorige, volgnummer, LocalDate.ofInstant(tijdstip, Klok.ZONE)));
    }

    private static Dossierverloop begin(String dossierId, int volgnummer, LocalDate dag, Feit.DossierAangemaakt f) {
        Gemeente gemeente = f.gemeente();
        Doelgroep doelgroep = f.doelgroep();
        // Asielstatushouders and nareizigers come through COA and start with the warme overdracht
        Fase fase = doelgroep != null && doelgroep.viaCoa() ? Fase.WARME_OVERDRACHT : Fase.BREDE_INTAKE;
        return new Dossierverloop(dossierId, f.bsn(), f.naam(), f.geboortedatum(), doelgroep, gemeente,
                gemeente == null ? f.inkoopregio() : gemeente.inkoopregio(), f.uitkering(),
                f.datumKoppeling() == null ? dag : f.datumKoppeling(), fase, true, null, null, null, null, null, null,
                null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, List.of(), 0, null, null, null,
                null, null, Set.of(), Set.of(), null, null, false, false, false, false, false,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null,
                Map.of(), volgnummer);
    }

    /** The rule of each kind of fact, applied to the verloop so far; {@code dag} is the event's business day. */
    private static final class Volgregels implements Feit.Regels<Dossierverloop> {

        private final Dossierverloop vorige;
        private final int volgnummer;
        private final LocalDate dag;

        Volgregels(Dossierverloop vorige, int volgnummer, LocalDate dag) {
            this.vorige = vorige;
            this.volgnummer = volgnummer;
            this.dag = dag;
        }

        /** Only the version moves: the fact matters to people, not to the dossier's course. */
        private Dossierverloop alleenVersie() {
            return wijzig(v -> {
            });
        }

        private Dossierverloop wijzig(Consumer<Bouwer> wijziging) {
            Bouwer b = new Bouwer(vorige);
            wijziging.accept(b);
            b.versie = volgnummer;
            return b.bouw();
        }

        private LocalDate ofDag(LocalDate datum) {
            return datum != null ? datum : dag;
        }

        @Override
        public Dossierverloop dossierAangemaakt(Feit.DossierAangemaakt f) {
            // The dossier exists already: a second koppeling cannot change it (the store refuses one anyway)
            return alleenVersie();
        }

        @Override
        public Dossierverloop overdrachtCoaAfgerond(Feit.OverdrachtCoaAfgerond f) {
            return wijzig(v -> {
                v.datumOverdracht = ofDag(f.datumOverdracht());
                v.naarFase(Fase.BREDE_INTAKE);
            });
        }

        @Override
        public Dossierverloop vrijwilligerVoorgesteld(Feit.VrijwilligerVoorgesteld f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop regeldagGehouden(Feit.RegeldagGehouden f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop ingeschrevenInGemeente(Feit.IngeschrevenInGemeente f) {
            return wijzig(v -> v.datumInschrijving = ofDag(f.datumInschrijving()));
        }

        @Override
        public Dossierverloop bijstandAangevraagd(Feit.BijstandAangevraagd f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop budgetbeheerIngesteld(Feit.BudgetbeheerIngesteld f) {
            return wijzig(v -> v.datumBudgetbeheer = ofDag(f.datumBudgetbeheer()));
        }

        @Override
        public Dossierverloop ontzorgenGeevalueerd(Feit.OntzorgenGeevalueerd f) {
            // The evaluation states no date of its own: the day it was recorded is the day of the evaluation
            return wijzig(v -> v.datumEvaluatieOntzorgen = dag);
        }

        @Override
        public Dossierverloop maatschappelijkeBegeleidingAfgerond(Feit.MaatschappelijkeBegeleidingAfgerond f) {
            return wijzig(v -> v.datumMaatschappelijkeBegeleiding = ofDag(f.datumAfronding()));
        }

        @Override
        public Dossierverloop financieleZelfredzaamheidAfgerond(Feit.FinancieleZelfredzaamheidAfgerond f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop leerbaarheidstoetsAfgenomen(Feit.LeerbaarheidstoetsAfgenomen f) {
            // The toets is part of the brede intake: once it is taken, the warme overdracht lies behind
            return wijzig(v -> {
                v.datumToets = ofDag(f.datumToets());
                if (f.uitkomstLeerbaarheidstoets() != null) {
                    v.uitkomstLeerbaarheidstoets = f.uitkomstLeerbaarheidstoets();
                }
                v.naarFase(Fase.BREDE_INTAKE);
            });
        }

        @Override
        public Dossierverloop bredeIntakeAfgerond(Feit.BredeIntakeAfgerond f) {
            return wijzig(v -> {
                v.datumBredeIntake = ofDag(f.datumBredeIntake());
                v.datumStartBredeIntake = startBredeIntake(f, v.datumBredeIntake);
                v.naarFase(Fase.PIP);
            });
        }

        @Override
        public Dossierverloop pipVastgesteld(Feit.PipVastgesteld f) {
            return wijzig(v -> {
                if (f.leerroute() != null) {
                    v.leerroute = f.leerroute();
                }
                // The inburgeringstermijn runs from the first PIP: a later one never restarts it
                if (v.pipDatum == null) {
                    v.pipDatum = ofDag(f.pipDatum());
                }
                if (f.alfabetisering() != null) {
                    v.alfabetisering = f.alfabetisering();
                }
                v.naarFase(Fase.UITVOERING);
            });
        }

        @Override
        public Dossierverloop leerrouteGestart(Feit.LeerrouteGestart f) {
            return wijzig(v -> v.datumStartLeerroute = ofDag(f.datumStart()));
        }

        @Override
        public Dossierverloop taalvrijwilligerIngezet(Feit.TaalvrijwilligerIngezet f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop pvtAfgerond(Feit.PvtAfgerond f) {
            return wijzig(v -> {
                v.datumPvt = ofDag(f.datumPvt());
                v.behaald(Routeonderdeel.PVT);
                v.resultaatPvt = f.resultaatPvt() != null ? f.resultaatPvt() : VOLDAAN;
                if (f.verwijtbaar() != null) {
                    v.pvtVerwijtbaar = f.verwijtbaar();
                }
            });
        }

        @Override
        public Dossierverloop mapAfgerond(Feit.MapAfgerond f) {
            return wijzig(v -> {
                v.datumMap = ofDag(f.datumMap());
                // Hours add up over registrations; the one that closes the MAP meets it and carries its resultaat
                v.praktijkUren = v.praktijkUren.add(nulAlsLeeg(f.praktijkUren()));
                if (f.sluitAf()) {
                    v.behaald(Routeonderdeel.MAP);
                    v.resultaatMap = f.resultaatMap() != null ? f.resultaatMap() : VOLDAAN;
                    if (f.verwijtbaar() != null) {
                        v.mapVerwijtbaar = f.verwijtbaar();
                    }
                }
            });
        }

        @Override
        public Dossierverloop toeleidingWerkAfgerond(Feit.ToeleidingWerkAfgerond f) {
            return wijzig(v -> {
                v.uitstroomWerk = f.uitstroomWerk();
                v.behaald(Routeonderdeel.TOELEIDING_WERK);
                v.datumStartWerk = f.uitstroomWerk() ? f.datumStartWerk() : null;
            });
        }

        @Override
        public Dossierverloop participatieUrenGeregistreerd(Feit.ParticipatieUrenGeregistreerd f) {
            return wijzig(v -> {
                v.participatieUren = v.participatieUren.add(nulAlsLeeg(f.participatieUren()));
                if (f.sluitAf()) {
                    v.behaald(Routeonderdeel.PARTICIPATIE);
                }
            });
        }

        @Override
        public Dossierverloop taalschakeltrajectAfgerond(Feit.TaalschakeltrajectAfgerond f) {
            return wijzig(v -> {
                v.behaald(Routeonderdeel.TAALSCHAKELTRAJECT);
                v.datumTaalschakeltraject = ofDag(f.datumAfronding());
            });
        }

        @Override
        public Dossierverloop voortgangsgesprekGevoerd(Feit.VoortgangsgesprekGevoerd f) {
            return wijzig(v -> v.aantalVoortgangsgesprekken++);
        }

        @Override
        public Dossierverloop pipBijgesteld(Feit.PipBijgesteld f) {
            // A bijstelling may switch the route (schakelen); the phase and the term stay as they are
            return wijzig(v -> {
                v.datumBijstellingPip = ofDag(f.datumBijstelling());
                v.bijstellingenPip.add(v.datumBijstellingPip);
                if (f.leerroute() != null) {
                    v.leerroute = f.leerroute();
                }
                if (f.examenniveau() != null) {
                    v.examenniveau = f.examenniveau();
                }
            });
        }

        @Override
        public Dossierverloop boeteOpgelegd(Feit.BoeteOpgelegd f) {
            return wijzig(v -> {
                if (f.isBoete()) {
                    v.aantalBoetes++;
                    v.boeteBedrag = v.boeteBedrag.add(nulAlsLeeg(f.boeteBedrag()));
                }
            });
        }

        @Override
        public Dossierverloop termijnOverschreden(Feit.TermijnOverschreden f) {
            return wijzig(v -> {
                v.openTermijnen.add(f.termijn() == null ? ONBEKENDE_TERMIJN : f.termijn());
                if (INBURGERINGSTERMIJN.equals(f.termijn())) {
                    v.inburgeringstermijnVerstreken = true;
                }
            });
        }

        @Override
        public Dossierverloop termijnBewakingAfgehandeld(Feit.TermijnBewakingAfgehandeld f) {
            return wijzig(v -> {
                // An older escalation task did not name its term: it closes the oldest open one
                if (f.termijn() == null) {
                    if (!v.openTermijnen.isEmpty()) {
                        v.openTermijnen.remove(0);
                    }
                } else {
                    v.openTermijnen.remove(f.termijn());
                }
            });
        }

        @Override
        public Dossierverloop ontheffingVerleend(Feit.OntheffingVerleend f) {
            // DUO's ontheffing ends the duty: what is left of the trajectory is its afsluiting
            return wijzig(v -> {
                v.datumOntheffing = ofDag(f.datumOntheffing());
                v.naarFase(Fase.AFSLUITING);
            });
        }

        @Override
        public Dossierverloop verhuisd(Feit.Verhuisd f) {
            // Within the region the dossier moves with the inburgeraar; out of it, DossierOvergedragen follows
            return wijzig(v -> f.naarEigenGemeente().ifPresentOrElse(naar -> {
                v.gemeente = naar;
                v.inkoopregio = naar.inkoopregio();
            }, () -> {
                v.verhuisdBuitenRegio = true;
                v.datumVertrek = ofDag(f.datumVerhuizing());
            }));
        }

        @Override
        public Dossierverloop dossierOvergedragen(Feit.DossierOvergedragen f) {
            // Handed over to a gemeente outside the region: what is left here is the afsluiting
            return wijzig(v -> {
                v.overgedragen = true;
                v.naarFase(Fase.AFSLUITING);
            });
        }

        @Override
        public Dossierverloop afsluitingGestart(Feit.AfsluitingGestart f) {
            return wijzig(v -> v.naarFase(Fase.AFSLUITING));
        }

        @Override
        public Dossierverloop dossierAfgesloten(Feit.DossierAfgesloten f) {
            return wijzig(v -> {
                v.fase = Fase.AFGESLOTEN;
                v.open = false;
                v.resultaat = f.resultaat();
                v.datumAfsluiting = dag;
            });
        }

        @Override
        public Dossierverloop termijnVervallen(Feit.TermijnVervallen f) {
            // A withdrawn term either never escalated, or its escalation is withdrawn with it (the dossier ended)
            return wijzig(v -> v.openTermijnen.remove(f.termijn()));
        }

        @Override
        public Dossierverloop termijnVerlengd(Feit.TermijnVerlengd f) {
            // An extension after the term passed ends its escalation: the watcher watches the new end instead
            // (termijnbewaking.bpmn, "Termijn verlengd na overschrijding")
            return wijzig(v -> {
                v.openTermijnen.remove(f.termijn());
                if (INBURGERINGSTERMIJN.equals(f.termijn()) && f.tot() != null) {
                    v.eindeTermijnVerlegd = f.tot();
                }
            });
        }

        @Override
        public Dossierverloop termijnHerberekend(Feit.TermijnHerberekend f) {
            return verlegEinde(f.termijn(), f.nieuw());
        }

        /** Only the inburgeringstermijn's end is part of the verloop (the reports' eindeTermijn). */
        private Dossierverloop verlegEinde(String termijn, LocalDate nieuw) {
            if (!INBURGERINGSTERMIJN.equals(termijn) || nieuw == null) {
                return alleenVersie();
            }
            return wijzig(v -> v.eindeTermijnVerlegd = nieuw);
        }

        @Override
        public Dossierverloop cbsLeveringGeregistreerd(Feit.CbsLeveringGeregistreerd f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop examenuitslagGeregistreerd(Feit.ExamenuitslagGeregistreerd f) {
            return wijzig(v -> {
                if (f.knmBehaald()) {
                    v.behaald(Routeonderdeel.KNM);
                }
                // The exam is met when the language parts and KNM are passed; a B1 pass also meets an A2 exam
                if (f.examenBehaald() && f.knmBehaald()) {
                    if ("B1".equals(f.examenniveau())) {
                        v.behaald(Routeonderdeel.EXAMEN_B1);
                        v.behaald(Routeonderdeel.EXAMEN_A2);
                    } else if (AFGESCHAALD_NIVEAU.equals(f.examenniveau())) {
                        v.behaald(Routeonderdeel.EXAMEN_A2);
                    }
                }
            });
        }

        @Override
        public Dossierverloop eindgesprekGevoerd(Feit.EindgesprekGevoerd f) {
            return wijzig(v -> v.behaald(Routeonderdeel.EINDGESPREK));
        }

        @Override
        public Dossierverloop knmAfgerond(Feit.KnmAfgerond f) {
            return wijzig(v -> v.behaald(Routeonderdeel.KNM));
        }

        @Override
        public Dossierverloop alfabetiseringAfgerond(Feit.AlfabetiseringAfgerond f) {
            return wijzig(v -> v.behaald(Routeonderdeel.ALFABETISERING));
        }

        @Override
        public Dossierverloop budgetcoachingIngezet(Feit.BudgetcoachingIngezet f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop sociaalTeamIngezet(Feit.SociaalTeamIngezet f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop casuistiekoverlegGehouden(Feit.CasuistiekoverlegGehouden f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop onderdeelVervallen(Feit.OnderdeelVervallen f) {
            // Only an open onderdeel lapses: one that was met stays met
            return wijzig(v -> Arrays.stream(Routeonderdeel.values())
                    .filter(o -> o.name().equals(f.onderdeelcode()) && !v.behaaldeOnderdelen.contains(o))
                    .forEach(v.vervallenOnderdelen::add));
        }

        @Override
        public Dossierverloop vrijstellingVerleend(Feit.VrijstellingVerleend f) {
            // Like an ontheffing, DUO's vrijstelling ends the duty: what is left is the afsluiting
            return wijzig(v -> {
                v.datumVrijstelling = ofDag(f.datumVrijstelling());
                v.naarFase(Fase.AFSLUITING);
            });
        }

        @Override
        public Dossierverloop handhavingGestart(Feit.HandhavingGestart f) {
            return wijzig(v -> v.handhavingLoopt = true);
        }

        @Override
        public Dossierverloop voornemenVerzonden(Feit.VoornemenVerzonden f) {
            return wijzig(v -> v.handhavingLoopt = true);
        }

        @Override
        public Dossierverloop zienswijzeOntvangen(Feit.ZienswijzeOntvangen f) {
            return alleenVersie();
        }

        @Override
        public Dossierverloop handhavingsbesluitGenomen(Feit.HandhavingsbesluitGenomen f) {
            // The besluit ends this round of handhaving; a boete counts like one from the task handhaving
            return wijzig(v -> {
                v.handhavingLoopt = false;
                if (Feit.HandhavingsbesluitGenomen.BOETE.equals(f.besluit())) {
                    v.aantalBoetes++;
                    v.boeteBedrag = v.boeteBedrag.add(nulAlsLeeg(f.boeteBedrag()));
                }
            });
        }

        @Override
        public Dossierverloop duoRegistratieGedaan(Feit.DuoRegistratieGedaan f) {
            return wijzig(v -> v.duoGeregistreerd.put(f.item(), ofDag(f.datumRegistratie())));
        }

        @Override
        public Dossierverloop onbekend(Feit.Onbekend f) {
            // Written by another version: this one cannot know what it means, so it changes nothing but the version
            return alleenVersie();
        }

        /** The start as stated; for an older event the last conversation: the intake had started by then. */
        private static LocalDate startBredeIntake(Feit.BredeIntakeAfgerond f, LocalDate laatste) {
            if (f.datumStartBredeIntake() != null) {
                return f.datumStartBredeIntake();
            }
            // The leerbaarheidstoets comes before the intake (seed), so only the last conversation bounds the start
            return laatste;
        }

        private static BigDecimal nulAlsLeeg(BigDecimal getal) {
            return getal == null ? BigDecimal.ZERO : getal;
        }
    }

    /** The verloop while one rule changes it. */
    private static final class Bouwer {
        String dossierId;
        String bsn;
        String naam;
        LocalDate geboortedatum;
        Doelgroep doelgroep;
        Gemeente gemeente;
        Inkoopregio inkoopregio;
        boolean uitkering;
        LocalDate datumKoppeling;
        Fase fase;
        boolean open;
        Leerroute leerroute;
        LocalDate datumOverdracht;
        LocalDate datumInschrijving;
        LocalDate datumToets;
        LocalDate datumBredeIntake;
        LocalDate pipDatum;
        LocalDate datumStartLeerroute;
        LocalDate datumPvt;
        LocalDate datumMap;
        BigDecimal praktijkUren;
        BigDecimal participatieUren;
        int aantalBoetes;
        BigDecimal boeteBedrag;
        List<String> openTermijnen;
        int aantalVoortgangsgesprekken;
        Boolean uitstroomWerk;
        LocalDate datumOntheffing;
        LocalDate datumAfsluiting;
        String resultaat;
        LocalDate eindeTermijnVerlegd;
        Set<Routeonderdeel> behaaldeOnderdelen;
        Set<Routeonderdeel> vervallenOnderdelen;
        String examenniveau;
        LocalDate datumVrijstelling;
        boolean verhuisdBuitenRegio;
        boolean handhavingLoopt;
        boolean alfabetisering;
        boolean overgedragen;
        boolean inburgeringstermijnVerstreken;
        LocalDate datumStartBredeIntake;
        String uitkomstLeerbaarheidstoets;
        LocalDate datumBijstellingPip;
        List<LocalDate> bijstellingenPip;
        String resultaatPvt;
        String resultaatMap;
        Boolean pvtVerwijtbaar;
        Boolean mapVerwijtbaar;
        LocalDate datumTaalschakeltraject;
        LocalDate datumBudgetbeheer;
        LocalDate datumEvaluatieOntzorgen;
        LocalDate datumMaatschappelijkeBegeleiding;
        LocalDate datumStartWerk;
        LocalDate datumVertrek;
        Map<String, LocalDate> duoGeregistreerd;
        int versie;

        Bouwer(Dossierverloop v) {
            dossierId = v.dossierId;
            bsn = v.bsn;
            naam = v.naam;
            geboortedatum = v.geboortedatum;
            doelgroep = v.doelgroep;
            gemeente = v.gemeente;
            inkoopregio = v.inkoopregio;
            uitkering = v.uitkering;
            datumKoppeling = v.datumKoppeling;
            fase = v.fase;
            open = v.open;
            leerroute = v.leerroute;
            datumOverdracht = v.datumOverdracht;
            datumInschrijving = v.datumInschrijving;
            datumToets = v.datumToets;
            datumBredeIntake = v.datumBredeIntake;
            pipDatum = v.pipDatum;
            datumStartLeerroute = v.datumStartLeerroute;
            datumPvt = v.datumPvt;
            datumMap = v.datumMap;
            praktijkUren = v.praktijkUren;
            participatieUren = v.participatieUren;
            aantalBoetes = v.aantalBoetes;
            boeteBedrag = v.boeteBedrag;
            openTermijnen = new ArrayList<>(v.openTermijnen);
            aantalVoortgangsgesprekken = v.aantalVoortgangsgesprekken;
            uitstroomWerk = v.uitstroomWerk;
            datumOntheffing = v.datumOntheffing;
            datumAfsluiting = v.datumAfsluiting;
            resultaat = v.resultaat;
            eindeTermijnVerlegd = v.eindeTermijnVerlegd;
            behaaldeOnderdelen = v.behaaldeOnderdelen.isEmpty() ? EnumSet.noneOf(Routeonderdeel.class)
                    : EnumSet.copyOf(v.behaaldeOnderdelen);
            vervallenOnderdelen = v.vervallenOnderdelen.isEmpty() ? EnumSet.noneOf(Routeonderdeel.class)
                    : EnumSet.copyOf(v.vervallenOnderdelen);
            examenniveau = v.examenniveau;
            datumVrijstelling = v.datumVrijstelling;
            verhuisdBuitenRegio = v.verhuisdBuitenRegio;
            handhavingLoopt = v.handhavingLoopt;
            alfabetisering = v.alfabetisering;
            overgedragen = v.overgedragen;
            inburgeringstermijnVerstreken = v.inburgeringstermijnVerstreken;
            datumStartBredeIntake = v.datumStartBredeIntake;
            uitkomstLeerbaarheidstoets = v.uitkomstLeerbaarheidstoets;
            datumBijstellingPip = v.datumBijstellingPip;
            bijstellingenPip = new ArrayList<>(v.bijstellingenPip);
            resultaatPvt = v.resultaatPvt;
            resultaatMap = v.resultaatMap;
            pvtVerwijtbaar = v.pvtVerwijtbaar;
            mapVerwijtbaar = v.mapVerwijtbaar;
            datumTaalschakeltraject = v.datumTaalschakeltraject;
            datumBudgetbeheer = v.datumBudgetbeheer;
            datumEvaluatieOntzorgen = v.datumEvaluatieOntzorgen;
            datumMaatschappelijkeBegeleiding = v.datumMaatschappelijkeBegeleiding;
            datumStartWerk = v.datumStartWerk;
            datumVertrek = v.datumVertrek;
            duoGeregistreerd = new TreeMap<>(v.duoGeregistreerd);
            versie = v.versie;
        }

        /** Phases only move forward, and a closed dossier stays closed. */
        void naarFase(Fase nieuw) {
            if (fase != Fase.AFGESLOTEN && nieuw.ordinal() > fase.ordinal()) {
                fase = nieuw;
            }
        }

        Dossierverloop bouw() {
            return new Dossierverloop(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                    datumKoppeling, fase, open, leerroute, datumOverdracht, datumInschrijving, datumToets,
                    datumBredeIntake, pipDatum, datumStartLeerroute, datumPvt, datumMap, praktijkUren, participatieUren,
                    aantalBoetes, boeteBedrag, openTermijnen, aantalVoortgangsgesprekken, uitstroomWerk,
                    datumOntheffing, datumAfsluiting, resultaat, eindeTermijnVerlegd, behaaldeOnderdelen, vervallenOnderdelen, examenniveau,
                    datumVrijstelling, verhuisdBuitenRegio, handhavingLoopt, alfabetisering, overgedragen,
                    inburgeringstermijnVerstreken, datumStartBredeIntake, uitkomstLeerbaarheidstoets,
                    datumBijstellingPip, bijstellingenPip, resultaatPvt, resultaatMap, pvtVerwijtbaar, mapVerwijtbaar,
                    datumTaalschakeltraject,
                    datumBudgetbeheer, datumEvaluatieOntzorgen, datumMaatschappelijkeBegeleiding, datumStartWerk,
                    datumVertrek, duoGeregistreerd, versie);
        }

        /** An onderdeel met: it stays met, whatever route follows (a PVT done stays done). */
        void behaald(Routeonderdeel onderdeel) {
            behaaldeOnderdelen.add(onderdeel);
            vervallenOnderdelen.remove(onderdeel);
        }
    }
}
