package uk.gov.vigil.risk.domain;

/** MAPPA management levels. Levels 2 and 3 are managed through multi-agency meetings. */
public enum MappaLevel {
    LEVEL_1(1, "Ordinary agency management"),
    LEVEL_2(2, "Active multi-agency management"),
    LEVEL_3(3, "Active multi-agency management with senior oversight");

    private final int number;
    private final String label;

    MappaLevel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public boolean holdsMeetings() {
        return this != LEVEL_1;
    }
}
