// Preloaded into a CLI run by tests: reports the process's peak memory on exit, so a test can bound it.
process.on('exit', () => process.stderr.write(`\nmaxRSS-kB=${process.resourceUsage().maxRSS}\n`));
