package uk.gov.vigil.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditOutcome;

class ChainVerificationTest {

    /** The trail in memory, sealed as the database adapter seals it. */
    static class InMemoryEvents implements AuditEvents {

        final List<AuditEvent> rows = new ArrayList<>();
        Head head = new Head(0, AuditChain.GENESIS);
        Checkpoint checkpoint = new Checkpoint(0, AuditChain.GENESIS);

        @Override
        public void append(List<AuditEvent> unsealed) {
            for (AuditEvent e : unsealed) {
                AuditEvent numbered = with(e, head.lastSeq() + 1, head.lastHash(), null, e.actor());
                String hash = AuditChain.hash(numbered, head.lastHash());
                rows.add(with(numbered, numbered.seq(), head.lastHash(), hash, e.actor()));
                head = new Head(numbered.seq(), hash);
            }
        }

        @Override
        public List<AuditEvent> after(long afterSeq, int limit) {
            return rows.stream().filter(r -> r.seq() > afterSeq).limit(limit).toList();
        }

        @Override
        public Head head() {
            return head;
        }

        @Override
        public Checkpoint checkpoint() {
            return checkpoint;
        }

        @Override
        public int purgeThrough(Checkpoint through, Instant cutOff, Instant purgedAt, int count) {
            checkpoint = through;
            int before = rows.size();
            rows.removeIf(r -> r.seq() <= through.throughSeq());
            return before - rows.size();
        }

        @Override
        public List<AuditEvent> find(AuditQuery query) {
            return List.of();
        }
    }

    static AuditEvent with(AuditEvent e, long seq, String previous, String hash, String actor) {
        return new AuditEvent(seq, e.occurredAt(), actor, e.actorAgency(), e.action(), e.category(), e.objectType(),
                e.objectId(), e.offenderId(), e.outcome(), e.reason(), e.recipientAgency(), e.correlationId(),
                e.clientAddress(), previous, hash);
    }

    static AuditEvent event(String actor) {
        return new AuditEvent(0, Instant.parse("2026-11-28T10:15:30.123Z"), actor, "MET",
                AuditAction.OFFENDER_VIEWED, AuditAction.OFFENDER_VIEWED.category(), "offender", "x",
                UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"), AuditOutcome.ALLOWED, "full record", null,
                "corr-0001", "127.0.0.1", null, null);
    }

    InMemoryEvents trail;

    @BeforeEach
    void fiveRows() {
        trail = new InMemoryEvents();
        for (int i = 1; i <= 5; i++) {
            trail.append(List.of(event("user" + i)));
        }
    }

    @Test
    void anIntactChainChecksOut() {
        assertThat(ChainVerification.of(trail, 2)).isEqualTo(new ChainVerification(true, 5, null, null));
        assertThat(ChainVerification.of(new InMemoryEvents(), 2).intact()).isTrue();
    }

    @Test
    void anAlteredRowIsNamed() {
        AuditEvent third = trail.rows.get(2);
        trail.rows.set(2, with(third, third.seq(), third.previousHash(), third.hash(), "someone-else"));
        ChainVerification result = ChainVerification.of(trail, 2);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo("row 3 has been altered: its contents no longer match its hash");
    }

    @Test
    void anAlteredRowWithARecomputedHashBreaksTheNextLink() {
        AuditEvent third = trail.rows.get(2);
        AuditEvent forged = with(third, 3, third.previousHash(), null, "someone-else");
        trail.rows.set(2, with(forged, 3, third.previousHash(), AuditChain.hash(forged, third.previousHash()),
                "someone-else"));
        assertThat(ChainVerification.of(trail, 10).problem()).isEqualTo("row 4 does not follow the hash of row 3");
    }

    @Test
    void aRemovedRowIsNamed() {
        trail.rows.remove(1);
        assertThat(ChainVerification.of(trail, 10).problem()).isEqualTo("row 2 is missing; the next row is 3");
    }

    @Test
    void rowsRemovedFromTheEndDoNotMatchTheHead() {
        trail.rows.remove(4);
        ChainVerification result = ChainVerification.of(trail, 10);
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.problem()).contains("rows have been removed from the end");
    }

    @Test
    void anEmptiedTrailDoesNotMatchTheHead() {
        trail.rows.clear();
        assertThat(ChainVerification.of(trail, 10).intact()).isFalse();
    }

    @Test
    void aPurgedTrailIsCheckedFromItsCheckpoint() {
        AuditEvent second = trail.rows.get(1);
        assertThat(trail.purgeThrough(new AuditEvents.Checkpoint(2, second.hash()), Instant.now(), Instant.now(), 2))
                .isEqualTo(2);
        assertThat(ChainVerification.of(trail, 2)).isEqualTo(new ChainVerification(true, 3, null, null));
    }

    @Test
    void rowsDeletedFromTheStartWithoutMovingTheCheckpointAreFound() {
        trail.rows.remove(0);
        trail.rows.remove(0);
        ChainVerification result = ChainVerification.of(trail, 10);
        assertThat(result.brokenAt()).isEqualTo(1);
        assertThat(result.problem()).isEqualTo("row 1 is missing; the next row is 3");
    }

    @Test
    void aCheckpointThatTheFirstKeptRowDoesNotFollowIsFound() {
        trail.purgeThrough(new AuditEvents.Checkpoint(2, trail.rows.get(0).hash()), Instant.now(), Instant.now(), 2);
        assertThat(ChainVerification.of(trail, 10).problem()).isEqualTo("row 3 does not follow the hash of row 2");
    }

    @Test
    void aRowDeletedAfterAPurgeIsFound() {
        trail.purgeThrough(new AuditEvents.Checkpoint(2, trail.rows.get(1).hash()), Instant.now(), Instant.now(), 2);
        trail.rows.remove(1);
        assertThat(ChainVerification.of(trail, 10).problem()).isEqualTo("row 4 is missing; the next row is 5");
    }

    @Test
    void rowsAppendedAfterTheHeadWasReadAreLeftForTheNextCheck() {
        AuditEvents.Head before = trail.head;
        trail.append(List.of(event("late")));
        AuditEvents appendedMeanwhile = new InMemoryEvents() {
            {
                rows.addAll(trail.rows);
                head = before;
            }
        };
        assertThat(ChainVerification.of(appendedMeanwhile, 2)).isEqualTo(new ChainVerification(true, 5, null, null));
    }

    @Test
    void hashesDependOnEveryFieldAndCannotBeShiftedBetweenFields() {
        AuditEvent a = with(event("ab"), 1, AuditChain.GENESIS, null, "ab");
        AuditEvent b = new AuditEvent(1, a.occurredAt(), "a", "bMET", a.action(), a.category(), a.objectType(),
                a.objectId(), a.offenderId(), a.outcome(), a.reason(), null, a.correlationId(), a.clientAddress(),
                null, null);
        assertThat(AuditChain.hash(a, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(b, AuditChain.GENESIS))
                .hasSize(64);
    }
}
