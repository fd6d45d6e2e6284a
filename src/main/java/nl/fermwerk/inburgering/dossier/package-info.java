/**
 * The dossier of an inburgeraar: the append-only event store ({@link nl.fermwerk.inburgering.dossier.Gebeurtenissen}),
 * the projection of a dossier's current state ({@link nl.fermwerk.inburgering.dossier.Dossiers}) and the API through
 * which COA koppelingen and DUO meldingen open a dossier. Every fact about a dossier enters here as an event, in the
 * same transaction as the engine command that caused it.
 */
package nl.fermwerk.inburgering.dossier;
