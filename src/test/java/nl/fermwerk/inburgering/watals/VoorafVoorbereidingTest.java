package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Probleem;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The node's own preparation of the deployed side (inburgering.watals.vooraf-voorbereiden): it starts for the page's
 * settings, is the one the page then follows, asks once per deployment and day, gives way to any beleidsmedewerker's
 * settings and never pushes theirs aside.
 */
@IntegratieTest
@DisabledIfSystemProperty(named = "inburgering.test.db", matches = "(?i)postgres")
class VoorafVoorbereidingTest {

    private static final LocalDate VANAF = LocalDate.parse(WatalsTest.VANAF);
    private static final LocalDate TOT = LocalDate.parse(WatalsTest.TOT);
    private static final long ZAAD = 23;

    @Autowired
    Watals watals;
    @Autowired
    RepositoryService repository;

    @Test
    void deNodeBereidtDePaginaInstellingenVoorEnWijktVoorEenBeleidsmedewerker() throws Exception {
        VoorafVoorbereiding vooraf = new VoorafVoorbereiding(watals, repository);

        vooraf.houdBij();
        assertThat(watals.voorbereidVoor()).contains(Watals.SYSTEEM);
        // The page with its own settings follows that preparation instead of starting a second one
        assertThat(watals.bereidVoor(null, null, null, null, "beleid")).containsEntry("status", "BEZIG");
        assertThat(watals.voorbereidVoor()).contains(Watals.SYSTEEM);

        // A beleidsmedewerker's other settings replace it: no 409 for the node's own preparation
        assertThat(mijne()).containsEntry("status", "BEZIG");
        assertThat(watals.voorbereidVoor()).contains("beleid");
        // ...and the node's next ask waits for theirs instead of pushing it aside (a fresh one: the same deployment
        // and day are asked only once)
        new VoorafVoorbereiding(watals, repository).houdBij();
        assertThat(watals.voorbereidVoor()).contains("beleid");
        assertThatThrownBy(() -> watals.bereidVoor(null, null, null, null, Watals.SYSTEEM))
                .isInstanceOf(Probleem.class).hasMessageContaining("collega");
        // Asked again on the same deployment and day, it asks nothing
        vooraf.houdBij();
        assertThat(watals.voorbereidVoor()).contains("beleid");

        // Followed to its end, so no child outlives the test
        long tot = System.currentTimeMillis() + 300_000;
        Map<String, Object> stand = mijne();
        while ("BEZIG".equals(stand.get("status")) && System.currentTimeMillis() < tot) {
            Thread.sleep(500);
            stand = mijne();
        }
        assertThat(stand).containsEntry("status", "KLAAR");
        assertThat(watals.voorbereidVoor()).isEmpty();
    }

    private Map<String, Object> mijne() {
        return watals.bereidVoor(10, ZAAD, VANAF, TOT, "beleid");
    }
}
