package org.scopeplus.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.architecture.fixture.cycle.a.Ping;
import org.scopeplus.architecture.fixture.cycle.b.Pong;
import org.scopeplus.architecture.fixture.high.High;
import org.scopeplus.architecture.fixture.high.product.PeeksAcrossModules;
import org.scopeplus.architecture.fixture.impure.Impurities;
import org.scopeplus.architecture.fixture.low.Low;
import org.scopeplus.architecture.fixture.low.LowImportingHigh;
import org.scopeplus.architecture.fixture.other.PeeksInside;
import org.scopeplus.architecture.fixture.product.UsesHidden;
import org.scopeplus.architecture.fixture.product.internal.Hidden;

/** Every structure rule fails on a class that breaks it, passes on one that keeps it. */
class ArchitectureRulesTest {

  private static final String FIXTURE = "org.scopeplus.architecture.fixture";

  private static JavaClasses of(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static void fails(ArchRule rule, JavaClasses classes, String because) {
    assertThatThrownBy(() -> rule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(because);
  }

  @Test
  void aCycleBetweenTwoPackagesFails() {
    fails(
        ArchitectureRules.noCyclesBetweenPackages(FIXTURE + ".cycle"),
        of(Ping.class, Pong.class),
        "Cycle detected");
    ArchitectureRules.noCyclesBetweenPackages(FIXTURE + ".high").check(of(High.class, Low.class));
  }

  @Test
  void importingAModuleAboveFails() {
    List<String> aboveLow = List.of(FIXTURE + ".high");
    fails(ArchitectureRules.importNoneOf(aboveLow), of(LowImportingHigh.class), "High");
    ArchitectureRules.importNoneOf(aboveLow).check(of(Low.class));
    ArchitectureRules.importNoneOf(List.of(FIXTURE + ".other")).check(of(High.class));
  }

  @Test
  void anInternalPackageUsedFromAnotherPackageFails() {
    fails(
        ArchitectureRules.internalPackagesStayInsideTheirProduct(),
        of(PeeksInside.class, Hidden.class),
        "from outside " + FIXTURE + ".product");
    ArchitectureRules.internalPackagesStayInsideTheirProduct()
        .check(of(UsesHidden.class, Hidden.class));
  }

  @Test
  void anInternalPackageUsedFromTheSameProductInAnotherModuleFails() {
    fails(
        ArchitectureRules.internalPackagesStayInsideTheirProduct(),
        of(PeeksAcrossModules.class, Hidden.class),
        "from outside " + FIXTURE + ".product");
  }

  @Test
  void theProductOfAnInternalPackageIsItsParent() {
    assertThat(ArchitectureRules.productOfInternal("a.b.internal")).contains("a.b");
    assertThat(ArchitectureRules.productOfInternal("a.b.internal.c")).contains("a.b");
    assertThat(ArchitectureRules.productOfInternal("a.internals.b")).isEmpty();
    assertThat(ArchitectureRules.productOfInternal("a.b")).isEmpty();
  }

  @Test
  void aClassOutsideTheModulesRootPackageFails() {
    fails(ArchitectureRules.resideIn(FIXTURE + ".low"), of(Low.class, High.class), "High");
    ArchitectureRules.resideIn(FIXTURE + ".low").check(of(Low.class, LowImportingHigh.class));
  }

  @Test
  void theCoreRulesFailOnJdbcFilesLoggingAndFrameworks() {
    String root = FIXTURE + ".impure";
    ArchRule onlyJdkAndUnits = ArchitectureRules.dependOnlyOnTheJdkAndTheUnitsLibrary(root);
    ArchRule noJdbcFilesLogging = ArchitectureRules.useNoJdbcFilesNetworkOrLogging();
    fails(onlyJdkAndUnits, of(Impurities.UsesAFramework.class), "org.junit.jupiter.api.TestInfo");
    fails(noJdbcFilesLogging, of(Impurities.UsesJdbc.class), "java.sql.Connection");
    fails(noJdbcFilesLogging, of(Impurities.ReadsFiles.class), "java.nio.file.Path");
    fails(noJdbcFilesLogging, of(Impurities.Logs.class), "java.lang.System$Logger");
    onlyJdkAndUnits.check(of(Impurities.Pure.class));
    noJdbcFilesLogging.check(of(Impurities.Pure.class));
  }

  @Test
  void everyRuleFailsOnAnEmptyImportInsteadOfPassingVacuously() {
    JavaClasses none = of();
    for (ArchRule rule :
        List.of(
            ArchitectureRules.resideIn(FIXTURE),
            ArchitectureRules.noCyclesBetweenPackages(FIXTURE),
            ArchitectureRules.importNoneOf(List.of(FIXTURE)),
            ArchitectureRules.internalPackagesStayInsideTheirProduct(),
            ArchitectureRules.dependOnlyOnTheJdkAndTheUnitsLibrary(FIXTURE),
            ArchitectureRules.useNoJdbcFilesNetworkOrLogging())) {
      assertThatThrownBy(() -> rule.check(none))
          .as(rule.getDescription())
          .isInstanceOf(AssertionError.class);
    }
  }

  /**
   * DESIGN.md: core <- io <- store <- server; cli and flink on top; energy on core, used by cli and
   * server; nothing imports the bench.
   */
  @Test
  void theModuleArrowsAreThoseOfTheDesign() {
    assertThat(Module.CORE.forbiddenPackages())
        .containsExactly(
            "org.scopeplus.io",
            "org.scopeplus.energy",
            "org.scopeplus.store",
            "org.scopeplus.server",
            "org.scopeplus.flink",
            "org.scopeplus.cli",
            "org.scopeplus.bench");
    assertThat(Module.IO.forbiddenPackages())
        .containsExactly(
            "org.scopeplus.energy",
            "org.scopeplus.store",
            "org.scopeplus.server",
            "org.scopeplus.flink",
            "org.scopeplus.cli",
            "org.scopeplus.bench");
    assertThat(Module.STORE.forbiddenPackages())
        .containsExactly(
            "org.scopeplus.energy",
            "org.scopeplus.server",
            "org.scopeplus.flink",
            "org.scopeplus.cli",
            "org.scopeplus.bench");
    assertThat(Module.SERVER.forbiddenPackages())
        .containsExactly("org.scopeplus.flink", "org.scopeplus.cli", "org.scopeplus.bench");
    assertThat(Module.FLINK.forbiddenPackages())
        .containsExactly(
            "org.scopeplus.store",
            "org.scopeplus.server",
            "org.scopeplus.cli",
            "org.scopeplus.bench");
    assertThat(Module.CLI.forbiddenPackages())
        .containsExactly("org.scopeplus.flink", "org.scopeplus.bench");
    assertThat(Module.BENCH.forbiddenPackages()).containsExactly("org.scopeplus.flink");
    assertThat(Module.ENERGY.forbiddenPackages())
        .containsExactly(
            "org.scopeplus.io",
            "org.scopeplus.store",
            "org.scopeplus.server",
            "org.scopeplus.flink",
            "org.scopeplus.cli",
            "org.scopeplus.bench");
  }
}
