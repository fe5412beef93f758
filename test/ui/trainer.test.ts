/**
 * Trainer mode's pure parts, in Node: the bundled stories check, bad story files are refused naming
 * the field, the snapshot draws every worker and open child exactly once, the layout's hit test finds
 * what it placed, a child's story counts her changes and their causes, and live buttons record
 * interventions the scenario validator accepts.
 */
import { describe, expect, it } from 'vitest';
import { WorkerStatus } from '../../src/state/codes.js';
import { createSimulation } from '../../src/engine/run.js';
import { validateScenario } from '../../src/scenario/index.js';
import { childStory } from '../../src/ui/trainer/childStory.js';
import { Demonstration } from '../../src/ui/trainer/demonstration.js';
import { hitTest, layOut } from '../../src/ui/trainer/layout.js';
import { interventionLabel } from '../../src/ui/interventionLabel.js';
import { LIVE_ACTIONS, liveIntervention } from '../../src/ui/trainer/liveInterventions.js';
import { countMarks, takeSnapshot } from '../../src/ui/trainer/snapshot.js';
import { STORIES, checkStory } from '../../src/ui/trainer/stories.js';
import { resolvedPreset } from '../../src/ui/presets.js';

describe('trainer stories', () => {
  it('bundles at least the three demonstrations, and every bundled story checks', () => {
    expect([...STORIES.keys()]).toEqual(expect.arrayContaining(['stable-team', 'spiral', 'caseload-cap']));
    for (const [key, story] of STORIES) expect(checkStory(story).errors, key).toEqual([]);
  });

  it('refuses a bad story naming the field, what was expected and what was found', () => {
    const good = structuredClone(STORIES.get('spiral'))!;
    expect(checkStory({ ...good, seed: 'x' }).errors).toEqual(['seed: expected a whole number between 0 and 4294967295, found "x"']);
    expect(checkStory({ ...good, scenario: 'nowhere' }).errors[0]).toMatch(/^scenario: expected one of default, .*, found "nowhere"$/);
    expect(checkStory({ ...good, steps: [{ week: 9, text: 'a' }, { week: 3, text: 'b' }] }).errors).toEqual(['steps[1].week: expected a week after the step before (week 9), found 3']);
    expect(checkStory({ ...good, changes: { 'allocation.caseloadCap': -2 } }).errors[0]).toMatch(/^scenario allocation\.caseloadCap: /);
    expect(checkStory({ ...good, colour: 'red' }).errors).toEqual([expect.stringMatching(/^colour: expected no such field \(allowed: \$schema, title, .*\), found "red"$/)]);
  });
});

describe('the caseload view', () => {
  const scenario = { ...resolvedPreset('default'), run: { seed: 2, years: 1, warmupWeeks: 52 } };
  const sim = createSimulation(structuredClone(scenario));
  for (let k = 0; k < 20; k++) sim.step();
  const snapshot = takeSnapshot(sim.state, sim.recorded);

  it('draws every worker in post once (those holding no cases in their own strip) and every open child once', () => {
    const ws = sim.state.workers;
    let inPost = 0;
    for (let i = 0; i < ws.activeCount; i++) if (ws.status[ws.active[i]] !== WorkerStatus.left) inPost++;
    expect(countMarks(snapshot)).toEqual({ workers: inPost, children: sim.state.openCases });
    expect(snapshot.others.length).toBeGreaterThan(50); // managers and other posts that hold no cases
    expect(snapshot.others.every((w) => w.children.length === 0)).toBe(true);
    const children = snapshot.teams.flatMap((t) => [...t.queue, ...t.workers.flatMap((w) => w.children)]).map((c) => c.child);
    expect(new Set(children).size).toBe(children.length);
  });

  it('lays out every mark, and the hit test finds each worker and child where it was placed', () => {
    const layout = layOut(snapshot, 1200);
    expect(layout.workers.size).toBe(countMarks(snapshot).workers);
    expect(layout.children.size).toBe(countMarks(snapshot).children);
    for (const [id, box] of [...layout.workers].slice(0, 40)) expect(hitTest(layout, box.x + 2, box.y + 2)).toEqual({ worker: id });
    for (const [child, at] of [...layout.children].slice(0, 200)) expect(hitTest(layout, at.x + 3, at.y + 3)).toEqual({ child });
    expect(hitTest(layout, -10, -10)).toEqual({});
  });
});

describe("a child's story", () => {
  it('counts each change with its cause and the progress it cost, starting from what was known', () => {
    const story = childStory([
      { week: 2, kind: 'change', caseId: 7, workerId: 12, fromWorker: 3, cause: 'leaver', progressLostWeeks: 2.5 },
      { week: 2, kind: 'allocated', caseId: 7, workerId: 12 },
      { week: 9, kind: 'change', caseId: 8, workerId: 1, cause: 'handover' },
      { week: 30, kind: 'change', caseId: 7, workerId: 40, fromWorker: 12, cause: 'handover', progressLostWeeks: 3 },
      { week: 31, kind: 'closed', caseId: 7 },
    ], 7, { workers: 1 }, 4);
    expect([story.workers, story.changes, story.weeksWaiting, story.progressLostWeeks]).toEqual([3, 2, 4, 5.5]);
    expect(story.lines.map((l) => l.text)).toEqual([
      'Already known to children\'s services when the simulation began, before its warm-up, with 1 social worker so far.',
      'New social worker #12 (worker number 2) — worker left; her plan lost 2.5 weeks of progress.',
      'New social worker #40 (worker number 3) — handover between teams; her plan lost 3.0 weeks of progress.',
      'Case closed.',
    ]);
  });
});

describe('live interventions', () => {
  it('every button records an intervention at the given week that the scenario accepts', () => {
    const scenario = resolvedPreset('default');
    for (const { action } of LIVE_ACTIONS) {
      const i = liveIntervention(action, scenario, 30);
      expect(i.week).toBe(30);
      expect(validateScenario({ ...scenario, interventions: [i] }), action).toEqual([]);
      expect(interventionLabel(i)).not.toBe('change');
    }
    expect(interventionLabel({ week: 3, leave: { count: 0, workers: [17] } })).toBe('worker #17 left');
  });
});

describe('a demonstration', () => {
  const scenario = { ...resolvedPreset('default'), run: { seed: 5, years: 1, warmupWeeks: 30 } };

  it('returns each story step at its week, pausing only when it falls exactly on the week played', () => {
    const demo = new Demonstration(structuredClone(scenario), [{ week: 1, text: 'a' }, { week: 3, text: 'b' }]);
    const due = [demo.advance(), demo.advance(), demo.advance(), demo.advance()];
    expect(due.map((d) => d && [d.index, d.pause])).toEqual([[0, true], undefined, [1, true], undefined]);
  });

  it('records live changes in its scenario, which replays the run; refuses a change after the last week', () => {
    const demo = new Demonstration(structuredClone(scenario));
    for (let k = 0; k < 6; k++) demo.advance();
    expect(demo.intervene((week) => ({ week, leave: { count: 3 } })).intervention).toEqual({ week: 7, leave: { count: 3 } });
    while (!demo.done) demo.advance();
    const replay = new Demonstration(structuredClone(demo.scenario));
    while (!replay.done) replay.advance();
    expect(replay.resultJson()).toBe(demo.resultJson());
    expect(demo.intervene((week) => ({ week, leave: { count: 1 } })).problem).toMatch(/ended/);
  });

  it("tells a seeded child's story from the warm-up on, and counts the weeks she waits", () => {
    const demo = new Demonstration(structuredClone(scenario));
    for (let k = 0; k < 10; k++) demo.advance();
    const children = takeSnapshot(demo.sim.state, demo.week).teams.flatMap((t) => t.workers.flatMap((w) => w.children));
    // Referred during the warm-up (not seeded before it), so her story must begin at a week ≤ 0.
    const s = demo.sim.state;
    const changed = children.find((c) => c.workers >= 3 && s.cases.referralWeek[c.slot] >= 0 && s.cases.referralWeek[c.slot] < s.warmupWeeks);
    expect(changed).toBeDefined();
    const story = demo.story(changed!.child);
    expect(story.workers).toBe(changed!.workers);
    expect(story.lines.some((l) => l.week <= 0)).toBe(true);
  });
});
