/**
 * The models as beleidsmedewerkers change them in Camunda Modeler (processes/ and forms/), and what keeps that safe:
 * the structural checks every model must pass before it runs ({@link nl.fermwerk.inburgering.modellen.ModelControle}),
 * the list of message names the application correlates ({@link nl.fermwerk.inburgering.modellen.Berichten}), and
 * the migration of running dossiers to a new process version by functioneel beheer
 * ({@link nl.fermwerk.inburgering.modellen.Migraties}). Deploying itself is the engine's REST API, guarded by the
 * engine authorizations of {@code toegang}.
 */
package nl.fermwerk.inburgering.modellen;
