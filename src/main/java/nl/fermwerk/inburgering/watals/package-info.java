/**
 * What-if replay for beleidsmedewerkers (issue #18, docs/watals.md): what a changed trajectory, taakverdeling or term
 * would have done, before it is deployed. Owns the replay: the changed files through the deploy-time model check
 * ({@code modellen.Modelkeuring}), the deployed and the changed model set ({@link nl.fermwerk.inburgering.watals.Modelset}),
 * two child JVMs that each replay the same seeded caseload on an in-memory engine and database of their own
 * ({@link nl.fermwerk.inburgering.watals.Kindproces}, {@link nl.fermwerk.inburgering.watals.WatalsKind},
 * {@link nl.fermwerk.inburgering.watals.Naspeling}) and their figures compared per quarter and gemeente
 * ({@link nl.fermwerk.inburgering.watals.Cijfers}, {@link nl.fermwerk.inburgering.watals.Vergelijking}). The
 * behaviour of the replayed inburgeraars comes from aggregates of the real caseload
 * ({@link nl.fermwerk.inburgering.watals.Gedragsstatistiek}). Never writes the application's tables; the child
 * process drives the caseload through the real code path (dossier, traject, simulatie's task completion) on its own
 * database only.
 */
package nl.fermwerk.inburgering.watals;
