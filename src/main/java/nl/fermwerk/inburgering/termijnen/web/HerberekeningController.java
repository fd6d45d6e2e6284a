package nl.fermwerk.inburgering.termijnen.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking.Herberekening;
import nl.fermwerk.inburgering.toegang.Doel;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applying a new version of the table termijnen to running dossiers, next to the process migrations: first the dry run
 * ({@code POST /api/beheer/migraties/termijnen/proefdraai}: which deadlines would move, nothing changes), then the batch
 * ({@code POST /api/beheer/migraties/termijnen}: each moved deadline an event {@code TermijnHerberekend}). Functioneel
 * beheer only (every {@code /api/beheer/**} path, {@code toegang.Beveiliging}); each dossier touched is logged.
 */
@RestController
@RequestMapping(path = "/api/beheer/migraties/termijnen", produces = MediaType.APPLICATION_JSON_VALUE)
class HerberekeningController {

    private final Termijnbewaking termijnbewaking;
    private final Toegangslog log;

    HerberekeningController(Termijnbewaking termijnbewaking, Toegangslog log) {
        this.termijnbewaking = termijnbewaking;
        this.log = log;
    }

    @PostMapping("/proefdraai")
    Map<String, Object> proefdraai(Authentication gebruiker, HttpServletRequest verzoek) {
        List<Herberekening> lijst = termijnbewaking.proefdraai();
        registreer(gebruiker, verzoek, lijst, "termijnen herberekenen (proefdraai)");
        return Map.of("aantal", lijst.size(), "termijnen", lijst);
    }

    @PostMapping
    Map<String, Object> herbereken(Authentication gebruiker, HttpServletRequest verzoek) {
        List<Herberekening> lijst = termijnbewaking.herbereken(gebruiker.getName());
        registreer(gebruiker, verzoek, lijst, "termijnen herberekenen");
        return Map.of("aantal", lijst.size(), "termijnen", lijst);
    }

    private void registreer(Authentication gebruiker, HttpServletRequest verzoek, List<Herberekening> lijst,
                            String standaard) {
        String doel = Doel.van(verzoek, standaard);
        lijst.stream().map(Herberekening::dossierId).distinct()
                .forEach(id -> log.registreer(gebruiker.getName(), id, Doel.endpoint(verzoek), doel));
    }
}
