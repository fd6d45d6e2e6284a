package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
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

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

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
        } else if (nieuw.naam().indexOf('<') >= 0 || nieuw.naam().indexOf('>') >= 0) {
            fouten.add(new Veldfout("naam", "De naam mag geen < of > bevatten."));
        } else {
            verbodenTeken(nieuw.naam()).ifPresent(teken -> fouten.add(new Veldfout("naam", String.format(
                    "De naam bevat een stuurteken of onzichtbaar teken (U+%04X); laat dat weg.", teken))));
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

    /**
     * The first character a name never needs: control characters, line and paragraph separators, lone surrogates,
     * private-use and unassigned code points, and invisible format characters such as bidirectional overrides and
     * zero-width spaces, which make a name look like another one in Tasklist, a report or a CSV export. The
     * zero-width (non-)joiner stays: Persian, Arabic and Indic names are spelled with it.
     */
    static OptionalInt verbodenTeken(String naam) {
        return naam.codePoints().filter(DossierValidatie::verboden).findFirst();
    }

    private static boolean verboden(int teken) {
        return switch (Character.getType(teken)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.FORMAT -> teken != ZERO_WIDTH_NON_JOINER && teken != ZERO_WIDTH_JOINER;
            default -> false;
        };
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
