/**
 * HTTP entries into running trajectories: messages from outside ({@code POST /api/dossiers/{id}/berichten}) and, for
 * functioneel beheer, re-routing every open task after a changed taakverdeling ({@code POST /api/beheer/herroutering}).
 */
package nl.fermwerk.inburgering.traject.web;
