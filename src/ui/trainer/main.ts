/** Trainer mode's entry (trainer.html): defines <hv-trainer> and its parts (src/ui/trainer), and the debug interface when asked for. */
import { debugRequested, installTrainerDebug } from '../debug.js';
import './trainer-app.js';

const app = document.querySelector('hv-trainer');
if (app && debugRequested()) installTrainerDebug(app);
