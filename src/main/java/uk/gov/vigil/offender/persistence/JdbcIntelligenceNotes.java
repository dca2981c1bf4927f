package uk.gov.vigil.offender.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.offender.domain.IntelligenceNote;
import uk.gov.vigil.offender.domain.IntelligenceNotes;
import uk.gov.vigil.offender.domain.OffenderId;

@Repository
class JdbcIntelligenceNotes implements IntelligenceNotes {

    private final JdbcClient jdbc;

    JdbcIntelligenceNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(IntelligenceNote n) {
        jdbc.sql("""
                insert into intelligence_note (id, offender_id, text, recorded_by, agency_code, recorded_at)
                values (:id, :offender, :text, :by, :agency, :at)""")
                .param("id", n.id()).param("offender", n.offenderId().value()).param("text", n.text())
                .param("by", n.recordedBy()).param("agency", n.agencyCode())
                .param("at", n.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<IntelligenceNote> of(OffenderId offenderId) {
        return jdbc.sql("select * from intelligence_note where offender_id = :offender order by recorded_at desc, id")
                .param("offender", offenderId.value())
                .query((rs, n) -> new IntelligenceNote(rs.getObject("id", UUID.class), offenderId, rs.getString("text"),
                        rs.getString("recorded_by"), rs.getString("agency_code"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
