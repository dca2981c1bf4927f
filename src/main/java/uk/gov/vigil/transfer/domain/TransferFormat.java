package uk.gov.vigil.transfer.domain;

import java.util.Locale;
import java.util.Optional;

/** The file formats of {@code docs/import-format.md}. */
public enum TransferFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    TransferFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Reads {@code jsonl} or {@code csv}, in any case. */
    public static Optional<TransferFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (TransferFormat f : values()) {
            if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
