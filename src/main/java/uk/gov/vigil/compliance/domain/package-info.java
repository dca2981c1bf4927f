/** Notifications, obligations, cases and the planner that derives them. Plain Java: no Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.compliance.domain;
