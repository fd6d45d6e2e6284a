package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the uitvoering's onderdelen from table {@code onderdelen}, and re-plans them when the leerroute changes
 * (schakelen) or the B1-route is afgeschaald to A2: the onderdelen of the new route that are not met open, the open
 * ones that no longer apply lapse (event {@code OnderdeelVervallen} with the reason), and what was met stays met.
 * Which onderdelen belong to which route is the table's; the model's gateways read only the flags set here.
 *
 * <p>As the model's delegate {@code ${routewissel}} it runs before the uitvoering starts and again after every
 * bijstelling of the PIP. It compares the route and examenniveau the last plan was made for ({@code geplandeLeerroute},
 * {@code geplandExamenniveau}; none before the first plan) with the dossier's current ones ({@code leerroute}, and the
 * examenniveau the bijstelling recorded in the dossier: the variable {@code examenniveau} is also the level of an exam
 * taken, not the plan's). It records the lapsed onderdelen and sets:
 * <ul>
 *   <li>{@code open_<ONDERDEEL>} for every onderdeel: true when the new route has it and the dossier has not met it,
 *   so its task must be open in the uitvoering that (re)starts;</li>
 *   <li>{@code teOpenenTaken}: those tasks' keys, comma-separated, for people reading the process;</li>
 *   <li>{@code taalvrijwilligerInzetten}: the PIP asks for a taalvrijwilliger and none was ingezet yet;</li>
 *   <li>{@code routeGewijzigd}: this plan follows a change of route or examenniveau, so the running uitvoering must
 *   stop and start again with the new plan (docs/traject.md, section 4);</li>
 *   <li>{@code geplandeLeerroute} and {@code geplandExamenniveau}: what this plan was made for.</li>
 * </ul>
 */
@Component("routewissel")
public class Routewissel implements JavaDelegate {

    /** Prefix of the boolean process variable that tells the model to open an onderdeel's task. */
    public static final String OPEN = "open_";
    public static final String TE_OPENEN_TAKEN = "teOpenenTaken";
    public static final String GEPLANDE_LEERROUTE = "geplandeLeerroute";
    public static final String GEPLAND_EXAMENNIVEAU = "geplandExamenniveau";
    public static final String ROUTE_GEWIJZIGD = "routeGewijzigd";
    public static final String TAALVRIJWILLIGER_INZETTEN = "taalvrijwilligerInzetten";

    /** Every variable this delegate sets: the system's, never a user's ({@link Procesvariabelen#SYSTEEM}). */
    static final Set<String> VARIABELEN = variabelen();

    private final Onderdelen onderdelen;
    private final Gebeurtenissen gebeurtenissen;

    public Routewissel(Onderdelen onderdelen, Gebeurtenissen gebeurtenissen) {
        this.onderdelen = onderdelen;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The plan for a switch from one route (and examenniveau) to another, for this dossier's met onderdelen. */
    public Plan plan(Dossierverloop dossier, Leerroute vorige, String vorigNiveau, Leerroute nieuwe, String nieuwNiveau) {
        List<Onderdeel> oud = onderdelen.van(vorige, vorigNiveau, dossier.doelgroep(), dossier.uitkering(),
                dossier.alfabetisering());
        List<Onderdeel> nieuw = onderdelen.van(nieuwe, nieuwNiveau, dossier.doelgroep(), dossier.uitkering(),
                dossier.alfabetisering());
        Set<Routeonderdeel> oudeCodes = oud.stream().map(Onderdeel::code).collect(Collectors.toSet());
        Set<Routeonderdeel> nieuweCodes = nieuw.stream().map(Onderdeel::code).collect(Collectors.toSet());
        List<Onderdeel> openen = new ArrayList<>();
        List<Onderdeel> blijftOpen = new ArrayList<>();
        List<Onderdeel> blijftBehaald = new ArrayList<>();
        for (Onderdeel onderdeel : nieuw) {
            if (dossier.behaald(onderdeel.code())) {
                blijftBehaald.add(onderdeel);
            } else if (oudeCodes.contains(onderdeel.code())) {
                blijftOpen.add(onderdeel);
            } else {
                openen.add(onderdeel);
            }
        }
        List<Onderdeel> vervallen = new ArrayList<>();
        for (Onderdeel onderdeel : oud) {
            if (!nieuweCodes.contains(onderdeel.code())) {
                (dossier.behaald(onderdeel.code()) ? blijftBehaald : vervallen).add(onderdeel);
            }
        }
        return new Plan(reden(vorige, vorigNiveau, nieuwe, nieuwNiveau), List.copyOf(openen), List.copyOf(blijftOpen),
                List.copyOf(vervallen), List.copyOf(blijftBehaald));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String dossierId = Dossiernummer.van(execution);
        List<Gebeurtenis> verloop = gebeurtenissen.vanDossier(dossierId);
        Dossierverloop dossier = Dossierverloop.van(verloop);
        Leerroute vorige = route(execution, GEPLANDE_LEERROUTE);
        String vorigNiveau = tekst(execution, GEPLAND_EXAMENNIVEAU);
        Leerroute nieuwe = route(execution, "leerroute");
        String nieuwNiveau = niveau(dossier.examenniveau());
        Plan plan = plan(dossier, vorige, vorigNiveau, nieuwe, nieuwNiveau);
        for (Onderdeel onderdeel : plan.vervallen()) {
            gebeurtenissen.voegToe(dossierId, new Feit.OnderdeelVervallen(onderdeel.code().name(), plan.reden(),
                    vorige == null ? null : vorige.name(), nieuwe == null ? null : nieuwe.name()), Klok.nu(), "systeem");
        }
        // The uitvoering (re)starts with every task of the new route the dossier has not met: also those that stay
        // open across the switch are created anew (docs/traject.md, section 4)
        List<Onderdeel> open = new ArrayList<>(plan.openen());
        open.addAll(plan.blijftOpen());
        for (Routeonderdeel code : Routeonderdeel.values()) {
            execution.setVariable(OPEN + code.name(), open.stream().anyMatch(o -> o.code() == code));
        }
        execution.setVariable(TE_OPENEN_TAKEN, open.stream().map(Onderdeel::taak).distinct()
                .collect(Collectors.joining(",")));
        execution.setVariable(TAALVRIJWILLIGER_INZETTEN, Boolean.TRUE.equals(execution.getVariable("taalvrijwilliger"))
                && verloop.stream().noneMatch(g -> "TaalvrijwilligerIngezet".equals(g.type())));
        execution.setVariable(ROUTE_GEWIJZIGD, vorige != null
                && (vorige != nieuwe || !niveau(vorigNiveau).equals(nieuwNiveau)));
        execution.setVariable(GEPLANDE_LEERROUTE, nieuwe == null ? null : nieuwe.name());
        execution.setVariable(GEPLAND_EXAMENNIVEAU, nieuwNiveau);
    }

    /** The examenniveau of a plan: B1 unless afgeschaald. */
    private static String niveau(String examenniveau) {
        return examenniveau == null ? Onderdelen.STANDAARD_NIVEAU : examenniveau;
    }

    private static Set<String> variabelen() {
        Set<String> namen = new LinkedHashSet<>(List.of(TE_OPENEN_TAKEN, GEPLANDE_LEERROUTE,
                GEPLAND_EXAMENNIVEAU, ROUTE_GEWIJZIGD, TAALVRIJWILLIGER_INZETTEN));
        for (Routeonderdeel code : Routeonderdeel.values()) {
            namen.add(OPEN + code.name());
        }
        return Set.copyOf(namen);
    }

    private static String reden(Leerroute vorige, String vorigNiveau, Leerroute nieuwe, String nieuwNiveau) {
        if (vorige == nieuwe && Leerroute.B1 == nieuwe && Dossierverloop.AFGESCHAALD_NIVEAU.equals(nieuwNiveau)
                && !Dossierverloop.AFGESCHAALD_NIVEAU.equals(vorigNiveau)) {
            return "Afgeschaald van B1 naar A2 binnen de B1-route";
        }
        if (vorige == nieuwe) {
            return "Examenniveau gewijzigd van " + niveau(vorigNiveau) + " naar " + niveau(nieuwNiveau) + " binnen de "
                    + nieuwe + "-route";
        }
        return "Leerroute gewijzigd van " + vorige + " naar " + nieuwe;
    }

    private static Leerroute route(DelegateExecution execution, String naam) {
        String waarde = tekst(execution, naam);
        return waarde == null ? null : Leerroute.valueOf(waarde);
    }

    private static String tekst(DelegateExecution execution, String naam) {
        Object waarde = execution.getVariable(naam);
        return waarde == null || String.valueOf(waarde).isBlank() ? null : String.valueOf(waarde);
    }

    /**
     * A route switch: the reason (as the lapsed events record it), the onderdelen to open, those that stay open, those
     * that lapse and those that stay met.
     */
    public record Plan(String reden, List<Onderdeel> openen, List<Onderdeel> blijftOpen, List<Onderdeel> vervallen,
                       List<Onderdeel> blijftBehaald) {
    }
}
