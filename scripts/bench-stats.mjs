// Statistics shared by the benchmarks (bench-browser, bench-pagefind, bench-library).

/** The nearest-rank percentile `p` of some samples. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median and p95 (nearest rank) of a series of times, rounded to 0.1 ms, with the samples; `null` samples (timed out) are counted apart. */
export function summary(samples) {
  const round = (ms) => Math.round(ms * 10) / 10;
  const done = samples.filter((s) => s !== null);
  return { n: done.length, timedOut: samples.length - done.length, median: round(percentile(done, 50)), p95: round(percentile(done, 95)), samples: done.map(round) };
}

/** The progress line a benchmark writes to stderr. */
export const progress = (message) => console.error(`bench: ${message}`);
