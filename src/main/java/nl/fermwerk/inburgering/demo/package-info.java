/**
 * Demo data for a first start and for acceptance tests: the demo users and groups (password {@code demo}), the 20 demo
 * dossiers of the README, created through the same services that take real koppelingen, and the living caseload
 * ({@code DemoCaseload}): three years of generated dossiers driven through the deployed trajectory on the engine
 * clock, built once on the first start. Every bean here exists in profile
 * {@code demo} only; profile {@code prod} refuses to start together with it.
 */
package nl.fermwerk.inburgering.demo;
