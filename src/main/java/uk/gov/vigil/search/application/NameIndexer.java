package uk.gov.vigil.search.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.offender.OffenderRecordChanged;
import uk.gov.vigil.offender.OffenderRegistered;
import uk.gov.vigil.offender.OffendersImported;
import uk.gov.vigil.search.domain.Candidate;
import uk.gov.vigil.search.domain.NameKeys;

/**
 * Rewrites an offender's name keys whenever the record is registered, imported or changed, in the same
 * transaction as the change, so a search never misses a name the register holds.
 */
@Component
public class NameIndexer {

    private final NameIndex index;
    private final NameKeys keys;

    NameIndexer(NameIndex index, NameKeys keys) {
        this.index = index;
        this.keys = keys;
    }

    @EventListener
    void on(OffenderRegistered event) {
        reindex(List.of(event.offenderId()));
    }

    @EventListener
    void on(OffenderRecordChanged event) {
        reindex(List.of(event.offenderId()));
    }

    @EventListener
    void on(OffendersImported event) {
        reindex(event.offenderIds());
    }

    @Transactional
    public void reindex(Collection<UUID> offenderIds) {
        Map<UUID, Set<String>> byOffender = new HashMap<>();
        index.names(offenderIds).forEach((id, names) -> {
            Set<String> all = new LinkedHashSet<>();
            for (Candidate.KnownName name : names) {
                all.addAll(keys.of(name.givenNames(), name.familyName()));
            }
            byOffender.put(id, all);
        });
        index.replace(byOffender);
    }

    /**
     * Indexes up to {@code batch} offenders after {@code after} (null: from the first) that have no keys yet.
     *
     * @return the ids it indexed, in order; the last is where the next batch starts
     */
    @Transactional
    public List<UUID> indexMissing(UUID after, int batch) {
        List<UUID> missing = index.unindexed(after, batch);
        reindex(missing);
        return missing;
    }
}
