package app.staffroom.credential;

/** The kinds of credential a provider holds; {@link #CUSTOM} is named by the person who enters it. */
public enum CredentialType {
    PROFESSIONAL_LICENCE("Professional licence"),
    DEA("DEA registration"),
    BOARD_CERTIFICATION("Board certification"),
    BLS_CPR("BLS/CPR"),
    MALPRACTICE_INSURANCE("Malpractice insurance"),
    CUSTOM("Other");

    private final String label;

    CredentialType(String label) {
        this.label = label;
    }

    /** The type as people read it, for example "BLS/CPR". */
    public String label() {
        return label;
    }
}
