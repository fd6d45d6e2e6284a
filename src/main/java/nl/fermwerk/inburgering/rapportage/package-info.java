/**
 * Registratie and management information, all derived from the dossier events: the projection
 * {@code rapportage_dossier} (own table, rebuilt from the events at will and checked against a replay), replays "as of"
 * a peildatum, the kengetallen of the dashboard, the CBS (SWI) and DUO exports, the CBS delivery register (events in
 * streams {@code CBS-<jaar>-Q<n>}), the werkvoorraad of casusregie and teamleiders, and the dossier page with its
 * three-year trajectory picture, its open tasks and its history in Dutch sentences. Its row of a dossier
 * is a view of {@code dossier.Dossierverloop}, the same fold the dossier's state comes from; it reads the typed facts
 * ({@code dossier.Feit}) through {@code dossier.Gebeurtenissen} and its own SQL on the event table, and never writes
 * another module's tables. Every kengetal reaches its reader through {@code StatistischeBeveiliging}: exact for who
 * sees the dossiers, small cells suppressed and month ends only for management and beleidsmedewerkers.
 */
package nl.fermwerk.inburgering.rapportage;
