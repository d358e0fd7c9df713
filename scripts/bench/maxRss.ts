/**
 * Preloaded (node -r) into the CLI when /usr/bin/time is missing: writes the process's peak
 * resident set (kB) to $BENCH_RSS_FILE as it exits.
 */
import fs from 'fs';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
