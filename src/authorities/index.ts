export * from './csv.js';
export * from './table.js';
export * from './scenario.js';
export * from './fit.js';
export * from './listing.js';
export * from './files.js';
export * from './report.js';
