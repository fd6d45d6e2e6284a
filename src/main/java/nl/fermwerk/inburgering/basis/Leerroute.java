package nl.fermwerk.inburgering.basis;

/** The three leerroutes of the Wet inburgering 2021. */
public enum Leerroute {
    B1,
    Z,
    ONDERWIJS;

    /** The Dutch words for people ({@link Labels}). */
    public String label() {
        return Labels.label("leerroute", name());
    }
}
