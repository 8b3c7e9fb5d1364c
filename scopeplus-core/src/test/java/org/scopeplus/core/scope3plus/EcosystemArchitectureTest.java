package org.scopeplus.core.scope3plus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class EcosystemArchitectureTest {

  /**
   * {@code System.Logger} is a nested class of {@code java.lang.System} in the package {@code
   * java.lang}: a package pattern {@code "java.lang.System.Logger"} can never match it, so it is
   * named as a class.
   */
  private static final ArchRule NO_IO_LOGGING_OR_JACKSON =
      noClasses()
          .that()
          .resideInAPackage("org.scopeplus.core.scope3plus..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio.file..",
              "java.util.logging..",
              "org.slf4j..",
              "tools.jackson..",
              "com.fasterxml..",
              "java.sql..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(System.Logger.class)
          .allowEmptyShould(false);

  @Test
  void theEcosystemCoreDoesNoIoNoLoggingAndNoJackson() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scopeplus.core.scope3plus");
    NO_IO_LOGGING_OR_JACKSON.check(classes);
  }

  @Test
  void theRuleFailsOnAnEcosystemClassThatLogs() {
    assertThatThrownBy(
            () ->
                NO_IO_LOGGING_OR_JACKSON.check(
                    new ClassFileImporter().importClasses(LogsThroughSystemLogger.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.lang.System$Logger");
  }

  /** Deliberately wrong: an ecosystem class that logs through the JDK's logger. */
  static final class LogsThroughSystemLogger {
    System.Logger logger() {
      return System.getLogger("ecosystem");
    }
  }
}
