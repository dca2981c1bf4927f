/**
 * The shared kernel: field-level validation results, the exceptions every module raises for "not found" and
 * "conflict", and the web plumbing that turns them into RFC 9457 problem details. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.gov.vigil.shared;
