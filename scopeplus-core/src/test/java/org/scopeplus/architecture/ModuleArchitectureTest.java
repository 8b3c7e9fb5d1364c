package org.scopeplus.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The structure rules one module keeps, checked on its main classes. A module's {@code
 * ArchitectureTest} extends this with its {@link Module} and any one of its main classes.
 */
public abstract class ModuleArchitectureTest {

  private final Module module;
  private final JavaClasses classes;

  protected ModuleArchitectureTest(Module module, Class<?> anyMainClass) {
    this.module = module;
    this.classes = ArchitectureRules.mainClassesOf(anyMainClass);
  }

  @Test
  void everyClassLivesUnderTheModulesRootPackage() {
    ArchitectureRules.resideIn(module.rootPackage()).check(classes);
  }

  @Test
  void noCyclesBetweenPackages() {
    ArchitectureRules.noCyclesBetweenPackages(module.rootPackage()).check(classes);
  }

  @Test
  void importsOnlyTheModulesBelowIt() {
    ArchitectureRules.importNoneOf(module.forbiddenPackages()).check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirProduct() {
    ArchitectureRules.internalPackagesStayInsideTheirProduct().check(classes);
  }
}
