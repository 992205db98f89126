import fs from 'node:fs';
import {performance} from 'node:perf_hooks';

// Benchmark instrumentation (bench/run.js), off unless SIG_PLUGIN_TIMINGS names a file. The
// page-data loader and postBuild have no per-plugin line in Docusaurus' perf logger, so each
// process appends its totals per phase to that file, as one JSON line, when it exits.
const file = process.env.SIG_PLUGIN_TIMINGS;
const totals: Record<string, {calls: number; ms: number}> = {};

/** Adds the time since `started` (performance.now()) to `phase`'s total. */
export function recordTiming(phase: string, started: number): void {
  if (!file) return;
  if (Object.keys(totals).length === 0) {
    process.once('exit', () => fs.appendFileSync(file, `${JSON.stringify({pid: process.pid, totals})}\n`));
  }
  const total = (totals[phase] ??= {calls: 0, ms: 0});
  total.calls += 1;
  total.ms += performance.now() - started;
}
