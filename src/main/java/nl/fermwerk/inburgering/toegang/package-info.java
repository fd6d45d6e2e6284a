/**
 * Who may do what: authentication against the Camunda identity service for our API and the engine's REST API,
 * the roles and group ids of the chain, and the engine authorizations that follow from them.
 */
package nl.fermwerk.inburgering.toegang;
