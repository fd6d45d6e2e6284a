/**
 * A caseload driven through the real code path on the engine clock: the driver that opens seeded dossiers and
 * completes their tasks as inburgeraars and partners would ({@link nl.fermwerk.inburgering.simulatie.CaseloadSimulatie},
 * {@link nl.fermwerk.inburgering.simulatie.TaakUitvoerder}), the clock mover that executes every job due by a moment
 * ({@link nl.fermwerk.inburgering.simulatie.KlokVerzetter}), and the clock endpoint of profile {@code simulatie}.
 * Used by the demo caseload, the benchmark and the acceptance tests.
 */
package nl.fermwerk.inburgering.simulatie;
