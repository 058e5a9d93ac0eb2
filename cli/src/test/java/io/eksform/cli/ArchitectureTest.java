package io.eksform.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of docs/ARCHITECTURE.md, an acyclic package graph, and resource
 * kinds that know only the shared engine, each other only through the registry.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.eksform");
  }

  @Test
  void regoKnowsNothingOfTheRest() {
    noClasses()
        .that()
        .resideInAPackage("io.eksform.rego..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.eksform.engine..", "io.eksform.cli..", "io.eksform.sandbox..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void sandboxKnowsNothingOfTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("io.eksform.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.eksform.engine..", "io.eksform.cli..", "io.eksform.rego..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void engineDoesNotReachUpToTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.eksform.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.eksform.cli..", "io.eksform.sandbox..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theSharedEngineKnowsNoKindAndNoRegistry() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.eksform.engine.plan..",
            "io.eksform.engine.apply..",
            "io.eksform.engine.live..",
            "io.eksform.engine.desired..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.eksform.engine.resource..", "io.eksform.engine.kinds..")
        .check(classes);
  }

  @Test
  void kindsDoNotDependOnEachOther() {
    slices()
        .matching("io.eksform.engine.resource.(*)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void onlyTheRegistryKnowsTheKinds() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.eksform.engine.resource..", "io.eksform.engine.kinds")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.eksform.engine.resource.*..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("io.eksform.(**)")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }
}
