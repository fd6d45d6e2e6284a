package nl.fermwerk.inburgering.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo database with dossiers spread over the four gemeenten and the doelgroepen, through the same
 * service that takes real koppelingen, so demo data is as valid as real data.
 */
@Component
@Profile("demo")
@Order(20)
class DemoDossiers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);

    private static final List<String> NAMEN = List.of("Amal Haddad", "Yonas Tesfay", "Olena Kovalenko",
            "Mohammed Al-Masri", "Senait Gebremedhin", "Farid Rahimi", "Maria Santos", "Ahmad Karimi",
            "Hana Yousef", "Dawit Bekele", "Lina Aziz", "Tariq Nouri", "Selam Haile", "Nour El-Din",
            "Anastasia Petrenko", "Samir Hamdan", "Ruta Tekle", "Omar Saleh", "Zainab Ahmadi", "Iryna Bondar",
            "Abdi Warsame", "Leyla Demir", "Kofi Mensah", "Priya Sharma");

    private final DossierService service;
    private final Dossiers dossiers;
    private final int aantal;

    DemoDossiers(DossierService service, Dossiers dossiers, @Value("${inburgering.demo.aantal-dossiers:20}") int aantal) {
        this.service = service;
        this.dossiers = dossiers;
        this.aantal = aantal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (aantal <= 0 || dossiers.aantal(null) > 0) {
            return;
        }
        Random random = new Random(2021);
        Gemeente[] gemeenten = Gemeente.values();
        Doelgroep[] doelgroepen = Doelgroep.values();
        LocalDate vandaag = Klok.vandaag();
        for (int i = 0; i < aantal; i++) {
            Doelgroep doelgroep = doelgroepen[i % doelgroepen.length];
            // Most inburgeraars come through COA; gezinsmigranten never have an uitkering
            boolean uitkering = doelgroep.viaCoa() || (doelgroep == Doelgroep.OVERIGE_MIGRANT && i % 2 == 0);
            NieuwDossier nieuw = new NieuwDossier(DemoBsn.volgende(random), NAMEN.get(i % NAMEN.size()),
                    vandaag.minusYears(18 + random.nextInt(40)).minusDays(random.nextInt(365)),
                    doelgroep.name(), gemeenten[(i / doelgroepen.length + i) % gemeenten.length].name(),
                    vandaag.minusDays(random.nextInt(120)), uitkering);
            service.open(nieuw, "demo");
        }
        LOG.info("{} demodossiers aangemaakt", aantal);
    }
}
