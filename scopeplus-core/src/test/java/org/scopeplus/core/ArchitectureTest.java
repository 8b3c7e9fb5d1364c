package org.scopeplus.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.scopeplus.architecture.ArchitectureRules;
import org.scopeplus.architecture.Module;
import org.scopeplus.architecture.ModuleArchitectureTest;
import org.scopeplus.core.problem.Problem;

/**
 * The core stays pure: JDK and units library only, no frameworks, no persistence, no files, no
 * logging (DESIGN.md); and it keeps the rules of every module (no package cycles, no arrows up).
 */
class ArchitectureTest extends ModuleArchitectureTest {

  ArchitectureTest() {
    super(Module.CORE, Problem.class);
  }

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scopeplus.core");

  @Test
  void coreClassesAreImported() {
    // Guards the rules below against passing vacuously on an empty import.
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(20);
  }

  @Test
  void coreDependsOnlyOnTheJdkAndTheUnitsLibrary() {
    ArchitectureRules.dependOnlyOnTheJdkAndTheUnitsLibrary("org.scopeplus.core").check(CORE);
    ArchitectureRules.useNoJdbcFilesNetworkOrLogging().check(CORE);
  }

  @Test
  void coreUsesNoFrameworkPersistenceOrSerialisation() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "com.fasterxml.jackson..",
            "tools.jackson..",
            "org.apache.poi..",
            "de.siegmar..",
            "picocli..",
            "org.apache.flink..")
        .because("the core knows nothing of Spring, JDBC, Jackson or file formats")
        .check(CORE);
  }

  @Test
  void coreDoesNoFileIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.RandomAccessFile")
        .because("callers hand the core data; it reads no files")
        .check(CORE);
  }

  @Test
  void coreDoesNoLogging() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.util.logging..", "org.slf4j..", "org.apache.logging..", "ch.qos.logback..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.System$Logger")
        .because("the core returns values; it never logs and carries on")
        .check(CORE);
  }
}
