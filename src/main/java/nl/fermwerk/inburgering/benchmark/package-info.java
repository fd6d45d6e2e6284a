/**
 * The benchmark ({@code bench/run.sh}) and the large-caseload measurements ({@code bench/scale.sh}): the same seeded
 * caseload through our trajectory, and through our own model and a generated chain of tasks on a bare engine with a
 * database of its own ({@link nl.fermwerk.inburgering.benchmark.KaleEngine}), and the generator of a national-scale
 * dataset. Every bean here exists in profiles {@code benchmark} and {@code schaal} only (docs/performance.md); nothing
 * outside this package knows how the benchmark names or runs its models.
 */
package nl.fermwerk.inburgering.benchmark;
