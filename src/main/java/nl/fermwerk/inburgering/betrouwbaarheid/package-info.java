/**
 * Reliability: the one error handler of the application ({@code ProbleemAfhandeling}: every refusal, a module's
 * {@link nl.fermwerk.inburgering.basis.Probleem} as well as the framework's, as problem+json with Dutch texts), guards
 * that keep hostile or broken input out (request-size limit), a clear answer instead of a 500
 * when two users change the same thing at once in the engine's REST API (409), and the integrity check that
 * functioneel beheer, the crash test and a restore test use to prove that nothing was lost or duplicated
 * ({@code GET /api/beheer/integriteit}). Reads other modules only through their public types and the engine's
 * services.
 */
package nl.fermwerk.inburgering.betrouwbaarheid;
