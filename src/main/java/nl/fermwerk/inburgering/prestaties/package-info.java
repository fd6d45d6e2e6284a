/**
 * What keeps one node fast with a large caseload (docs/performance.md): indexes that our queries need on the engine's
 * own tables, created once the engine has made them, and the engine's group filter for authorization checks without
 * a scan of the whole authorization table per request. Every measure here was found with the scale run and proven
 * with EXPLAIN; none changes what a user may see.
 */
package nl.fermwerk.inburgering.prestaties;
