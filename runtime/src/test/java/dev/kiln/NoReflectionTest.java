package dev.kiln;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The runtime works through generated code only: no reflection, no run-time bytecode generation. */
class NoReflectionTest {
  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.kiln");

  @Test
  void runtimeNeverTouchesJavaLangReflect() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.lang.reflect..")
        .because("Kiln's runtime must work without reflection; generated code does the per-model work")
        .check(RUNTIME);
  }

  @Test
  void runtimeNeverLoadsClassesByNameOrDefinesThem() {
    noClasses()
        .should()
        .callMethod(Class.class, "forName", String.class)
        .orShould()
        .callMethod(Class.class, "getDeclaredFields")
        .orShould()
        .callMethod(Class.class, "getDeclaredMethods")
        .orShould()
        .callMethod(Class.class, "getDeclaredConstructors")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.lang.invoke..")
        .because("models are found through the generated registry, never by name or by inspection")
        .check(RUNTIME);
  }
}
