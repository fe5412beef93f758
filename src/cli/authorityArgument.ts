/**
 * Naming an authority on the command line: an ONS code (`handover run E10000013`) or a name or part
 * of one (`--authority Gloucestershire`). A name that matches several lists them; an unknown one
 * suggests the nearest names. Gives the path of the authority's generated scenario.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findAuthority } from '../authorities/index.js';
import { AUTHORITIES_DIR, readAuthorityIndex } from '../node/authorityFiles.js';
import { displayPath } from '../node/loadScenarioFile.js';
import { UserError } from './errors.js';

const ONS_CODE = /^E\d{8}$/i;

/** Whether a positional scenario argument is an authority's ONS code rather than a file. */
export function isAuthorityCode(argument: string): boolean {
  return ONS_CODE.test(argument) && !existsSync(argument);
}

export function authorityScenarioPath(query: string): string {
  const found = findAuthority(readAuthorityIndex(), query);
  if (found.kind === 'several') {
    const list = found.entries.map((e) => `${e.code} ${e.name}`).join(', ');
    throw new UserError(`--authority "${query}" matches ${found.entries.length} authorities: ${list}; give more of the name or the code`);
  }
  if (found.kind === 'none') {
    const kind = ONS_CODE.test(query) ? 'code' : 'name';
    throw new UserError(`no authority with the ${kind} "${query}"; the nearest are ${found.nearest.map((e) => `${e.name} (${e.code})`).join(', ')} (see handover authorities)`);
  }
  return displayPath(join(AUTHORITIES_DIR, `${found.entry.code}.json`));
}
