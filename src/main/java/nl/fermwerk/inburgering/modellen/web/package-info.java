/** HTTP API of the modellen module: the migration of running dossiers for functioneel beheer, problem+json errors. */
package nl.fermwerk.inburgering.modellen.web;
