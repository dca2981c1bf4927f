package uk.gov.vigil.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The jurisdictions whose rules Vigil knows, by code. */
public final class Jurisdictions {

    private final Map<String, Jurisdiction> byCode;

    public Jurisdictions(List<Jurisdiction> jurisdictions) {
        this.byCode = jurisdictions.stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
    }

    public Optional<Jurisdiction> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The rules for offenders managed in England and Wales, the only jurisdiction implemented so far. */
    public Jurisdiction englandAndWales() {
        return byCode.get(EnglandAndWales.CODE);
    }
}
