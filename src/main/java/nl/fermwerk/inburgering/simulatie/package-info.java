/**
 * A caseload driven on the engine clock, against whichever engine it is given: the driver that completes tasks as
 * inburgeraars and partners would ({@link nl.fermwerk.inburgering.simulatie.CaseloadSimulatie},
 * {@link nl.fermwerk.inburgering.simulatie.TaakUitvoerder}) and the clock mover that executes every job due by a moment
 * ({@link nl.fermwerk.inburgering.simulatie.KlokVerzetter}). Plain classes that the benchmark builds for our engine and
 * for its bare one; the only beans are the clock mover and the clock endpoint, in profile {@code simulatie}.
 */
package nl.fermwerk.inburgering.simulatie;
