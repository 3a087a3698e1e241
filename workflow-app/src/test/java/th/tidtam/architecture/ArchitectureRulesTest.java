package th.tidtam.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import th.tidtam.TidtamApplication;

/** Plain ArchUnit and Spring Modulith checks on the compiled main classes: no Spring context, no database. */
class ArchitectureRulesTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tidtam");
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("th.tidtam.(*)..").should().beFreeOfCycles().check(mainClasses);
    }

    @Test
    void screensNeverTalkToTheProcessEngineDirectly() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("screens go through th.tidtam.process services, never the Camunda API")
                .check(mainClasses);
    }

    @Test
    void onlyTheProcessPackageUsesTheCamundaEngineApi() {
        noClasses().that().resideOutsideOfPackage("th.tidtam.process..").should().dependOnClassesThat()
                .resideInAPackage("org.camunda.bpm.engine..")
                .because("features reach the engine through th.tidtam.process only")
                .check(mainClasses);
    }

    @Test
    void workKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("th.tidtam.work..", "th.tidtam.process..").should().dependOnClassesThat()
                .resideInAnyPackage("th.tidtam.directive..", "th.tidtam.dashboard..", "th.tidtam.report..")
                .because("case types plug into My work and its read model (CaseProcess, TaskHandler, CaseWorkItems, "
                        + "TaskForm, MyWorkPanel), so that another case type adds its tasks without touching them")
                .check(mainClasses);
    }

    @Test
    void applicationModulesRespectEachOthersInternals() {
        ApplicationModules.of(TidtamApplication.class).verify();
    }
}
