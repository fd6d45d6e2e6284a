/**
 * Who may do what, and the trace of it (AVG): authentication against the Camunda identity service for our API and the
 * engine's REST API, the roles and group ids of the chain, the engine authorizations that follow from them, the
 * access log, inzage, and the hardening of HTTP. The model as a table for the privacy officer: docs/privacy.md.
 *
 * <p>Public API for other modules (e.g. the rapportage pages):
 * <ul>
 *   <li>{@link nl.fermwerk.inburgering.toegang.DossierToegang}: {@code magLezen(authentication, gemeente)},
 *       {@code gemeenten(authentication)}, {@code volledigZicht(authentication)} (may see BSN and date of birth),
 *       {@code onderdelen(authentication, gemeente)}, {@code magExporterenMetBsn(authentication)} (CBS/DUO exports),
 *       {@code magInzage(authentication)}. Who sees which figures, exact or with small cells hidden, is
 *       {@code rapportage.StatistischeBeveiliging}'s question.
 *       A ketenpartner's gemeenten follow from the deployed DMN {@code taakverdeling}
 *       ({@link nl.fermwerk.inburgering.toegang.TaakverdelingRollen}, cached per deployed version).</li>
 *   <li>{@link nl.fermwerk.inburgering.toegang.Toegangslog}: {@code registreer(gebruiker, dossierId, endpoint, doel)}
 *       (also for a list of dossier ids) and {@code registreerGeweigerd(...)}; call it for every person-level read or
 *       change of a dossier, before the data leaves. {@link nl.fermwerk.inburgering.toegang.Doel#van} reads the
 *       purpose from {@code ?doel=} or the header {@code X-Doel}, with the endpoint's default.</li>
 *   <li>{@link nl.fermwerk.inburgering.toegang.GeenToegangException}: throw it from a controller to answer 403
 *       problem+json (a {@link nl.fermwerk.inburgering.basis.Probleem}, answered by the one error handler).</li>
 * </ul>
 */
package nl.fermwerk.inburgering.toegang;
