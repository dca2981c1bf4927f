/** Use cases on compliance: recording notifications, deriving obligations, the due list and the overdue sweep. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.compliance.application;
