/**
 * Bewaartermijn (AVG): removes a dossier once the configured term after its afsluiting ({@code DossierAfgesloten})
 * has passed — its events, its projection row, its access log and the engine's history of its trajectory — and
 * records what it removed. The setting is {@code inburgering.bewaartermijn} (default P10Y), the schedule
 * {@code inburgering.bewaartermijn-cron}. Why removal rather than anonymisation: docs/privacy.md.
 *
 * <p>On PostgreSQL the database holds the rule too: events and access log leave only through its function
 * {@code bewaartermijn_verwijder} (by the database's clock, never below a stored minimum term), and after a DBA's
 * one-time step ({@code db/beheer/alleen-toevoegen.postgresql.sql}) the application's role may only add and read them.
 * {@code AlleenToevoegenControle} says at every start whether that step is in place.
 */
package nl.fermwerk.inburgering.bewaartermijn;
