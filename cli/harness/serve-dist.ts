/**
 * node cli/harness/serve-dist.ts DIST
 * Serves DIST (server.ts) in a process of its own and prints its origin on the first line. The
 * bench measures search against it (search-cost.ts), so that the server answers as a host does,
 * not in the process that drives Chromium and handles its events.
 */
import { serveDist } from './server.ts';

const [dist] = process.argv.slice(2);
if (!dist) {
  console.error('Usage: node cli/harness/serve-dist.ts DIST_DIR');
  process.exit(2);
}
const { url } = await serveDist(dist);
console.log(url);
