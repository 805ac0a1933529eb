package org.fundguard.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The platform's feature packages (auditlog, clues, runs, realtime, ...) are Spring Modulith
 * application modules: no cycles between them, and no module reaches into another's sub-packages
 * unless that module exposes them as a named interface (conventions.md: boundaries checked by a test
 * on every build).
 */
class ModuleBoundariesTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(PlatformApplication.class);

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        // target/spring-modulith-docs: one PlantUML component diagram per module and the module canvases
        new Documenter(MODULES).writeDocumentation();
    }
}
