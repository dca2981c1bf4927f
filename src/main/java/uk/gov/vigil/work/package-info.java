/**
 * "My work": the page each user starts on, which puts first what needs doing in their agency: overdue and soon-due
 * notifications, their tasks, and open whereabouts cases. It reads other modules' services only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My work")
package uk.gov.vigil.work;
