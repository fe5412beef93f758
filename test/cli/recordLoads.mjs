// Preloaded with `node --import`: records every module the process loads in $HANDOVER_LOAD_RECORD.
import { register } from 'node:module';

register('./loadHooks.mjs', import.meta.url, { data: { file: process.env.HANDOVER_LOAD_RECORD } });
