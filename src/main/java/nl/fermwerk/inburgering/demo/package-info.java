/**
 * Demo data for a first start and for acceptance tests: the demo users and groups (password {@code demo}) and the demo
 * dossiers, created through the same services that take real koppelingen. Every bean here exists in profile
 * {@code demo} only; profile {@code prod} refuses to start together with it.
 */
package nl.fermwerk.inburgering.demo;
