package th.tidtam.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /** The modules a case type is built from; everything else (directive, dashboard, report, ...) is a feature. */
    static final String[] SHARED = { "th.tidtam.base..", "th.tidtam.org..", "th.tidtam.calendar..", "th.tidtam.security..",
            "th.tidtam.process..", "th.tidtam.casework..", "th.tidtam.work..", "th.tidtam.database.." };

    @Test
    void theCaseworkCoreMyWorkAndTheProcessModuleKnowNoFeature() {
        classes().that().resideInAnyPackage("th.tidtam.casework..", "th.tidtam.work..", "th.tidtam.process..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(SHARED).or(resideOutsideOfPackage("th.tidtam..")))
                .because("a new case type plugs into the core and My work (CaseType, CaseVisibility, AttachmentPolicy,"
                        + " number series, CaseProcess, TaskHandler, CaseWorkItems, TaskForm) without their knowing it")
                .check(mainClasses);
    }

    @Test
    void layersInsideAFeatureGoOneWayFromScreensAndApiToServicesToDomain() {
        noClasses().that().resideInAPackage("th.tidtam.(*).domain..").should().dependOnClassesThat()
                .resideInAnyPackage("th.tidtam.*.service..", "th.tidtam.*.ui..", "th.tidtam.*.api..")
                .because("the domain knows nothing of how it is used").check(mainClasses);
        noClasses().that().resideInAPackage("th.tidtam.(*).service..").should()
                .dependOnClassesThat(resideInAnyPackage("th.tidtam.*.ui..", "th.tidtam.*.api..")
                        .and(DescribedPredicate.not(resideInAPackage("th.tidtam.base.."))))
                .because("services serve screens and the API, never the other way round (base's API problems excepted)")
                .check(mainClasses);
    }

    /**
     * A module's {@code domain} package (entities, repositories) is its own: other modules use the records and value
     * types it publishes ({@code th.tidtam.X} and {@code th.tidtam.X.service}).
     */
    @Test
    void noModuleReachesIntoAnotherModulesDomainPackage() {
        classes().should(notDependOnAnotherModulesDomainPackage())
                .check(mainClasses);
    }

    private static ArchCondition<JavaClass> notDependOnAnotherModulesDomainPackage() {
        return new ArchCondition<>("not depend on another module's domain package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    String module = moduleOf(target);
                    boolean domain = module != null && (target.equals("th.tidtam." + module + ".domain")
                            || target.startsWith("th.tidtam." + module + ".domain."));
                    if (domain && !module.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** The module (top-level package under th.tidtam) a package belongs to; null outside th.tidtam's modules. */
    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("th.tidtam.")) {
            return null;
        }
        String rest = packageName.substring("th.tidtam.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void applicationModulesRespectEachOthersInternals() {
        ApplicationModules.of(TidtamApplication.class).verify();
    }
}
