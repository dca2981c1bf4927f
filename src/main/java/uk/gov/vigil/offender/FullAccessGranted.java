package uk.gov.vigil.offender;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer of another agency opened an offender's record in full, stating why; the managing agency's supervisors
 * are told. Carries no personal data beyond ids and codes.
 */
public record FullAccessGranted(UUID grantId, UUID offenderId, String managingAgency, String username,
        String userAgency, String reason, Instant expiresAt) {
}
