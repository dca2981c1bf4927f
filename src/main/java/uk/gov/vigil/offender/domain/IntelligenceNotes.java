package uk.gov.vigil.offender.domain;

import java.util.List;

/** Where intelligence notes are kept. */
public interface IntelligenceNotes {

    void add(IntelligenceNote note);

    /** An offender's notes, newest first. */
    List<IntelligenceNote> of(OffenderId offenderId);
}
