/**
 * HTTP API of the modellen module, for functioneel beheer: the migration of running dossiers and the register of
 * deployments; problem+json errors.
 */
package nl.fermwerk.inburgering.modellen.web;
