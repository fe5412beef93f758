// Preloaded with NODE_OPTIONS=--import: appends this process's V8 heap limit (bytes) and whether it is
// the relaunched child to $HANDOVER_HEAP_RECORD when it exits.
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

process.on('exit', () => {
  appendFileSync(process.env.HANDOVER_HEAP_RECORD, `${getHeapStatistics().heap_size_limit} ${process.env.HANDOVER_HEAP_RAISED === '1' ? 'child' : 'parent'}\n`);
});
