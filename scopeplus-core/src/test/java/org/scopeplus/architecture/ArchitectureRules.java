package org.scopeplus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure rules of DESIGN.md, written once for every module: no cycles between packages, the
 * module arrows, {@code internal} packages private to their product package, and the core's purity.
 * Each rule is a function of package names so that {@code ArchitectureRulesTest} can show it
 * failing on a deliberately wrong fixture; every rule fails on an empty import instead of passing
 * vacuously.
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /** The main classes of the module that holds {@code anchor}: its own, not its dependencies'. */
  public static JavaClasses mainClassesOf(Class<?> anchor) {
    try {
      Location location =
          Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(Set.of(location));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no location for " + anchor, e);
    }
  }

  /** Every class lives under the module's root package, so the arrows below see all of them. */
  public static ArchRule resideIn(String rootPackage) {
    return classes()
        .should()
        .resideInAPackage(rootPackage + "..")
        .because("a module's classes live under its own root package")
        .allowEmptyShould(false);
  }

  /** No two packages under {@code rootPackage} depend on each other, directly or around a ring. */
  public static ArchRule noCyclesBetweenPackages(String rootPackage) {
    return slices()
        .matching(parentOf(rootPackage) + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("dependencies between packages point one way")
        .allowEmptyShould(false);
  }

  /** The classes import none of the forbidden root packages (the modules above or beside). */
  public static ArchRule importNoneOf(List<String> forbiddenRootPackages) {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            forbiddenRootPackages.stream().map(p -> p + "..").toArray(String[]::new))
        .because("module arrows point one way: core <- io <- store <- server; cli and flink on top")
        .allowEmptyShould(false);
  }

  /**
   * A class in {@code a.b.internal} (or below it) is used only from {@code a.b} and the packages
   * under it: performance structures are hidden inside their product package. The product package
   * names its module ({@code org.scopeplus.core.scope3plus}), so an internal package is never used
   * from another module, not even from the same product there ({@code
   * org.scopeplus.io.scope3plus}).
   */
  public static ArchRule internalPackagesStayInsideTheirProduct() {
    return classes()
        .should(USE_ONLY_THEIR_OWN_PRODUCTS_INTERNALS)
        .because("performance structures live in an internal sub-package of their product")
        .allowEmptyShould(false);
  }

  /**
   * The core's purity: it depends only on the JDK's {@code java.*} packages and the units library
   * (JSR 385 and Indriya), and of the JDK not on JDBC, files, the network or logging.
   */
  public static ArchRule dependOnlyOnTheJdkAndTheUnitsLibrary(String rootPackage) {
    return classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(rootPackage + "..", "java..", "javax.measure..", "tech.units..")
        .because("the core is JDK + units library only: no Spring, JDBC, Jackson or file formats")
        .allowEmptyShould(false);
  }

  /** The JDK packages the core must not use even though they are {@code java.*}. */
  public static ArchRule useNoJdbcFilesNetworkOrLogging() {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..", "java.util.logging..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            java.io.File.class,
            java.io.FileInputStream.class,
            java.io.FileOutputStream.class,
            java.io.RandomAccessFile.class,
            System.Logger.class)
        .because("callers hand the core data and receive values; it reads no files and never logs")
        .allowEmptyShould(false);
  }

  /** The rules every module keeps: its root package, no package cycles, its arrows, internals. */
  public static List<ArchRule> rulesOf(Module module) {
    return List.of(
        resideIn(module.rootPackage()),
        noCyclesBetweenPackages(module.rootPackage()),
        importNoneOf(module.forbiddenPackages()),
        internalPackagesStayInsideTheirProduct());
  }

  private static String parentOf(String rootPackage) {
    return rootPackage.substring(0, rootPackage.lastIndexOf('.'));
  }

  private static final ArchCondition<JavaClass> USE_ONLY_THEIR_OWN_PRODUCTS_INTERNALS =
      new ArchCondition<>("use internal packages only from inside their product package") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (Dependency d : origin.getDirectDependenciesFromSelf()) {
            Optional<String> product = productOfInternal(d.getTargetClass().getPackageName());
            if (product.isPresent() && !within(origin.getPackageName(), product.get())) {
              events.add(
                  SimpleConditionEvent.violated(
                      d, d.getDescription() + ", from outside " + product.get()));
            }
          }
        }
      };

  /** For {@code a.b.internal} or {@code a.b.internal.c}: {@code a.b}. */
  static Optional<String> productOfInternal(String packageName) {
    String marker = ".internal";
    int from = 0;
    while (true) {
      int i = packageName.indexOf(marker, from);
      if (i < 0) {
        return Optional.empty();
      }
      int end = i + marker.length();
      if (end == packageName.length() || packageName.charAt(end) == '.') {
        return Optional.of(packageName.substring(0, i));
      }
      from = end;
    }
  }

  private static boolean within(String packageName, String product) {
    return packageName.equals(product) || packageName.startsWith(product + ".");
  }
}
