package org.fundguard.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The detection engine and the data contract are plain Java (conventions.md): no Spring, Spark or
 * JDBC, so the same rules and models run in the local executor, on Spark and inside the platform.
 */
class DetectionStaysPureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fundguard.core", "org.fundguard.engine");

    @Test
    void coreAndEngineDependOnNoFrameworkOrDatabase() {
        noClasses().that().resideInAnyPackage("org.fundguard.core..", "org.fundguard.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.spark..",
                        "java.sql..", "javax.sql..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void coreKnowsNothingOfDetection() {
        noClasses().that().resideInAPackage("org.fundguard.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fundguard.engine..", "org.fundguard.synth..",
                        "org.fundguard.cli..")
                .check(CLASSES);
    }

    @Test
    void detectionNeverReadsTheGenerator() {
        noClasses().that().resideInAPackage("org.fundguard.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fundguard.synth..", "org.fundguard.cli..")
                .check(CLASSES);
    }
}
