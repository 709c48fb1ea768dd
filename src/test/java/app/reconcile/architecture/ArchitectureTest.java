package app.reconcile.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rooms of the house guide, enforced: data walks one way and only the UI knows JavaFX. */
@AnalyzeClasses(packages = "app.reconcile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoJavaFx = noClasses().that().resideInAPackage("app.reconcile.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("the analysis engine must run headless, in the CLI and in benchmarks");

    @ArchTest
    static final ArchRule coreKnowsNoOuterRooms = noClasses().that().resideInAPackage("app.reconcile.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.reconcile.io..", "app.reconcile.report..", "app.reconcile.cli..", "app.reconcile.ui..")
            .because("data walks one way: core is upstream of everything");

    @ArchTest
    static final ArchRule coreDoesNoFileIo = noClasses().that().resideInAPackage("app.reconcile.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "com.fasterxml.jackson..")
            .because("core is pure: reading and writing files belongs to io");

    @ArchTest
    static final ArchRule ioAndReportKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("app.reconcile.io..", "app.reconcile.report..", "app.reconcile.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("headless subcommands (analyze, export) must never start the JavaFX toolkit");

    @ArchTest
    static final ArchRule nothingReachesIntoTheUi = noClasses()
            .that().resideInAnyPackage("app.reconcile.core..", "app.reconcile.io..", "app.reconcile.report..")
            .should().dependOnClassesThat().resideInAPackage("app.reconcile.ui..")
            .because("the UI is downstream; it renders results, it never feeds them");

    @ArchTest
    static final ArchRule corePackagesFormNoCycle = slices().matching("app.reconcile.core.(*)..")
            .should().beFreeOfCycles()
            .because("the engine, the hand edits and the decision carrier must stay separable: packages in a cycle "
                    + "can only be understood, tested and changed together");

    @ArchTest
    static final ArchRule uiFeaturesFormNoCycle = slices().matching("app.reconcile.ui.(*)..")
            .should().beFreeOfCycles()
            .because("features depend on common and on the workspace, never the other way round: common that "
                    + "knows a feature is not common, and features in a cycle cannot be changed one at a time");

    @ArchTest
    static final ArchRule analysisStagesFormNoCycle = slices().matching("app.reconcile.core.analysis.(*)..")
            .should().beFreeOfCycles()
            .because("the engine's stages (reading, values, evidence, names, quotes) feed one another one way: "
                    + "a stage that calls back into a later one cannot be replaced on its own");
}
