/** HTTP entry for messages from outside into a running trajectory: {@code POST /api/dossiers/{id}/berichten}. */
package nl.fermwerk.inburgering.traject.web;
