/**
 * Synthetic demo data: the demo users and a register of made-up offenders, generated deterministically from a
 * seed. Runs only when {@code vigil.demo.enabled} is set (the demo profile). Never for real data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package uk.gov.vigil.demo;
