/** Trainer mode's entry (trainer.html): defines <hv-trainer> and its parts (src/ui/trainer). */
import './trainer-app.js';
