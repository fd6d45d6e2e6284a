/**
 * HTTP API of the termijnen module: a dossier's terms ({@code GET /api/dossiers/{id}/termijnen}, with the dossier's own
 * access rules) and, for functioneel beheer, the recalculation of running terms after a new table version.
 */
package nl.fermwerk.inburgering.termijnen.web;
