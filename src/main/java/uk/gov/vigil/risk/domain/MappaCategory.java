package uk.gov.vigil.risk.domain;

/** MAPPA categories (Criminal Justice Act 2003 s.325-327). */
public enum MappaCategory {
    CATEGORY_1(1, "Registered sexual offender"),
    CATEGORY_2(2, "Violent offender"),
    CATEGORY_3(3, "Other dangerous offender");

    private final int number;
    private final String label;

    MappaCategory(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}
