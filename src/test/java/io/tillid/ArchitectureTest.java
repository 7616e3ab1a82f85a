package io.tillid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Architecture rules of DESIGN.md's conventions that the module check does not cover. */
class ArchitectureTest {

  static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.tillid");

  /**
   * The screening and risk domains are plain Java: the matching engine and the risk rules must be
   * testable, benchmarkable and explainable without a container. Only their {@code internal.web},
   * {@code internal.persistence}, {@code internal.config} and {@code internal.cli} (launcher
   * command beans) adapters may use Spring (and the package-info that declares the module to
   * Spring Modulith).
   */
  static final ArchRule NO_SPRING_IN_DOMAINS = noClasses()
      .that().resideInAnyPackage("io.tillid.screening..", "io.tillid.risk..")
      .and().resideOutsideOfPackages("..internal.web..", "..internal.persistence..", "..internal.config..",
          "..internal.cli..")
      .and().doNotHaveSimpleName("package-info")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
      .allowEmptyShould(true)
      .as("screening and risk domain code does not depend on Spring");

  static final ArchRule NO_FIELD_INJECTION = noFields()
      .should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
      .allowEmptyShould(true)
      .as("dependencies are injected through constructors");

  static final ArchRule NO_CONSOLE_OUTPUT = noClasses()
      .that().resideOutsideOfPackage("io.tillid")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .as("only the launcher writes to the console; everything else logs");

  static final ArchRule NO_JPA = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
      .as("persistence uses JdbcClient, not JPA");

  @Test
  void domainsAreFreeOfSpring() {
    NO_SPRING_IN_DOMAINS.check(PRODUCT);
  }

  @Test
  void constructorInjectionOnly() {
    NO_FIELD_INJECTION.check(PRODUCT);
  }

  @Test
  void onlyTheLauncherPrints() {
    NO_CONSOLE_OUTPUT.check(PRODUCT);
  }

  @Test
  void noJpa() {
    NO_JPA.check(PRODUCT);
  }

  @Test
  void theDomainRuleCatchesSpringInADomainClass() {
    JavaClasses fixture = new ClassFileImporter().importPackages("archfixture");
    ArchRule sameRuleOnFixture = noClasses()
        .that().resideInAnyPackage("archfixture.screening..")
        .and().resideOutsideOfPackages("..internal.web..", "..internal.persistence..", "..internal.config..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    assertThatThrownBy(() -> sameRuleOnFixture.check(fixture)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("SpringInDomain");
  }
}
