/**
 * What keeps one node fast with a large caseload (docs/performance.md): indexes that our queries need on the engine's
 * own tables, created once the engine has made them. Every index here was found with the scale run and proven with
 * EXPLAIN; none changes what a user may see. (The authorization patches for speed live beside the rights they depend
 * on, in {@code toegang}.)
 */
package nl.fermwerk.inburgering.prestaties;
