/**
 * `handover authorities [--region NAME] [--search TEXT]`: lists the current English authorities that
 * have a generated scenario (scenarios/authorities/index.json): code, name, region, posts, and how
 * well the calibration fits their published rates.
 */
import { filterAuthorities, fitQuality } from '../authorities/index.js';
import { readAuthorityIndex } from '../node/authorityFiles.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError } from './errors.js';
import type { Io } from './io.js';

const OPTIONS = {
  region: { type: 'string' },
  search: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const AUTHORITIES_HELP = `Usage: handover authorities [--region NAME] [--search TEXT]

Lists every current English authority that has a scenario in scenarios/authorities/: its ONS code,
name, region, social-work posts (FTE in post + vacancies, DfE workforce census) and how many of its
published rates (turnover, vacancy, agency, caseload, re-referrals) the calibrated scenario meets
within tolerance. Run one with handover run <code> or handover run --authority <name>.
Figures: DfE, Open Government Licence v3.0 (data/dfe/README.md).

Options:
  --region NAME           Only authorities whose region contains NAME (e.g. "South West", London).
  --search TEXT           Only authorities whose name contains TEXT, or whose code is TEXT.
  -h, --help              Show this help.

Examples:
  handover authorities --region "North East"
  handover authorities --search glouc
  handover run E10000013 --years 5
  handover run --authority Gloucestershire
`;

export async function authoritiesCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('authorities', args, OPTIONS);
  if (values.help) {
    await io.out(AUTHORITIES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UserError(`unexpected argument ${positionals[0]} (see handover authorities --help)`);
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const entries = filterAuthorities(readAuthorityIndex(), text('region'), text('search'));
  if (entries.length === 0) throw new UserError(`no authority matches${text('region') ? ` --region "${text('region')}"` : ''}${text('search') ? ` --search "${text('search')}"` : ''} (see handover authorities)`);
  const width = Math.max(...entries.map((e) => e.name.length));
  const regionWidth = Math.max(...entries.map((e) => e.region.length));
  const lines = entries.map((e) => `${e.code}  ${e.name.padEnd(width)}  ${e.region.padEnd(regionWidth)}  ${String(e.posts).padStart(5)}  ${fitQuality(e)}`);
  const header = `${'code'.padEnd(9)}  ${'name'.padEnd(width)}  ${'region'.padEnd(regionWidth)}  ${'posts'.padStart(5)}  fit`;
  await io.out(`${header}\n${lines.join('\n')}\n${entries.length} authorit${entries.length === 1 ? 'y' : 'ies'}\n`);
  return EXIT.ok;
}
