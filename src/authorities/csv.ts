/**
 * A small RFC 4180 reader for the DfE extracts in data/dfe/: quoted fields may hold commas
 * ("Bristol, City of") and doubled quotes; a blank field is "not published". Pure, so the table
 * can be derived in Node and checked in tests from the same code.
 */

export type CsvRow = Record<string, string>;

/** The fields of one CSV line (also used to read back the sweep tables csvCell writes). */
export function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Rows keyed by the header's column names; throws on a row whose width differs from the header's, naming its line. */
export function parseCsv(text: string, name = 'csv'): CsvRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length === 0) return [];
  const header = splitLine(lines[0]);
  return lines.slice(1).map((line, i) => {
    const fields = splitLine(line);
    if (fields.length !== header.length) throw new Error(`${name}: line ${i + 2} has ${fields.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((key, k) => [key, fields[k]]));
  });
}

/** A published number, or null when the field is blank (suppressed or not collected). */
export function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
