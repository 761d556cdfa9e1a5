/**
 * Benchmarks as main classes, never run as tests: {@link dev.sslform.plugin.bench.FleetBench}
 * applies and plans a fleet against mockcloud in-process. Their figures, with the commands that
 * produced them, are in docs/performance.md. May use anything the tests use.
 */
package dev.sslform.plugin.bench;
