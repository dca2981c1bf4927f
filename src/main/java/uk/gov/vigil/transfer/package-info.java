/**
 * Bulk transfer: importing offenders with their notification histories from another system's extract (JSON Lines
 * or CSV, in the published format of {@code docs/import-format.md}), and exporting an agency's records in the same
 * formats. Imports run as jobs whose progress and rejected rows can be read back; a re-run skips what an earlier
 * run stored. Exports are disclosures, audited record by record.
 *
 * <p>Inside: {@code domain} (records, jobs and their states, free of Spring and SQL), {@code application} (the
 * formats, the import and export use cases, the command line), {@code persistence} (JDBC) and {@code api} (REST).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk transfer")
package uk.gov.vigil.transfer;
