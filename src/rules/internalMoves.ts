/**
 * Internal moves (docs/model.md §D3, cause 6): employed case-holders move to the case-holding team with the
 * most vacant posts (promotion, transfer, restructure) at a constant annual rate, drawn once per
 * worker as the week of her next move. Her cases are handed on to colleagues.
 */
import { NONE, WorkerStatus, WorkerType } from '../state/codes.js';
import { drawNextMove, moveWorker, vacancyFte } from '../state/staffing.js';
import type { State } from '../state/state.js';

export function applyInternalMoves(s: State): void {
  const ws = s.workers;
  const movers: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.nextMoveWeek[w] === s.t) movers.push(w);
  }
  movers.sort((a, b) => a - b);
  for (const w of movers) {
    const from = ws.team[w];
    if (ws.status[w] !== WorkerStatus.active || ws.type[w] === WorkerType.agency || from >= s.structure.caseTeams) {
      ws.nextMoveWeek[w] = NONE;
      continue;
    }
    let to = NONE;
    for (let team = 0; team < s.structure.caseTeams; team++) {
      if (team === from || vacancyFte(s, team) < 1) continue;
      if (to === NONE || vacancyFte(s, team) > vacancyFte(s, to)) to = team;
    }
    if (to !== NONE) moveWorker(s, w, to);
    else ws.nextMoveWeek[w] = drawNextMove(s);
  }
}
