/**
 * Registratie and management information, all derived from the dossier events: the projection
 * {@code rapportage_dossier} (own table, rebuilt from the events at will and checked against a replay), replays "as of"
 * a peildatum and, for a period, by business date as known at a moment ({@code Herspeler}), the kengetallen of the
 * dashboard with their definitions ({@code Kengetallen}, docs/rapportages.md) and per cohort ({@code Cohorten}), the
 * CBS SWI file per gemeente and quarter ({@code CbsBestanden}, {@code CbsCodering}) and its delivery register (events in
 * streams {@code CBS-<jaar>-Q<n>}, {@code CbsLeveringen}), the DUO worklist ({@code DuoWerklijst}, events
 * {@code DuoRegistratieGedaan} in the dossier) the werkvoorraad of casusregie and teamleiders, and the dossier page with its three-year trajectory picture, its open tasks and its history in Dutch sentences. Its row of
 * a dossier is a view of {@code dossier.Dossierverloop}, the same fold the dossier's state comes from; it reads the
 * typed facts ({@code dossier.Feit}) through {@code dossier.Gebeurtenissen} and its own SQL on the event table, appends
 * only its own facts (CBS deliveries, DUO registrations) through {@code dossier.Gebeurtenissen}, and never writes
 * another module's tables. Every kengetal reaches its reader through {@code StatistischeBeveiliging}: exact for who sees
 * the dossiers, small cells suppressed and month ends only for management and beleidsmedewerkers.
 */
package nl.fermwerk.inburgering.rapportage;
