// The load generator of the capacity benchmark, in a process of its own so that it does not
// share an event loop with what it measures: `node --import tsx tests/bench/load-process.ts
// <url> <clients> <warm-up ms> <measured ms>` prints the measured run's summary as JSON.
import { startLoad, summarize } from '../support/load.ts';
import { realisticMix } from '../support/realistic-mix.ts';

const [url = '', clients = '50', warmUpMs = '2000', measuredMs = '10000'] = process.argv.slice(2);
const nextPath = realisticMix();
await startLoad({ url, clients: Number(clients), durationMs: Number(warmUpMs), nextPath }).done;
const outcomes = await startLoad({ url, clients: Number(clients), durationMs: Number(measuredMs), nextPath })
  .done;
process.stdout.write(`${JSON.stringify(summarize(outcomes, Number(measuredMs)))}\n`);
