/**
 * Compliance with the notification requirements: notifications received, the requirement and obligations the
 * rules derive for each offender (stored with the rule version and inputs), each offender's compliance status,
 * and the overdue sweep that turns a missed deadline into a case, a task and a {@link
 * uk.gov.vigil.compliance.NotificationMissed} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package uk.gov.vigil.compliance;
