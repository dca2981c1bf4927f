/**
 * The notification rules: what an offender must notify and by when, as pure functions of dates and facts, each
 * citing the statute it applies. A {@link uk.gov.vigil.rules.Jurisdiction} bundles one legal system's rules;
 * England and Wales (Sexual Offences Act 2003 Part 2) is the first. Nothing here reads a clock or a database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification rules")
package uk.gov.vigil.rules;
