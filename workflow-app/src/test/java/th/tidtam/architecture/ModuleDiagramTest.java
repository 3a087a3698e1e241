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
        try (var files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, inStableOrder(Files.readAllLines(file)));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, listsInStableOrder(Files.readAllLines(file)));
                }
            }
        }

        String all = Files.readString(FOLDER.resolve("components.puml"));
        assertThat(all).contains("Casework core", "Directive", "Work", "Org");
        // the directive reaches the core; the core reaches no case type
        String core = Files.readString(FOLDER.resolve("module-casework.puml"));
        assertThat(core).doesNotContain("Directive").doesNotContain("Dashboard");
    }

    /**
     * The documenter lists components and relations in hash order, so every run reordered the committed files; runs of
     * declarations of one kind are sorted (PlantUML draws the same diagram) so that a diff shows real changes only.
     */
    static java.util.List<String> inStableOrder(java.util.List<String> lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> run = new java.util.ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = line.trim().matches("^(Component|Rel|Container|System)\\w*\\(.*")
                    ? line.substring(0, line.indexOf('(')) : null;
            if (k == null || !k.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            kind = k;
            if (k == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    /** The canvases' lists (a table cell starting "|* ", its further items "* ") sorted the same way. */
    static java.util.List<String> listsInStableOrder(java.util.List<String> lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> items = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("* ") && !items.isEmpty()) {
                items.add(line);
                continue;
            }
            flush(items, out);
            if (line.startsWith("|* ")) {
                items.add(line.substring(1));
            } else {
                out.add(line);
            }
        }
        flush(items, out);
        return out;
    }

    private static void flush(java.util.List<String> items, java.util.List<String> out) {
        if (items.isEmpty()) {
            return;
        }
        items.sort(null);
        out.add("|" + items.get(0));
        out.addAll(items.subList(1, items.size()));
        items.clear();
    }
}
