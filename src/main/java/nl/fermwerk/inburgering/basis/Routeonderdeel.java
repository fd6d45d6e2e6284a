package nl.fermwerk.inburgering.basis;

/**
 * The onderdelen that make up a leerroute and decide whether the inburgeringsplicht is met (docs/traject.md). Which
 * belong to which route, their minimum hours and the task that carries each are in the DMN table
 * {@code processes/onderdelen.dmn}; this list is the vocabulary the table and the dossier's events share: an event
 * meets an onderdeel, the table says whether that onderdeel counts.
 */
public enum Routeonderdeel {
    /** The inburgeringsexamen at B1, KNM included (B1-route). */
    EXAMEN_B1,
    /** The inburgeringsexamen at A2 after afschalen within the B1-route, KNM included. */
    EXAMEN_A2,
    /** Kennis van de Nederlandse Maatschappij outside the B1 exam. */
    KNM,
    /** Participatieverklaringstraject. */
    PVT,
    /** Module Arbeidsmarkt en Participatie, with its praktijkuren. */
    MAP,
    /** The Z-route's participatie, with its hours. */
    PARTICIPATIE,
    /** The Z-route's eindgesprek. */
    EINDGESPREK,
    /** The onderwijsroute's taalschakeltraject. */
    TAALSCHAKELTRAJECT,
    /** Alfabetisering, as far as the PIP includes it. */
    ALFABETISERING,
    /** Toeleiding naar werk (B1-route). */
    TOELEIDING_WERK
}
