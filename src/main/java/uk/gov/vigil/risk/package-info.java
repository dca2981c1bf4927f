/**
 * Risk management: risk assessments, MAPPA arrangements, meetings and actions, home visits and their schedule,
 * reactive management, the explainable priority score that orders each manager's work, and caseloads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk management")
package uk.gov.vigil.risk;
