/** The browser app's entry: defines <handover-app> and its parts (src/ui). */
import './handover-app.js';
