package nl.fermwerk.inburgering.watals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.RegieInburgeringApplication;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.modellen.ModelGeweigerdException;
import nl.fermwerk.inburgering.rapportage.Herspeler;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import nl.fermwerk.inburgering.traject.Berichten;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of a replay (docs/watals.md): the application without web, on an in-memory database of its own
 * (profile {@code watals}), deploys the models of one directory, replays the caseload and writes its figures as JSON.
 * Progress goes to standard output as {@code VOORTGANG <gedaan>/<totaal>}; exit code 0 when the figures are written.
 * One thread drives it (the parent runs both sides side by side); {@code --draden=N} gives it more, with the same
 * figures.
 * The parent gives it no database settings and no environment: it can reach no production table.
 */
public final class WatalsKind {

    static final String VOORTGANG = "VOORTGANG ";
    static final String OVERGESLAGEN = "OVERGESLAGEN ";
    /**
     * H2 keeps 1,024 prepared statements per connection instead of 8: parsing the engine's statements again and again
     * was 13 % of a child's time. A cached statement keeps the plan it got when prepared, so the pool renews its
     * connections every 30 s (application-watals.yaml) and the plans follow the tables as they grow (a cache for a
     * whole run made executing slower than the parsing it saved, docs/performance.md).
     */
    static final String DATABASE = "jdbc:h2:mem:watals;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=1024";

    private WatalsKind() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> argumenten = argumenten(args);
        Path modellen = Path.of(argumenten.get("modellen"));
        Path uitvoer = Path.of(argumenten.get("uitvoer"));
        Naspeling.Instellingen instellingen = new Naspeling.Instellingen(
                Integer.parseInt(argumenten.get("aantal")), Long.parseLong(argumenten.get("zaad")),
                LocalDate.parse(argumenten.get("vanaf")), LocalDate.parse(argumenten.get("tot")),
                Gedrag.uit(argumenten)).metDraden(Integer.parseInt(argumenten.getOrDefault("draden", "1")));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegieInburgeringApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .profiles("watals")
                // The highest precedence there is: no file or variable can point this process at another database
                .run("--spring.datasource.url=" + DATABASE, "--spring.datasource.username=sa",
                        "--spring.datasource.password=");
        int status = 1;
        try {
            eigenDatabase(context.getBean(DataSource.class));
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            deploy(engine, modellen);
            // Nothing deploys after this in the child: the latest version of a table or form stays the same
            LaatsteVersies.zetVast(engine);
            new Naspeling(engine, context.getBean(DossierService.class), context.getBean(Berichten.class))
                    .draai(instellingen, (gedaan, totaal) -> {
                        System.out.println(VOORTGANG + gedaan + "/" + totaal);
                        System.out.flush();
                    });
            Figuren figuren = new Cijfers(context.getBean(Herspeler.class), context.getBean(RapportageTermijnen.class),
                    context.getBean(DataSource.class), engine.getHistoryService())
                    .bereken(Kwartaal.tussen(instellingen.vanaf(), instellingen.tot()));
            Path tijdelijk = uitvoer.resolveSibling(uitvoer.getFileName() + ".deel");
            new ObjectMapper().writeValue(tijdelijk.toFile(), figuren);
            Files.move(tijdelijk, uitvoer);
            status = 0;
        } catch (Exception | Error mislukt) {
            // Printed here: the exit below would otherwise swallow it, and the parent logs the last lines
            mislukt.printStackTrace(System.out);
            for (Throwable oorzaak = mislukt; oorzaak != null; oorzaak = oorzaak.getCause()) {
                System.out.println("MISLUKT " + oorzaak);
            }
        } finally {
            context.close();
            System.exit(status);
        }
    }

    /** Refuses to run on anything but its own in-memory database. */
    static void eigenDatabase(DataSource database) throws Exception {
        try (Connection verbinding = database.getConnection()) {
            String url = verbinding.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:mem:")) {
                throw new IllegalStateException("Naspeling weigert te draaien op " + url);
            }
        }
    }

    /**
     * Every model of the directory, each through the same deploy-time check as any other deployment. A file the
     * check refuses here is left out and reported ({@value #OVERGESLAGEN}): the engine may hold a version from before
     * the check existed, which it keeps running, and both sides of a replay leave out the same files (the changed
     * ones passed the check in the application already).
     */
    static void deploy(ProcessEngine engine, Path map) throws IOException {
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path bestand : bestanden.sorted().toList()) {
                String naam = bestand.getFileName().toString();
                try (var inhoud = Files.newInputStream(bestand)) {
                    engine.getRepositoryService().createDeployment().name("watals").addInputStream(naam, inhoud)
                            .deploy();
                } catch (ModelGeweigerdException geweigerd) {
                    System.out.println(OVERGESLAGEN + naam + ": " + geweigerd.getMessage());
                }
            }
        }
    }

    static Map<String, String> argumenten(String[] args) {
        Map<String, String> argumenten = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                argumenten.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        for (String nodig : List.of("modellen", "uitvoer", "aantal", "zaad", "vanaf", "tot")) {
            if (!argumenten.containsKey(nodig)) {
                throw new IllegalArgumentException("Ontbrekend argument --" + nodig);
            }
        }
        return argumenten;
    }
}
