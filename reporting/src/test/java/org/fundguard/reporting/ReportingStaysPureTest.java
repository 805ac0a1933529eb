package org.fundguard.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reporting domain is plain Java the platform wires in: no framework, no database, no clock. */
class ReportingStaysPureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fundguard.reporting");

    @Test
    void dependsOnNoFrameworkOrDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..", "jakarta..", "org.fundguard.engine..").check(CLASSES);
    }

    @Test
    void readsNoClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }

    @Test
    void taxonomyRewardsAndDeadlinesNeverTouchIdentities() {
        noClasses().that().resideInAnyPackage("..taxonomy..", "..rewards..", "..deadlines..")
                .should().dependOnClassesThat().resideInAPackage("..confidentiality..").check(CLASSES);
    }
}
