package nl.fermwerk.inburgering.basis;

/** The region that procures the gemeente's language courses: U16 (centrumgemeente Utrecht) or Midden-Holland (Gouda). */
public enum Inkoopregio {
    U16,
    MIDDEN_HOLLAND
}
