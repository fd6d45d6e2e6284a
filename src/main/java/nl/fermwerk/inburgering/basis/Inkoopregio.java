package nl.fermwerk.inburgering.basis;

/** The region that procures the gemeente's language courses: U16 (centrumgemeente Utrecht) or Midden-Holland (Gouda). */
public enum Inkoopregio {
    U16,
    MIDDEN_HOLLAND;

    /** The Dutch words for people ({@link Labels}). */
    public String label() {
        return Labels.label("inkoopregio", name());
    }
}
