package nl.fermwerk.inburgering.toegang;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.fermwerk.inburgering.basis.Gemeente;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The access model of docs/privacy.md, as one question per kind of access. Ferm Werk (casusregie, teamleider) and
 * functioneel beheer see every dossier; a ketenpartner sees a dossier only in the gemeenten where the deployed
 * taakverdeling gives its group a role, and then a reduced view (no BSN, no geboortedatum); management and
 * beleidsmedewerkers see no dossier at all.
 */
@Component
public class DossierToegang {

    private static final Set<String> VOLLEDIG = Set.of(Groepen.CASUSREGIE, Groepen.TEAMLEIDER,
            Groepen.FUNCTIONEEL_BEHEER);
    /** The roles that deliver to CBS and DUO, and so may export with the BSN. */
    private static final Set<String> EXPORT_MET_BSN = Set.of(Groepen.CASUSREGIE, Groepen.FUNCTIONEEL_BEHEER);

    private final TaakverdelingRollen rollen;

    public DossierToegang(TaakverdelingRollen rollen) {
        this.rollen = rollen;
    }

    /** The caller's group ids, from the authorities {@code GROUP_<id>}. */
    public static List<String> groepen(Authentication wie) {
        if (wie == null) {
            return List.of();
        }
        return wie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
    }

    /** Sees every dossier with every field (Ferm Werk, functioneel beheer). */
    public boolean volledigZicht(Authentication wie) {
        return groepen(wie).stream().anyMatch(VOLLEDIG::contains);
    }

    /** The gemeenten whose dossiers the caller may read; empty for management and beleidsmedewerkers. */
    public Set<Gemeente> gemeenten(Authentication wie) {
        if (volledigZicht(wie)) {
            return EnumSet.allOf(Gemeente.class);
        }
        Set<Gemeente> gemeenten = EnumSet.noneOf(Gemeente.class);
        TaakverdelingRollen.Rollen huidig = rollen.huidige();
        for (String groep : groepen(wie)) {
            if (!Groepen.PARTNERS.contains(groep)) {
                continue;
            }
            for (Gemeente gemeente : Gemeente.values()) {
                if (!huidig.onderdelenVan(groep, gemeente).isEmpty()) {
                    gemeenten.add(gemeente);
                }
            }
        }
        return gemeenten;
    }

    /** May the caller read a dossier of this gemeente (in its own view: full or reduced)? */
    public boolean magLezen(Authentication wie, Gemeente gemeente) {
        return gemeente != null && gemeenten(wie).contains(gemeente);
    }

    /** May the caller use the dossier API at all (list, read)? Management and beleid: no. */
    public boolean magDossiersZien(Authentication wie) {
        return !gemeenten(wie).isEmpty();
    }

    /** The onderdelen in which the caller has a role in this gemeente: every one for full sight. */
    public Set<String> onderdelen(Authentication wie, Gemeente gemeente) {
        TaakverdelingRollen.Rollen huidig = rollen.huidige();
        Set<String> onderdelen = new TreeSet<>();
        if (volledigZicht(wie)) {
            onderdelen.addAll(TaakverdelingRollen.BEKENDE_ONDERDELEN);
            onderdelen.addAll(huidig.perGemeente().getOrDefault(gemeente, java.util.Map.of()).keySet());
            return onderdelen;
        }
        for (String groep : groepen(wie)) {
            if (Groepen.PARTNERS.contains(groep)) {
                onderdelen.addAll(huidig.onderdelenVan(groep, gemeente));
            }
        }
        return onderdelen;
    }

    /** Exports that carry the BSN (CBS, DUO): only the roles that deliver them. */
    public boolean magExporterenMetBsn(Authentication wie) {
        return groepen(wie).stream().anyMatch(EXPORT_MET_BSN::contains);
    }


    /** Inzage (AVG art. 15) and the access log: functioneel beheer only. */
    public boolean magInzage(Authentication wie) {
        return groepen(wie).contains(Groepen.FUNCTIONEEL_BEHEER);
    }
}
