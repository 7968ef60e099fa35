package app.staffroom.appearance;

/** How a person's screens look: as the device is set (light or dark), or always light, or always dark. */
public enum Theme {
    SYSTEM("As on this device"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The choice as My profile names it. */
    public String label() {
        return label;
    }
}
