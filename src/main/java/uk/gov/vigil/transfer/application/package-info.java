/**
 * The bulk formats and the import and export use cases. Other modules may write records in the formats through
 * {@link uk.gov.vigil.transfer.application.TransferFiles}, as the synthetic register generator does.
 */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.transfer.application;
