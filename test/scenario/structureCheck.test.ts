import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.js';
import { defaultDoc } from './files.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** default.json with the court-and-permanence design's teams and transfer points, changed by `edit`. */
function withStructure(edit: (doc: Doc) => void): string[] {
  const doc = defaultDoc() as Doc;
  doc.structure = {
    design: 'test',
    teams: [
      { name: 'assessment', label: 'A', holds: ['assessment'] },
      { name: 'longTerm', label: 'L', holds: ['childInNeed', 'childProtection'] },
      { name: 'court', label: 'C', holds: ['childProtection', 'lookedAfter'] },
      { name: 'inCare', label: 'I', holds: ['lookedAfter'] },
    ],
    transfers: [{ from: 'court', to: 'inCare', stage: 'lookedAfter', afterWeeks: 45, probability: 1, workerFollows: 0, cause: 'teamTransfer' }],
  };
  doc.workforce.establishment = { assessment: 32, longTerm: 78, court: 16, inCare: 29, nonCaseHolding: 111 };
  edit(doc);
  return validateScenario(doc).map((e) => e.message);
}

describe('structure validation', () => {
  it('accepts a design whose teams are all reached, with posts for each', () => {
    expect(withStructure(() => {})).toEqual([]);
  });

  it('names a team no case reaches', () => {
    const errors = withStructure((d) => (d.structure.transfers = []));
    expect(errors).toEqual(['structure.teams[3]: expected a team some case reaches: the first to hold one of its stages, one taking a share from assessment, or the destination of a transfer point, found team inCare, which no case reaches']);
  });

  it('takes a share of referrals only into a team that assesses and is not the front door, at most all of them', () => {
    const disabled = { name: 'disabled', label: 'D', holds: ['assessment', 'childInNeed'], takesShare: 0.1 };
    expect(withStructure((d) => {
      d.structure.teams.push(disabled);
      d.workforce.establishment.disabled = 10;
    })).toEqual([]);
    expect(withStructure((d) => {
      d.structure.teams.push({ ...disabled, holds: ['childInNeed'] });
      d.workforce.establishment.disabled = 10;
    })).toEqual(['structure.teams[4].takesShare: expected a share only for a team that holds assessment and is not the front door (the first that holds it), found 0.1']);
    expect(withStructure((d) => (d.structure.teams[0].takesShare = 0.5))).toContain(
      'structure.teams[0].takesShare: expected a share only for a team that holds assessment and is not the front door (the first that holds it), found 0.5',
    );
    expect(withStructure((d) => {
      d.structure.teams.push({ ...disabled, takesShare: 0.7 }, { ...disabled, name: 'other', takesShare: 0.6 });
      d.workforce.establishment.disabled = 10;
      d.workforce.establishment.other = 10;
    })).toEqual(['structure.teams: expected takesShare adding up to at most 1 over the teams, found a sum of 1.3']);
  });

  it('names a stage no team holds, for the cases entering it', () => {
    const errors = withStructure((d) => {
      d.structure.teams[1].holds = ['childInNeed'];
      d.structure.teams[2].holds = ['lookedAfter'];
      d.structure.transfers = [];
      d.structure.teams.pop();
      d.workforce.establishment.inCare = 0;
    });
    expect(errors).toEqual(['structure.teams: expected a team that holds childProtection, for the cases entering it, found none']);
  });

  it('names a loop of transfers that always fire, which would move a child between teams for ever', () => {
    const errors = withStructure((d) => d.structure.transfers.push({ from: 'inCare', to: 'court', stage: 'lookedAfter', afterWeeks: 10, probability: 1, workerFollows: 0, cause: 'court' }));
    expect(errors).toEqual(['structure.transfers[0]: expected transfer points without a loop that always fires, found court → inCare → court for lookedAfter, which would move a child between teams for ever']);
    // A loop that may not fire lets every child out in the end.
    expect(withStructure((d) => d.structure.transfers.push({ from: 'inCare', to: 'court', stage: 'lookedAfter', afterWeeks: 10, probability: 0.5, workerFollows: 0, cause: 'court' }))).toEqual([]);
  });

  it('checks each transfer point: real teams, a stage both hold, exactly one trigger, ages only in care', () => {
    const point = (change: Doc) => withStructure((d) => Object.assign(d.structure.transfers[0], change));
    expect(point({ to: 'permanence' })).toContain('structure.transfers[0].to: expected the name of a team of structure.teams, found "permanence"');
    expect(point({ to: 'longTerm' })).toContain('structure.transfers[0].to: expected a team that holds lookedAfter, found "longTerm", which holds childInNeed, childProtection');
    expect(point({ atAge: 16 })).toContain('structure.transfers[0]: expected exactly one trigger: afterWeeks or atAge, found both');
    expect(withStructure((d) => Object.assign(d.structure.transfers[0], { from: 'longTerm', to: 'court', stage: 'childProtection', atAge: 16, afterWeeks: undefined }))).toContain(
      'structure.transfers[0].atAge: expected a transfer at an age only for lookedAfter (ages are known from the start of care), found an age for childProtection',
    );
  });

  it('asks for the posts of every team, and 0 for a name that is no team', () => {
    expect(withStructure((d) => delete d.workforce.establishment.court)).toEqual(['workforce.establishment.court: expected the funded posts of team court of structure.teams, found nothing']);
    expect(withStructure((d) => (d.workforce.establishment.permanence = 9))).toEqual([
      'workforce.establishment.permanence: expected 0 or the name of a team of structure.teams (assessment, longTerm, court, inCare), found 9',
    ]);
    expect(withStructure((d) => (d.workforce.establishment.permanence = 0))).toEqual([]);
  });

  it('refuses duplicate team names and the reserved nonCaseHolding', () => {
    expect(withStructure((d) => (d.structure.teams[3].name = 'court'))).toContain('structure.teams[3].name: expected a name no other team has, found "court"');
    expect(withStructure((d) => (d.structure.teams[3].name = 'nonCaseHolding'))).toContain(
      'structure.teams[3].name: expected a name other than nonCaseHolding (the posts that hold no cases), found "nonCaseHolding"',
    );
  });

  it('a wave of resignations names a team of the structure; a run cannot restructure', () => {
    expect(withStructure((d) => (d.interventions = [{ week: 3, leave: { count: 2, team: 'permanence' } }]))).toEqual([
      'interventions[0].leave.team: expected any or a team of structure.teams (assessment, longTerm, court, inCare), found "permanence"',
    ]);
    expect(withStructure((d) => (d.interventions = [{ week: 3, leave: { count: 2, team: 'court' } }]))).toEqual([]);
    expect(withStructure((d) => (d.interventions = [{ week: 3, set: { 'structure.transfers': [] } }]))).toEqual([
      'interventions[0].set["structure.transfers"]: expected a parameter that can change during a run (not structure.*), found []',
    ]);
  });
});
