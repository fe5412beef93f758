/** The browser app's entry: defines <handover-app> and its parts (src/ui), and the debug interface when asked for. */
import { debugRequested, installPlannerDebug } from './debug.js';
import './handover-app.js';

const app = document.querySelector('handover-app');
if (app && debugRequested()) installPlannerDebug(app);
