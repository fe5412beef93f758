/**
 * "Start from your authority" for <handover-app>: the authority the working scenario was started from,
 * with its ten statistical neighbours, loaded lazily from the static build (src/ui/authorityData.ts),
 * and the published figures and neighbours' range the charts draw beside the model's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthorityIndexEntry } from '../../authorities/listing.js';
import { COMPARED, neighbourRange } from '../authority-compare.js';
import { loadAuthorityIndex, loadAuthorityScenario } from '../authorityData.js';
import type { ChartReference } from '../line-chart.js';

type Doc = Record<string, unknown>;

export interface PickedAuthority {
  entry: AuthorityIndexEntry;
  neighbours: AuthorityIndexEntry[];
}

export class AuthorityController implements ReactiveController {
  /** The English authority the scenario was started from; undefined once another scenario is opened. */
  picked?: PickedAuthority;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  set(picked: PickedAuthority | undefined): void {
    this.picked = picked;
    this.host.requestUpdate();
  }

  /** The authority's scenario and its neighbours; undefined for a code not in the index. */
  async load(code: string): Promise<{ picked: PickedAuthority; doc: Doc } | undefined> {
    const picked = await this.find(code);
    return picked ? { picked, doc: await loadAuthorityScenario(code) } : undefined;
  }

  /** The authority and its neighbours from the index alone (a restored session keeps its own scenario); undefined for a code not in it. */
  async find(code: string): Promise<PickedAuthority | undefined> {
    const entries = await loadAuthorityIndex();
    const entry = entries.find((e) => e.code === code);
    if (!entry) return undefined;
    const neighbours = entry.neighbours.map((c) => entries.find((e) => e.code === c)).filter((e): e is AuthorityIndexEntry => e !== undefined);
    return { entry, neighbours };
  }

  /** The authority's published figures and its neighbours' range, drawn on the charts. */
  references(): ChartReference[] {
    if (!this.picked) return [];
    const { entry, neighbours } = this.picked;
    return COMPARED.flatMap((c) => {
      const range = neighbourRange(neighbours, c.id);
      return range ? [{ field: c.field, lo: range.lo, hi: range.hi, value: entry.published[c.id]?.value }] : [];
    });
  }
}
