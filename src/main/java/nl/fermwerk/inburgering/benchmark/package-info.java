/**
 * The benchmark ({@code bench/run.sh}) and the large-caseload measurements ({@code bench/scale.sh}): the same seeded
 * caseload through our trajectory, through our own model on bare Camunda and through a generated chain of tasks, and
 * the generator of a national-scale dataset. Every bean here exists in profiles {@code benchmark} and {@code schaal}
 * only (docs/performance.md).
 */
package nl.fermwerk.inburgering.benchmark;
