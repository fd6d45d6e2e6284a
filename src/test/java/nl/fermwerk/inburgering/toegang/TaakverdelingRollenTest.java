package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who may see which gemeente follows the deployed taakverdeling, and a redeployed table at once. */
@IntegratieTest
class TaakverdelingRollenTest {

    @Autowired
    TaakverdelingRollen rollen;
    @Autowired
    DossierToegang toegang;
    @Autowired
    RepositoryService repository;

    @Test
    void deRollenKomenUitDeGedeployedeTabel() {
        TaakverdelingRollen.Rollen huidig = rollen.huidige();
        assertThat(huidig.groepen(Gemeente.WOERDEN, "BREDE_INTAKE"))
                .containsExactlyInAnyOrder("fermwerk-casusregie", "vsgh", "woerden-wijzer");
        assertThat(huidig.onderdelenVan("regio-midden-holland", Gemeente.BODEGRAVEN_REEUWIJK)).containsExactly("MAP");
        assertThat(huidig.onderdelenVan("swom", Gemeente.MONTFOORT))
                .containsExactlyInAnyOrder("BREDE_INTAKE", "NON_FORMEEL_TAALONDERWIJS", "VOORTGANGSGESPREKKEN",
                        "CASUISTIEKOVERLEG");
        assertThat(toegang.gemeenten(als("vluchtelingenwerk")))
                .containsExactlyInAnyOrder(Gemeente.MONTFOORT, Gemeente.BODEGRAVEN_REEUWIJK);
        assertThat(toegang.gemeenten(als("management"))).isEmpty();
        assertThat(toegang.gemeenten(als("beleidsmedewerker"))).isEmpty();
        assertThat(toegang.gemeenten(als("fermwerk-teamleider"))).containsExactlyInAnyOrder(Gemeente.values());
        // The same version is evaluated once
        assertThat(rollen.huidige()).isSameAs(huidig);
    }

    @Test
    void eenNieuweVersieVanDeTabelVeranderdDeToegangZonderHerstart() throws Exception {
        assertThat(toegang.magLezen(als("vsgh"), Gemeente.BODEGRAVEN_REEUWIJK)).isFalse();
        String tabel = new ClassPathResource("processes/taakverdeling.dmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("\"nl-training\"", "\"vsgh\"");
        String deployment = repository.createDeployment().name("toegangstest")
                .addString("taakverdeling.dmn", tabel).deploy().getId();
        try {
            assertThat(toegang.magLezen(als("vsgh"), Gemeente.BODEGRAVEN_REEUWIJK)).isTrue();
            assertThat(toegang.magLezen(als("nl-training"), Gemeente.BODEGRAVEN_REEUWIJK)).isFalse();
            assertThat(toegang.onderdelen(als("vsgh"), Gemeente.BODEGRAVEN_REEUWIJK)).containsExactly("PVT");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        assertThat(toegang.magLezen(als("vsgh"), Gemeente.BODEGRAVEN_REEUWIJK)).isFalse();
        assertThat(toegang.magLezen(als("nl-training"), Gemeente.BODEGRAVEN_REEUWIJK)).isTrue();
    }

    @Test
    void exportMetBsnAlleenVoorWieAanCbsEnDuoLevert() {
        assertThat(toegang.magExporterenMetBsn(als("fermwerk-casusregie"))).isTrue();
        assertThat(toegang.magExporterenMetBsn(als("functioneel-beheer"))).isTrue();
        for (String groep : List.of("fermwerk-teamleider", "management", "beleidsmedewerker", "vsgh", "nl-training")) {
            assertThat(toegang.magExporterenMetBsn(als(groep))).as(groep).isFalse();
        }
        assertThat(toegang.magInzage(als("functioneel-beheer"))).isTrue();
        assertThat(toegang.magInzage(als("fermwerk-casusregie"))).isFalse();
    }

    private static Authentication als(String groep) {
        return UsernamePasswordAuthenticationToken.authenticated("iemand", null,
                List.of(new SimpleGrantedAuthority("GROUP_" + groep)));
    }
}
