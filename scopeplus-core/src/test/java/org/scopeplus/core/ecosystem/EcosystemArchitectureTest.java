package org.scopeplus.core.ecosystem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EcosystemArchitectureTest {

  @Test
  void theEcosystemCoreDoesNoIoNoLoggingAndNoJackson() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scopeplus.core.ecosystem");
    noClasses()
        .that()
        .resideInAPackage("org.scopeplus.core.ecosystem..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.nio.file..",
            "java.util.logging..",
            "java.lang.System.Logger",
            "org.slf4j..",
            "tools.jackson..",
            "com.fasterxml..",
            "java.sql..")
        .check(classes);
  }
}
