/**
 * Bewaartermijn (AVG): removes a dossier once the configured term after its afsluiting ({@code DossierAfgesloten})
 * has passed — its events, its projection row, its access log and the engine's history of its trajectory — and
 * records what it removed. The setting is {@code inburgering.bewaartermijn} (default P10Y), the schedule
 * {@code inburgering.bewaartermijn-cron}. Why removal rather than anonymisation: docs/privacy.md.
 */
package nl.fermwerk.inburgering.bewaartermijn;
