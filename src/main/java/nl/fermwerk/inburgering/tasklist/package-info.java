/**
 * Tasklist as a place to work: the filters each role finds at login (kept up to date at every start, never
 * duplicated), showing the dossier's display name, number and gemeente.
 */
package nl.fermwerk.inburgering.tasklist;
