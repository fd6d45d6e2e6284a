package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import org.springframework.stereotype.Component;

/** Checks a koppeling or melding field by field and collects every problem, in Dutch. */
@Component
class DossierValidatie {

    private final ValidatieInstellingen instellingen;

    DossierValidatie(ValidatieInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    void controleer(NieuwDossier nieuw) {
        List<Veldfout> fouten = new ArrayList<>();
        LocalDate vandaag = Klok.vandaag();

        if (leeg(nieuw.bsn())) {
            fouten.add(new Veldfout("bsn", "Het BSN is verplicht."));
        } else if (!Bsn.isGeldig(nieuw.bsn())) {
            fouten.add(new Veldfout("bsn", "Het BSN moet uit 9 cijfers bestaan en voldoen aan de elfproef."));
        }

        if (leeg(nieuw.naam())) {
            fouten.add(new Veldfout("naam", "De naam is verplicht."));
        } else if (nieuw.naam().strip().length() > 200) {
            fouten.add(new Veldfout("naam", "De naam mag hoogstens 200 tekens lang zijn."));
        } else if (nieuw.naam().chars().anyMatch(Character::isISOControl)) {
            fouten.add(new Veldfout("naam", "De naam bevat ongeldige (stuur)tekens."));
        }

        LocalDate koppeling = nieuw.datumKoppeling();
        if (koppeling == null) {
            fouten.add(new Veldfout("datumKoppeling", "De datum van koppeling of melding is verplicht."));
        } else if (koppeling.isAfter(vandaag)) {
            fouten.add(new Veldfout("datumKoppeling", "De datum van koppeling mag niet in de toekomst liggen."));
        } else if (koppeling.isBefore(instellingen.vroegsteDatumKoppeling())) {
            fouten.add(new Veldfout("datumKoppeling", "De datum van koppeling ligt voor "
                    + instellingen.vroegsteDatumKoppeling() + ", de inwerkingtreding van de Wet inburgering 2021."));
        }

        LocalDate geboren = nieuw.geboortedatum();
        if (geboren == null) {
            fouten.add(new Veldfout("geboortedatum", "De geboortedatum is verplicht."));
        } else if (geboren.isAfter(vandaag)) {
            fouten.add(new Veldfout("geboortedatum", "De geboortedatum mag niet in de toekomst liggen."));
        } else {
            LocalDate peil = koppeling != null && !koppeling.isAfter(vandaag) ? koppeling : vandaag;
            int leeftijd = Period.between(geboren, peil).getYears();
            if (leeftijd < instellingen.minimumLeeftijd() || leeftijd > instellingen.maximumLeeftijd()) {
                fouten.add(new Veldfout("geboortedatum", "Een inburgeraar is bij de koppeling tussen "
                        + instellingen.minimumLeeftijd() + " en " + instellingen.maximumLeeftijd()
                        + " jaar oud; deze geboortedatum geeft " + leeftijd + " jaar."));
            }
        }

        Doelgroep doelgroep = code(Doelgroep.class, nieuw.doelgroep(), "doelgroep", "De doelgroep", fouten);
        code(Gemeente.class, nieuw.gemeente(), "gemeente", "De gemeente", fouten);

        if (nieuw.uitkering() == null) {
            fouten.add(new Veldfout("uitkering", "Geef aan of er een uitkering levensonderhoud is (true of false)."));
        } else if (nieuw.uitkering() && doelgroep == Doelgroep.GEZINSMIGRANT) {
            fouten.add(new Veldfout("uitkering",
                    "Een gezinsmigrant ontvangt nooit een uitkering levensonderhoud: de partner voorziet daarin."));
        }

        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private static <E extends Enum<E>> E code(Class<E> soort, String waarde, String veld, String omschrijving,
                                              List<Veldfout> fouten) {
        String toegestaan = Arrays.stream(soort.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (leeg(waarde)) {
            fouten.add(new Veldfout(veld, omschrijving + " is verplicht; kies uit " + toegestaan + "."));
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde);
        } catch (IllegalArgumentException e) {
            fouten.add(new Veldfout(veld, omschrijving + " '" + afgekort(waarde) + "' is onbekend; kies uit "
                    + toegestaan + "."));
            return null;
        }
    }

    private static String afgekort(String waarde) {
        return waarde.length() > 40 ? waarde.substring(0, 40) + "…" : waarde;
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
