package nl.fermwerk.inburgering.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users and groups (README, "Demo logins"), each with password {@code demo}; only in profile {@code demo}. */
@Component
@Profile("demo")
@Order(5)
class DemoGebruikers implements ApplicationRunner {

    static final String WACHTWOORD = "demo";

    private static final Map<String, String> GROEPNAMEN = new LinkedHashMap<>();

    static {
        GROEPNAMEN.put(Groepen.CASUSREGIE, "Ferm Werk casusregie");
        GROEPNAMEN.put(Groepen.TEAMLEIDER, "Ferm Werk teamleiders");
        GROEPNAMEN.put("vsgh", "VSGH");
        GROEPNAMEN.put("vluchtelingenwerk", "Vluchtelingenwerk");
        GROEPNAMEN.put("nl-training", "NL Training");
        GROEPNAMEN.put("sam-welzijn", "SAM Welzijn");
        GROEPNAMEN.put("swom", "SWOM / Huis van ervaring");
        GROEPNAMEN.put("woerden-wijzer", "Woerden Wijzer");
        GROEPNAMEN.put("stadsteam-oudewater", "Stadsteam Oudewater");
        GROEPNAMEN.put("sociaal-team-bodegraven-reeuwijk", "Sociaal team Bodegraven-Reeuwijk");
        GROEPNAMEN.put("regio-midden-holland", "Regio Midden-Holland");
        GROEPNAMEN.put(Groepen.BELEIDSMEDEWERKER, "Beleidsmedewerkers");
        GROEPNAMEN.put(Groepen.MANAGEMENT, "Management");
        GROEPNAMEN.put(Groepen.FUNCTIONEEL_BEHEER, "Functioneel beheer");
    }

    private final IdentityService identiteit;

    DemoGebruikers(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROEPNAMEN.forEach(this::groep);
        groep(Groups.CAMUNDA_ADMIN, "Camunda beheerders");
        gebruiker("casusregisseur", "Casus", "Regisseur", Groepen.CASUSREGIE);
        gebruiker("teamleider", "Team", "Leider", Groepen.TEAMLEIDER);
        for (String partner : Groepen.PARTNERS) {
            gebruiker(partner, GROEPNAMEN.get(partner), "(demo)", partner);
        }
        gebruiker("beleid", "Beleids", "Medewerker", Groepen.BELEIDSMEDEWERKER);
        gebruiker("manager", "Mana", "Ger", Groepen.MANAGEMENT);
        gebruiker("beheer", "Functioneel", "Beheer", Groepen.FUNCTIONEEL_BEHEER, Groups.CAMUNDA_ADMIN);
    }

    private void groep(String id, String naam) {
        if (identiteit.createGroupQuery().groupId(id).count() == 0) {
            Group groep = identiteit.newGroup(id);
            groep.setName(naam);
            groep.setType(Groups.GROUP_TYPE_WORKFLOW);
            identiteit.saveGroup(groep);
        }
    }

    private void gebruiker(String id, String voornaam, String achternaam, String... groepen) {
        if (identiteit.createUserQuery().userId(id).count() == 0) {
            User gebruiker = identiteit.newUser(id);
            gebruiker.setFirstName(voornaam);
            gebruiker.setLastName(achternaam);
            gebruiker.setEmail(id + "@demo.fermwerk.invalid");
            gebruiker.setPassword(WACHTWOORD);
            identiteit.saveUser(gebruiker);
        }
        for (String groep : groepen) {
            if (identiteit.createUserQuery().userId(id).memberOfGroup(groep).count() == 0) {
                identiteit.createMembership(id, groep);
            }
        }
    }
}
