package th.tidtam.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import th.tidtam.TidtamApplication;

/**
 * Writes the module diagram that the README links to ({@code workflow-app/docs/modules/}), from the same module model
 * the architecture rules verify, so the picture a newcomer reads is the one the build checks. Commit it when it changes.
 */
class ModuleDiagramTest {

    static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void theModuleDiagramShowsTheCaseworkCoreUnderEveryCaseType() throws IOException {
        ApplicationModules modules = ApplicationModules.of(TidtamApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeIndividualModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeModuleCanvases();

        String all = Files.readString(FOLDER.resolve("components.puml"));
        assertThat(all).contains("Casework core", "Directive", "Work", "Org");
        // the directive reaches the core; the core reaches no case type
        String core = Files.readString(FOLDER.resolve("module-casework.puml"));
        assertThat(core).doesNotContain("Directive").doesNotContain("Dashboard");
    }
}
