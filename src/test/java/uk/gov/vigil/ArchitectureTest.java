package uk.gov.vigil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.gov.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain model is plain Java: rules can be read, tested and reused without a container or database. */
    @ArchTest
    static final ArchRule domainHasNoSpringOrSql = noClasses()
            .that().resideInAPackage("..domain..")
            // package-info only declares the package as a module's named interface; it holds no domain code.
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "jakarta.persistence..", "org.flywaydb..", "com.fasterxml.jackson..", "tools.jackson..")
            .because("the domain model must stay free of frameworks and SQL");

    /** Only the shared kernel and persistence adapters may be imported by domain code from the application. */
    @ArchTest
    static final ArchRule domainDoesNotReachIntoOuterLayers = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..persistence..", "..api..",
                    "..web..");

    /** The statutory rules are pure functions too; only their web adapter in rules.api knows Spring. */
    @ArchTest
    static final ArchRule rulesHaveNoSpringOrSql = noClasses()
            .that().resideInAPackage("uk.gov.vigil.rules")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
            .because("rules must be pure, citable functions");

    @ArchTest
    static final ArchRule noJdbcOutsidePersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .because("SQL lives in the persistence packages");
}
