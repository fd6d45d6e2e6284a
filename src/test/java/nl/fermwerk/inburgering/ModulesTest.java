package nl.fermwerk.inburgering;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no cycle between modules, and no module uses another's internals (anything below a
 * module's top package). The generated documentation in docs/modules/ is written by the same run, so it never lags.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RegieInburgeringApplication.class);

    @Test
    void grenzenHouden() {
        MODULES.verify();
    }

    @Test
    void documentatieIsActueel() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
