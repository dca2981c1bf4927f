package uk.gov.vigil.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/** Several instances share one database: each scheduled job must run on one of them at a time. */
@AnalyzeClasses(packages = "uk.gov.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule everyScheduledJobTakesItsShedLock = methods()
            .that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class)
            .because("every instance schedules every job, and only the ShedLock lock keeps them from running at once"
                    + " (see docs/operations.md)");
}
