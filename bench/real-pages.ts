import { realPagesBenchmarks } from './real-pages.bench.js';

// `node dist/bench/real-pages.js`: the real-pages scores alone, without the timed benchmarks.
realPagesBenchmarks();
