/**
 * National search and identity matching: finds an offender under any name they are known by, tolerating
 * misspellings, sound-alike and transliterated names, nicknames, swapped and double-barrelled names, and slips in
 * a date of birth. Name keys are precomputed into an indexed table on every write to the register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search and identity matching")
package uk.gov.vigil.search;
