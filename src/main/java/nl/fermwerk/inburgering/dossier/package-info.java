/**
 * The dossier of an inburgeraar: the vocabulary of its facts ({@link nl.fermwerk.inburgering.dossier.Feit}, one record
 * per event type of docs/gebeurtenissen.md), the append-only event store that checks every fact before it appends it
 * ({@link nl.fermwerk.inburgering.dossier.Gebeurtenissen}), the one fold of a dossier's events
 * ({@link nl.fermwerk.inburgering.dossier.Dossierverloop}) with the projection of its current state
 * ({@link nl.fermwerk.inburgering.dossier.Dossiers}), and the API through which COA koppelingen and DUO meldingen open
 * a dossier. Every fact about a dossier enters here as an event, in the same transaction as the engine command that
 * caused it; after each one the dossier's new verloop is published for the other projections.
 */
package nl.fermwerk.inburgering.dossier;
