// @ts-nocheck
// Generated from src/scenario/scenario.schema.json by `npm run build:validators` (scripts/validators.ts). Do not edit.
const validate = validate10;
var stdin_default = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Handover scenario", "description": `A scenario for the Handover simulation of children's social care in one English local authority. A scenario with "extends" only lists what it changes; without "extends" every parameter group must be given.`, "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "maxLength": 1e3, "description": "Where editors find this schema, for autocompletion. Unit: path or URL." }, "extends": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": 'The scenario this one builds on: a path to another scenario file relative to this one (e.g. "default.json") or a preset name (e.g. "default"). Fields given here override inherited ones; lists replace inherited lists whole. Unit: path or preset name.' }, "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Short name of the scenario, shown in outputs and charts. Unit: text." }, "description": { "type": "string", "maxLength": 5e3, "description": "What the scenario represents, in a sentence or two. Unit: text." }, "notes": { "type": "string", "maxLength": 2e4, "description": "Free notes for readers: calibration remarks, caveats. Unit: text." }, "sources": { "type": "object", "title": "ScenarioSources", "maxProperties": 2e3, "description": 'Where each parameter value comes from: a dotted parameter path (e.g. "agency.premium") mapped to a citation or to "assumption: <reason>". Inherited through extends and merged.', "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": 'A citation (title and year) or "assumption: <reason>". Unit: text.' } }, "run": { "type": "object", "title": "RunSettings", "additionalProperties": false, "description": "How long to run and with which random seed.", "properties": { "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295, "description": "Seed for the random streams: the same seed and scenario always give the same run. Unit: whole number. Assumption: any value; fixed so that runs can be repeated exactly." }, "years": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Length of the reported period after the warm-up. Unit: years of 52 weekly steps. Assumption: runs of 1 to 20 years, as the model specification asks." }, "warmupWeeks": { "type": "integer", "minimum": 0, "maximum": 1040, "description": "Weeks simulated before reporting starts, so the authority settles into its own steady state. Unit: weeks. Source: measured (docs/calibration.md, Steady baseline): from the settled start (src/engine/init.ts) the headline rates hold their long-run values after a year, and the rolling measures (turnover in the last 52 weeks, changes of worker in 26 and 52 weeks) need a year of history." } } }, "demand": { "type": "object", "title": "DemandParams", "additionalProperties": false, "description": "Contacts arriving at the front door.", "properties": { "contactsPerWeek": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Average number of contacts reaching the front door each week, before screening. Unit: contacts per week. Source: DfE Characteristics of children in need 2023: 640,430 referrals a year ÷ 153 authorities ≈ 80 a week, with about half of contacts below threshold (Doncaster peer review, project seeds)." }, "referralShareOfContacts": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of contacts that meet the threshold for social care and become referrals. Unit: share, 0 to 1. Source: Doncaster peer review (project seeds): about half of front-door demand is below the threshold." }, "thresholdResponse": { "type": "number", "minimum": 0, "maximum": 5, "description": "How much the front door tightens its threshold when cases wait unallocated: the share of contacts accepted as referrals is multiplied by (1 − thresholdResponse × share of open cases unallocated). Unit: multiplier per unit share. Assumption: front doors manage demand under pressure (Doncaster peer review seed: the trust 'needs to be robust in its management of this demand'); 0 turns the response off." }, "caseloadResponse": { "type": "number", "minimum": 0, "maximum": 20, "description": "How much the front door tightens its threshold when caseloads are high: the share of contacts accepted as referrals is multiplied by (1 − caseloadResponse × the share by which the mean caseload exceeds referenceCaseload). Unit: multiplier per unit share. Assumption: authorities raise thresholds and close or step down cases when workers are stretched (ADCS Safeguarding Pressures; referral rates per 10,000 children vary about twofold between authorities, DfE Characteristics of children in need); 5 means acceptance falls by a quarter when caseloads run 5% over the reference, the least that holds the default authority steady over 20 years; 0 turns the response off." }, "referenceCaseload": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "The caseload (cases per case-holding FTE, DfE definition) above which the front door tightens its threshold (see caseloadResponse), and at which the starting caseload is seeded when demand would fill it. Unit: cases per FTE. Source: DfE Children's social work workforce 2023: 16.0 cases per case-holding FTE nationally." }, "seasonalAmplitude": { "type": "number", "minimum": 0, "maximum": 1, "description": "Size of the seasonal swing in contacts around the average (0.08 means ±8%). Unit: share of the average, 0 to 1. Assumption: contacts dip in school holidays; no national weekly series is published." }, "seasonalPeakWeek": { "type": "integer", "minimum": 0, "maximum": 51, "description": "Week of the year in which contacts peak (0 is the first week of each simulated year). Unit: week of the year. Assumption: a spring peak after the January return to school; no national weekly series is published." }, "frontDoorHoursPerContact": { "type": "number", "minimum": 0, "maximum": 40, "description": "Social-worker time spent on each contact at the front door, whether or not it becomes a referral. Unit: hours per contact. Assumption: no published time-use figure; set so the front door takes a realistic share of assessment-team time." } } }, "structure": { "title": "StructureParams", "type": "object", "additionalProperties": false, "description": "The service's case-holding teams, the stages each holds, and the transfer points that move a case between teams inside a stage (docs/model.md §D2).", "properties": { "design": { "type": "string", "minLength": 1, "maxLength": 120, "description": "A name for the design, shown in the editor and trainer mode. Unit: text. Assumption: for readers only." }, "teams": { "type": "array", "minItems": 1, "maxItems": 12, "description": "The case-holding teams in order. A case entering a stage goes to the first team that holds it (the first that holds assessment is the front door, which also screens contacts), except the share of referrals another team that assesses takes (takesShare); a case whose stage changes stays in its team if the team holds the new stage, and otherwise is handed over. Each team's funded posts are workforce.establishment.<name>. Unit: list of {name, label, holds}. Assumption: the split of functions between teams is each design's.", "items": { "title": "TeamSpec", "type": "object", "additionalProperties": false, "required": ["name", "label", "holds"], "description": "One case-holding team.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]{0,39}$", "description": "Short name, unique, used by transfer points and interventions; letters and digits. Unit: identifier. Assumption: for reference only." }, "label": { "type": "string", "minLength": 1, "maxLength": 80, "description": "The team's name in plain words. Unit: text. Assumption: for readers only." }, "holds": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "title": "StageName", "type": "string", "enum": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "description": "A stage the team holds. Unit: stage name. Assumption: the design's." }, "description": "The stages of a child's pathway the team holds. Unit: list of stage names. Assumption: each design's." }, "takesShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of referrals this team takes from the front door: it assesses the child itself and keeps her for every stage it holds (a disabled children's team taking disabled children). Only for a team that holds assessment and is not the front door. Unit: share 0–1. Assumption: the design's; none in the default." }, "planLengthFactor": { "type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "How much longer (or shorter) the plans of children held by this team last than the pathway's durations: each child in need, child protection and care plan the team holds has its planned work multiplied by this factor (care still ends by the 18th birthday). Unit: multiplier. Assumption: 1 (absent) for most teams; a disabled children's team's is in its preset." } } } }, "transfers": { "type": "array", "maxItems": 32, "description": "Transfer points inside a stage: a case in team `from` at `stage` moves to team `to` a number of weeks after it joined the team (afterWeeks) or when the child reaches an age (atAge, looked-after children only), with a probability drawn when the case joins the team; the worker follows the child with probability workerFollows, where her caseload allows. Each move is a change of worker recorded by its cause. Unit: list of transfer points. Assumption: none in the default (separate assessment, long-term and children-in-care teams).", "items": { "title": "TransferPoint", "type": "object", "additionalProperties": false, "required": ["from", "to", "stage", "probability", "workerFollows", "cause"], "description": "One transfer point: exactly one of afterWeeks or atAge.", "properties": { "from": { "type": "string", "maxLength": 40, "description": "The team the case leaves. Unit: team name. Assumption: the design's." }, "to": { "type": "string", "maxLength": 40, "description": "The team the case joins; it must hold the stage. Unit: team name. Assumption: the design's." }, "stage": { "title": "StageName", "type": "string", "enum": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "description": "The stage the case is in. Unit: stage name. Assumption: the design's." }, "afterWeeks": { "type": "integer", "minimum": 1, "maximum": 1040, "description": "Weeks after the case joined the team (e.g. a 26-week court timetable). Unit: weeks. Assumption: the design's." }, "atAge": { "type": "number", "minimum": 0, "exclusiveMaximum": 18, "description": "The child's age at which the case moves (e.g. 16 for a leaving-care team), under 18: care ends on the 18th birthday. Unit: years. Assumption: the design's." }, "probability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that a case joining the team moves at this point. Unit: share 0–1. Assumption: the design's." }, "workerFollows": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that the worker keeps the child in the new team. Unit: share 0–1. Assumption: the design's." }, "cause": { "title": "TransferCauseName", "type": "string", "enum": ["court", "permanence", "leavingCare", "teamTransfer"], "description": "The cause recorded for the change of worker: into court work, to a permanence team, to a leaving-care team, or another transfer between teams. Unit: keyword. Assumption: the design's." } } } } } }, "pathway": { "type": "object", "title": "PathwayParams", "additionalProperties": false, "description": "The child's pathway: assessment outcomes, plan lengths, step-down and escalation.", "properties": { "noFurtherActionShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of referrals that end in no further action before an assessment. Unit: share, 0 to 1. Source: DfE Characteristics of children in need 2023: 7.1% of referrals." }, "assessmentOutcomes": { "type": "object", "additionalProperties": false, "description": "What assessments lead to; the four shares must add up to 1.", "properties": { "notInNeed": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of assessments that find the child not in need, closing the case. Unit: share, 0 to 1. Source: DfE Characteristics of children in need 2023: 29.9% of assessments." }, "childInNeed": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of assessments that lead to a child in need plan. Unit: share, 0 to 1. Assumption: the remainder after the other outcomes; checked against about 2,650 children in need per authority (DfE Characteristics of children in need 2023: 403,090 ÷ 153)." }, "childProtection": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of assessments that lead to a child protection plan. Unit: share, 0 to 1. Assumption: set to give about 330 child protection plans open per authority (DfE Characteristics of children in need 2023: 50,780 ÷ 153)." }, "lookedAfter": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of assessments after which the child becomes looked after. Unit: share, 0 to 1. Assumption: set to give about 215 children starting to be looked after a year per authority (DfE Children looked after in England 2023: about 33,000 starts ÷ 153)." } } }, "durations": { "type": "object", "additionalProperties": false, "description": "How much work each kind of plan needs, as a histogram of lengths in weeks.", "properties": { "assessment": { "type": "array", "minItems": 1, "maxItems": 50, "description": "Length of the work of an assessment. Each bin holds the share of cases whose length is above the previous bin's upToWeeks (0 for the first) and at most its own; upToWeeks must increase and the shares must add up to 1. Unit: list of {upToWeeks, share} bins. Assumption: Working Together to Safeguard Children 2023 sets a 45-working-day (9-week) limit; the spread within it is assumed.", "items": { "type": "object", "title": "DurationBin", "additionalProperties": false, "description": "One bin of the histogram: the share of cases whose length is at most upToWeeks (and above the previous bin's).", "required": ["upToWeeks", "share"], "properties": { "upToWeeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 65, "description": "Upper end of this bin: cases in it last more than the previous bin's upToWeeks and at most this. Unit: weeks. Source: as for the whole list." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of cases whose length falls in this bin; the shares of a list add up to 1. Unit: share, 0 to 1. Source: as for the whole list." } } } }, "childInNeed": { "type": "array", "minItems": 1, "maxItems": 50, "description": "Length of the work of a child in need plan. Each bin holds the share of cases whose length is above the previous bin's upToWeeks (0 for the first) and at most its own; upToWeeks must increase and the shares must add up to 1. Unit: list of {upToWeeks, share} bins. Source: DfE Children in need 2024: almost half of child in need episodes that end last three months or less; longer bins assumed.", "items": { "type": "object", "title": "DurationBin", "additionalProperties": false, "description": "One bin of the histogram: the share of cases whose length is at most upToWeeks (and above the previous bin's).", "required": ["upToWeeks", "share"], "properties": { "upToWeeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 520, "description": "Upper end of this bin: cases in it last more than the previous bin's upToWeeks and at most this. Unit: weeks. Source: as for the whole list." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of cases whose length falls in this bin; the shares of a list add up to 1. Unit: share, 0 to 1. Source: as for the whole list." } } } }, "childProtection": { "type": "array", "minItems": 1, "maxItems": 50, "description": "Length of the work of a child protection plan. Each bin holds the share of cases whose length is above the previous bin's upToWeeks (0 for the first) and at most its own; upToWeeks must increase and the shares must add up to 1. Unit: list of {upToWeeks, share} bins. Source: DfE Characteristics of children in need 2025, data set D7: plans ending in 2024-25 lasted ≤3 months 15.9%, 3–6 months 11.0%, 6–12 months 43.5%, 1–2 years 25.2%, 2+ years 4.4%.", "items": { "type": "object", "title": "DurationBin", "additionalProperties": false, "description": "One bin of the histogram: the share of cases whose length is at most upToWeeks (and above the previous bin's).", "required": ["upToWeeks", "share"], "properties": { "upToWeeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 520, "description": "Upper end of this bin: cases in it last more than the previous bin's upToWeeks and at most this. Unit: weeks. Source: as for the whole list." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of cases whose length falls in this bin; the shares of a list add up to 1. Unit: share, 0 to 1. Source: as for the whole list." } } } }, "lookedAfter": { "type": "array", "minItems": 1, "maxItems": 50, "description": "Length of the work of a looked-after episode. Each bin holds the share of cases whose length is above the previous bin's upToWeeks (0 for the first) and at most its own; upToWeeks must increase and the shares must add up to 1. Unit: list of {upToWeeks, share} bins. Assumption: set to give about 550 looked-after children per authority from about 215 starts a year (DfE Children looked after in England 2023: 83,750 looked after, about 33,000 starts, ÷ 153).", "items": { "type": "object", "title": "DurationBin", "additionalProperties": false, "description": "One bin of the histogram: the share of cases whose length is at most upToWeeks (and above the previous bin's).", "required": ["upToWeeks", "share"], "properties": { "upToWeeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 1040, "description": "Upper end of this bin: cases in it last more than the previous bin's upToWeeks and at most this. Unit: weeks. Source: as for the whole list." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of cases whose length falls in this bin; the shares of a list add up to 1. Unit: share, 0 to 1. Source: as for the whole list." } } } } } }, "cpStepDownShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of child protection plans that step down to a child in need plan when they end (the rest close). Unit: share, 0 to 1. Assumption: step-down to child in need is common practice; no national share is published." }, "cinEscalationPerYear": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance in a year that a child in need plan escalates to child protection before its work is done. Unit: probability per year, 0 to 1. Assumption: small escalation hazard; DfE Characteristics of children in need 2023 reports 23.6% of child protection starts are second or later plans but no escalation rate." }, "careOverrunLimit": { "type": "number", "minimum": 0, "maximum": 10, "description": "A looked-after child leaves care at the latest when her care episode has lasted its planned length × (1 + careOverrunLimit), however far her plan's work has got: courts and reviews set the timetable of care (the 26-week limit on care proceedings, Children and Families Act 2014 s.14), not the social worker's pace. Separate from the 18th birthday, which ends every period of care whatever its plan (src/rules/age.ts): that bounds care by the child's age, this bounds how far slow work stretches a young child's care. Unit: share of the planned length. Assumption: 0.25, so a slow plan overruns by at most a quarter; with no limit the default holds about 6% more looked-after children, and more under pressure." }, "cpToCarePerYear": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance in a year that a child on a child protection plan becomes looked after before the plan ends. Unit: probability per year, 0 to 1. Assumption: no national rate published; set to give a plausible share of care starts from child protection." }, "ageStartingCare": { "type": "array", "minItems": 1, "maxItems": 20, "description": "Age of children on starting to be looked after, as bands: each holds the share aged at least the previous band's underYears (0 for the first) and under its own. The share of assessments leading to care depends on the child's age at referral (ageAtReferral) so that children sent to care have these ages; a child with no age yet is given one drawn uniformly within a band when she starts care. Care ends on her 18th birthday, and transfer points at an age use it. Unit: list of {underYears, share} bands. Source: DfE Children looked after in England including adoptions 2024, age on starting: under 1 16%, 1–4 15%, 5–9 15%, 10–15 26%, 16 and over 29% (of 33,050).", "items": { "title": "AgeBand", "type": "object", "additionalProperties": false, "required": ["underYears", "share"], "description": "One band of ages.", "properties": { "underYears": { "type": "number", "exclusiveMinimum": 0, "maximum": 25, "description": "Upper end of the band, exclusive. Unit: years. Source: DfE age bands." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of children starting to be looked after in the band. Unit: share 0–1. Source: DfE." } } } }, "ageAtReferral": { "type": "array", "minItems": 1, "maxItems": 20, "description": "Age of children at their first referral, as bands: each holds the share aged at least the previous band's underYears (0 for the first) and under its own; drawn uniformly within the band when a child is first referred, and kept as she grows older (a returning child is older by the time away). A child in need reaching 18 is an adult: her case closes on her 18th birthday. The share of assessments leading to care depends on age, so that children starting care have the ages of ageStartingCare. Unit: list of {underYears, share} bands. Source: DfE Characteristics of children in need (children in need at 31 March: under 5 23.6% and 10 to 15 30.6% in 2015-16; 16 and over 27% in 2024, HL11139); the bands at referral are set so the model's children in need at 31 March come near them (assumption: DfE publishes ages at 31 March, not at referral).", "items": { "title": "AgeBand", "type": "object", "additionalProperties": false, "required": ["underYears", "share"], "description": "One band of ages.", "properties": { "underYears": { "type": "number", "exclusiveMinimum": 0, "maximum": 25, "description": "Upper end of the band, exclusive. Unit: years. Source: DfE age bands." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of children referred for the first time in the band. Unit: share 0–1. Source: as for the whole list." } } } }, "caseWeights": { "type": "object", "additionalProperties": false, "description": "Workload of a case at each stage, relative to a child in need case (1); caseloads and the cap are counted in these units.", "properties": { "assessment": { "type": "number", "minimum": 0, "maximum": 10, "description": "Workload weight of a case under assessment. Unit: weight relative to a child in need case. Assumption: weights follow the specification order CP > LAC > CIN > assessment; no national weighting tool exists." }, "childInNeed": { "type": "number", "minimum": 0, "maximum": 10, "description": "Workload weight of a child in need case. Unit: weight relative to a child in need case. Assumption: the reference weight." }, "childProtection": { "type": "number", "minimum": 0, "maximum": 10, "description": "Workload weight of a child protection case. Unit: weight relative to a child in need case. Assumption: weights follow the specification order CP > LAC > CIN > assessment; no national weighting tool exists." }, "lookedAfter": { "type": "number", "minimum": 0, "maximum": 10, "description": "Workload weight of a looked-after child. Unit: weight relative to a child in need case. Assumption: weights follow the specification order CP > LAC > CIN > assessment; no national weighting tool exists." } } }, "progressLostPerChangeWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Weeks of plan progress lost each time a child changes social worker (a relationship to rebuild, a file to read). A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "number", "minimum": 0, "maximum": 52, "description": "Lower end of the range: weeks of plan progress lost each time a child changes social worker (a relationship to rebuild, a file to read). Unit: weeks. Assumption: 2 to 4 weeks, as stated in the model specification; no published effect size." }, "max": { "type": "number", "minimum": 0, "maximum": 52, "description": "Upper end of the range: weeks of plan progress lost each time a child changes social worker (a relationship to rebuild, a file to read). Unit: weeks. Assumption: 2 to 4 weeks, as stated in the model specification; no published effect size." } } } } }, "reReferral": { "type": "object", "title": "ReReferralParams", "additionalProperties": false, "description": "Whether a closed case comes back within the following months.", "properties": { "baseProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that a child whose plan closed on time with one worker is referred again. Unit: probability, 0 to 1. Source: calibrated to the re-referral rate within 12 months, 22.4% (DfE Characteristics of children in need 2023)." }, "noServiceProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that a child closed at the front of the pathway (no further action, or assessed not in need) is referred again. Unit: probability, 0 to 1. Source: calibrated to the re-referral rate within 12 months, 22.4% (DfE Characteristics of children in need 2023)." }, "driftEffectPer26Weeks": { "type": "number", "minimum": 0, "maximum": 10, "description": "Relative rise in the chance of re-referral for each 26 weeks a plan ran over its planned length. Unit: relative increase per 26 weeks of drift. Assumption: re-referral is higher where social workers carry more children in need (Troncoso, for DfE, 2017), but no effect size is published." }, "changeEffect": { "type": "number", "minimum": 0, "maximum": 10, "description": "Relative rise in the chance of re-referral for each change of social worker the child had. Unit: relative increase per change. Assumption: poor continuity is linked to repeat referral; no effect size is published." }, "meanDelayWeeks": { "type": "number", "minimum": 1, "maximum": 520, "description": "Average time from closure to the re-referral, for children who come back. Unit: weeks. Assumption: most re-referrals counted within 12 months arrive well inside the year." }, "maxDelayWeeks": { "type": "integer", "minimum": 1, "maximum": 1040, "description": "Longest time after closure at which a child can come back; later returns are not simulated. Unit: weeks. Assumption: two years covers the 12-month official window with room for later returns." } } }, "workforce": { "type": "object", "title": "WorkforceParams", "additionalProperties": false, "description": "Funded posts, working patterns and capacity of social workers.", "properties": { "establishment": { "type": "object", "additionalProperties": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Funded posts in the case-holding team of this name. Unit: FTE posts. Source: the design's." }, "description": "Funded posts: one entry per case-holding team of structure.teams, by its name, and nonCaseHolding. An entry naming no team must be 0 (a design that extends another sets the teams it drops to 0).", "properties": { "assessment": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Funded posts in the assessment (front door and assessment) team. Unit: FTE posts. Source: DfE Children's social work workforce 2023: about 216 FTE in post and 50 vacancies per authority, 64% of staff in post holding cases; the split between teams is assumed." }, "longTerm": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Funded posts in the long-term child in need and child protection team. Unit: FTE posts. Source: DfE Children's social work workforce 2023: about 216 FTE in post and 50 vacancies per authority, 64% of staff in post holding cases; the split between teams is assumed." }, "inCare": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Funded posts in the children in care team. Unit: FTE posts. Source: DfE Children's social work workforce 2023: about 216 FTE in post and 50 vacancies per authority, 64% of staff in post holding cases; the split between teams is assumed." }, "nonCaseHolding": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Funded social-worker posts that do not hold cases (managers, reviewing officers, some front-door roles). Unit: FTE posts. Source: DfE Children's social work workforce 2023: about 36% of FTE in post do not hold cases (138 of 216 per authority hold cases)." } }, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9]{0,39}$" }, "maxProperties": 24 }, "initialVacancyRate": { "type": "number", "minimum": 0, "maximum": 0.95, "description": "Share of funded posts empty (not filled by an employee) at the start of the run. Unit: share, 0 to 0.95. Source: DfE Children's social work workforce 2023: vacancy rate 18.9%." }, "initialTurnoverRate": { "type": "number", "minimum": 0.01, "maximum": 0.9, "description": "Annual turnover of the workforce in post before the run starts: the tenures of the staff seeded at week 0 are drawn from the stationary distribution of a workforce with this turnover and the early-tenure multiplier (src/state/initialTenure.ts). It shapes the starting workforce only; turnover during the run comes from the leaving hazard. Unit: share per year, 0.01 to 0.9. Source: DfE Children's social work workforce 2023: turnover rate 15.9%." }, "initialChangesPerYear": { "type": "number", "minimum": 0, "maximum": 10, "description": "Changes of social worker a year in the histories of the children already open at week 0, before the run: each seeded child has had 1 + a Poisson number of workers for the time she has been open, so the share with 3 or more workers so far starts where the run holds it. Unit: changes per year. Source: Children's Commissioner, Stability Index 2019: 60% of looked-after children had at least one change of social worker in a year, a rate of −ln(0.4) ≈ 0.9 a year." }, "partTimeShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of employed social workers who work part time. Unit: share, 0 to 1. Assumption: the census reports FTE, not working patterns; about one in ten part time." }, "partTimeFte": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Working time of a part-time social worker as a fraction of full time. Unit: FTE, above 0 to 1. Assumption: a typical three-day week." }, "contractedHours": { "type": "number", "exclusiveMinimum": 0, "maximum": 60, "description": "Contracted working hours of a full-time social worker. Unit: hours per week. Source: BASW/SWU working conditions survey 2018 (Ravalier, n=3,421): contracts of 35 to 37 hours." }, "capacityPerFte": { "type": "number", "exclusiveMinimum": 0, "maximum": 60, "description": "Weighted caseload a full-time worker can carry within contracted hours; above it she works overtime or the work slows. Unit: weighted cases per FTE. Source: DfE Children's social work workforce 2023: average caseload 16.0; BASW/SWU working conditions survey 2018 (Ravalier, n=3,421): about 11 hours a week over contract, so capacity within contract is set below the actual caseload." }, "nqCaseloadProtection": { "type": "number", "minimum": 0, "maximum": 1, "description": "Caseload cap and capacity of a newly qualified social worker in her first (ASYE) year, as a fraction of full. Unit: fraction of full, 0 to 1. Assumption: protected ASYE caseloads of 80 to 90% of full, as stated in the model specification." }, "nqProtectionWeeks": { "type": "integer", "minimum": 0, "maximum": 104, "description": "How long the newly qualified caseload protection lasts. Unit: weeks. Assumption: the Assessed and Supported Year in Employment lasts one year." }, "inductionWeeks": { "type": "integer", "minimum": 0, "maximum": 52, "description": "Induction period of a new starter, during which she works at reduced capacity. Unit: weeks. Assumption: a month of induction is typical; no published figure." }, "inductionCapacity": { "type": "number", "minimum": 0, "maximum": 1, "description": "Capacity of a starter during induction as a fraction of full. Unit: fraction of full, 0 to 1. Assumption: half capacity while learning local systems; no published figure." }, "internalMovesPerYear": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance in a year that an employed case-holder moves to another team (promotion, transfer, restructure). Unit: probability per year, 0 to 1. Assumption: no national figure; a small rate of internal moves." }, "workloadVariation": { "type": "number", "minimum": 0, "maximum": 1, "description": "Spread of the hours a case-holder's caseload needs from week to week around what its weights say (court deadlines, crises, complex families): the standard deviation of the log of a mean-one weekly factor. 0 turns the variation off. Unit: standard deviation of a log. Assumption: fitted so that, at the DfE average caseload, hours worked match the surveys (BASW/SWU 2018, Ravalier: most staff over contract most weeks, 40–42 hours worked)." }, "workloadSpellWeeks": { "type": "number", "minimum": 0, "maximum": 52, "description": "How long a busy (or quiet) spell lasts: the weeks over which a worker's workload pressure keeps its memory (an AR(1) with correlation exp(−1/weeks) from one week to the next). 0: independent weeks. Unit: weeks. Assumption: a few weeks, the length of a court timetable's busy phase or a family crisis." } } }, "stress": { "type": "object", "title": "StressParams", "additionalProperties": false, "description": "How stress (burnout) builds up and recovers.", "properties": { "gainPerOvertimeHour": { "type": "number", "minimum": 0, "maximum": 1, "description": "Rise in stress for each hour of overtime in a week (per FTE), before the protective factors. Unit: stress points (0 to 1 scale) per hour. Assumption: set so that stress builds in staff working about 11 hours over contract (BASW/SWU working conditions survey 2018 (Ravalier, n=3,421)); no published effect size." }, "gainFromBacklog": { "type": "number", "minimum": 0, "maximum": 1, "description": "Rise in stress in a week when all of a worker's work goes undone (proportionally less when part of it does). Unit: stress points (0 to 1 scale) per week. Assumption: unfinished work is a recognised source of burnout; no published effect size." }, "recoveryPerWeek": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of a worker's stress that fades each week. Unit: share per week, 0 to 1. Assumption: stress fades over a few months once pressure eases; no published figure." }, "flexibleWorking": { "type": "boolean", "description": "Whether the authority offers flexible working, which slows the build-up of stress. Unit: true or false. Source: Stockton-on-Tees report (project seeds): a stable workforce after flexible working, development and a regional agency pay cap." }, "flexibleWorkingReduction": { "type": "number", "minimum": 0, "maximum": 1, "description": "How much flexible working cuts the build-up of stress (0.3 means 30% slower). Unit: share, 0 to 1. Assumption: no published effect size; a moderate effect." }, "supervisionRatio": { "type": "number", "exclusiveMinimum": 0, "maximum": 50, "description": "Social workers per supervising manager; more per manager means less supervision and faster stress. Unit: workers per manager. Assumption: one manager to about six social workers is common practice." }, "supervisionReferenceRatio": { "type": "number", "exclusiveMinimum": 0, "maximum": 50, "description": "The workers-per-manager ratio at which supervision neither adds to nor reduces stress. Unit: workers per manager. Assumption: one manager to about six social workers is common practice." }, "supervisionEffect": { "type": "number", "minimum": 0, "maximum": 5, "description": "How strongly supervision above or below the reference ratio changes the build-up of stress. Unit: relative change per unit of ratio / reference − 1. Assumption: no published effect size; a moderate effect." } } }, "morale": { "type": "object", "title": "MoraleParams", "additionalProperties": false, "description": "Team morale: falls when colleagues leave and when posts are vacant (turnover begets turnover).", "properties": { "dropPerLeaverShare": { "type": "number", "minimum": 0, "maximum": 100, "description": "Fall in team morale when a colleague leaves, per share of the team leaving (2 means a leaver from a team of 20 lowers morale by 0.1). Unit: morale points (0 to 1 scale) per share of team. Assumption: turnover begets turnover, as stated in the model specification; no published effect size." }, "vacancyEffect": { "type": "number", "minimum": 0, "maximum": 10, "description": "How far a team's vacancy rate pulls its morale down (1 means morale settles at 1 − vacancy rate). Unit: morale points per unit of vacancy rate. Assumption: vacancies raise the load on those who stay; no published effect size." }, "recoveryPerWeek": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of the gap between current morale and its settled level closed each week. Unit: share per week, 0 to 1. Assumption: morale recovers over a few months; no published figure." } } }, "turnover": { "type": "object", "title": "TurnoverParams", "additionalProperties": false, "description": "Why and when employed social workers leave.", "properties": { "baseAnnualRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "Annual leaving rate of a settled, unstressed permanent worker in a team with full morale, before the multipliers. Unit: rate per year, 0 to 1. Source: calibrated so that, with the multipliers, the turnover rate is about 15.9% (DfE Children's social work workforce 2023)." }, "stressMultiplier": { "type": "number", "minimum": 0, "maximum": 20, "description": "How much stress raises the chance of leaving: the rate is multiplied by 1 + this × stress. Unit: relative increase at full stress. Assumption: burnout, more than caseload itself, predicts intention to leave (a US meta-analysis cited in the model specification); no UK effect size." }, "moraleMultiplier": { "type": "number", "minimum": 0, "maximum": 20, "description": "How much low team morale raises the chance of leaving: the rate is multiplied by 1 + this × (1 − morale). Unit: relative increase at zero morale. Assumption: turnover begets turnover, as stated in the model specification; no published effect size." }, "earlyTenureMultiplier": { "type": "number", "minimum": 0, "maximum": 20, "description": "Multiplier on the chance of leaving during a worker's first years at the authority. Unit: multiplier. Source: DfE figures reported by Community Care (24 Feb 2023): 70.4% of leavers in 2021-22 had under five years' service at their authority." }, "earlyTenureYears": { "type": "number", "minimum": 0, "maximum": 40, "description": "How many years count as early tenure for the multiplier above. Unit: years. Assumption: the first two years, when the model specification says leaving is highest." }, "propensitySpread": { "type": "number", "minimum": 0, "maximum": 2, "description": "How much people differ in their propensity to leave: the variance of each worker's own multiplier of the leaving hazard, a Gamma with mean 1 drawn when she starts. 0: everyone alike. With a spread, movers leave within a few years and stayers remain, so most leavers are recent starters while most staff in post are not. Unit: variance of a multiplier. Assumption: movers and stayers (Blumen, Kogan & McCarthy 1955; Farber 1999, Handbook of Labor Economics 3B: separation rates fall with tenure, largely through differences between workers); fitted so that, with turnover at 15.9%, about 70% of leavers have under five years' service (DfE figures for 2021-22)." }, "maxServiceYears": { "type": "number", "minimum": 1, "maximum": 60, "description": "The longest anyone employed by the authority stays: she retires at this many years' service. Unit: years. Assumption: a full working life at one authority." }, "noticeWeeks": { "type": "integer", "minimum": 0, "maximum": 26, "description": "Notice period worked by an employed social worker who resigns, before her cases are passed on. Unit: weeks. Assumption: 4 weeks, the default in the model specification." }, "destinations": { "type": "object", "additionalProperties": false, "description": "Where employed leavers go; the three shares must add up to 1.", "properties": { "otherAuthority": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of leavers who go to another local authority. Unit: share, 0 to 1. Source: DfE additional attrition estimates 2020-21, reported by Community Care (27 May 2022): 4.2% of 15.4%." }, "agency": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of leavers who become agency workers in the region (and can come back as agency staff). Unit: share, 0 to 1. Source: DfE additional attrition estimates 2020-21, reported by Community Care (27 May 2022): 2.6% of 15.4%." }, "outOfSector": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of leavers who leave local-authority children's social work. Unit: share, 0 to 1. Source: DfE additional attrition estimates 2020-21, reported by Community Care (27 May 2022): 8.6% of 15.4%." } } } } }, "absence": { "type": "object", "title": "AbsenceParams", "additionalProperties": false, "description": "Sickness absence and what happens to an absent worker's cases.", "properties": { "baseRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance in a week that an unstressed worker starts a spell of sickness absence. Unit: probability per week, 0 to 1. Source: calibrated to an absence rate of about 3.3% of working days (DfE Children's social work workforce 2023)." }, "stressEffect": { "type": "number", "minimum": 0, "maximum": 20, "description": "How much stress raises the chance of absence: the chance is multiplied by 1 + this × stress. Unit: relative increase at full stress. Assumption: sickness absence rises with stress; no published effect size." }, "longShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of absence spells that are long. Unit: share, 0 to 1. Assumption: most spells are short; about one in seven long." }, "shortWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Length of a short absence spell. A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 52, "description": "Lower end of the range: length of a short absence spell. Unit: weeks. Assumption: a week or so; the census gives days lost, not spell lengths." }, "max": { "type": "integer", "minimum": 1, "maximum": 52, "description": "Upper end of the range: length of a short absence spell. Unit: weeks. Assumption: a week or so; the census gives days lost, not spell lengths." } } }, "longWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Length of a long absence spell. A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 104, "description": "Lower end of the range: length of a long absence spell. Unit: weeks. Assumption: one to three months; the census gives days lost, not spell lengths." }, "max": { "type": "integer", "minimum": 1, "maximum": 104, "description": "Upper end of the range: length of a long absence spell. Unit: weeks. Assumption: one to three months; the census gives days lost, not spell lengths." } } }, "cover": { "type": "string", "title": "AbsenceCoverName", "enum": ["none", "duty"], "description": "What happens to an absent worker's cases: none (no progress) or duty (covered by the duty worker at reduced progress). Unit: keyword. Assumption: no cover is the common default; duty cover is a policy to test." }, "dutyCoverProgress": { "type": "number", "minimum": 0, "maximum": 1, "description": "Progress an absent worker's cases make under duty cover, as a fraction of normal. Unit: fraction of normal, 0 to 1. Assumption: duty cover keeps cases safe rather than moving plans on." }, "reallocateAfterWeeks": { "type": "integer", "minimum": 0, "maximum": 104, "description": "Weeks into a long absence after which the worker's cases are reallocated (0 means never). Unit: weeks. Assumption: managers reallocate after about a month of absence." }, "reallocateIfExpectedWeeks": { "type": "integer", "minimum": 0, "maximum": 104, "description": "Expected length of a long absence (the fit note's) from which the manager reallocates the worker's cases after reallocateAfterWeeks; a shorter absence is covered by the manager and duty workers until she returns (0: every long absence is reallocated). Unit: weeks. Source: short-term sickness absence is up to six weeks in most employers' policies and long-term after that (BASW, How to deal with sickness absence); managers ask how long the absence will be and what work must be picked up (NHS Employers, Sickness absence toolkit), so an absence expected to last longer than six weeks is reallocated." } } }, "recruitment": { "type": "object", "title": "RecruitmentParams", "additionalProperties": false, "description": "Permanent recruitment: time to hire, chance of success, routes and newly qualified cohorts.", "properties": { "enabled": { "type": "boolean", "description": "Whether the authority recruits permanent staff to its vacancies. Unit: true or false. Assumption: recruitment is normally always on; switch off to test a freeze." }, "timeToHireWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Time from a post becoming vacant to the new starter arriving, including notice elsewhere. A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 104, "description": "Lower end of the range: time from a post becoming vacant to the new starter arriving, including notice elsewhere. Unit: weeks. Assumption: 12 to 16 weeks including notice, as stated in the model specification." }, "max": { "type": "integer", "minimum": 1, "maximum": 104, "description": "Upper end of the range: time from a post becoming vacant to the new starter arriving, including notice elsewhere. Unit: weeks. Assumption: 12 to 16 weeks including notice, as stated in the model specification." } } }, "successProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that a recruitment round for an average authority fills the post (otherwise it starts again). Unit: probability, 0 to 1. Source: calibrated to about 6,028 FTE starters a year nationally (DfE Children's social work workforce 2023)." }, "attractiveness": { "type": "number", "minimum": 0, "maximum": 5, "description": "How attractive the authority is to applicants compared with the average (pay, caseloads, reputation); multiplies the chance of success. Unit: multiplier, 1 = average. Assumption: 1 for the average authority." }, "flexibleWorkingBonus": { "type": "number", "minimum": 0, "maximum": 2, "description": "Relative rise in the chance a recruitment process succeeds when the authority offers flexible working (stress.flexibleWorking). Unit: proportional increase. Assumption: flexible working makes an authority more attractive to applicants (Stockton-on-Tees joint inspection seed: flexible working helped secure a stable workforce)." }, "inadequateRating": { "type": "boolean", "description": "Whether the authority's last Ofsted inspection rated it inadequate, which deters applicants. Unit: true or false. Source: Children's Commissioner Stability Index 2019: about 1 in 3 looked-after children in inadequate authorities had 2 or more changes of worker in a year." }, "inadequatePenalty": { "type": "number", "minimum": 0, "maximum": 1, "description": "How much an inadequate rating cuts the chance of recruiting (0.5 means half as likely). Unit: share, 0 to 1. Assumption: no published effect size." }, "overseasShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of recruitment rounds that hire from overseas. Unit: share, 0 to 1. Assumption: a small share; no national figure." }, "overseasLeadWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Time from starting an overseas recruitment to the recruit arriving (visas, registration, relocation). A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 156, "description": "Lower end of the range: time from starting an overseas recruitment to the recruit arriving (visas, registration, relocation). Unit: weeks. Assumption: six to nine months for visas and Social Work England registration." }, "max": { "type": "integer", "minimum": 1, "maximum": 156, "description": "Upper end of the range: time from starting an overseas recruitment to the recruit arriving (visas, registration, relocation). Unit: weeks. Assumption: six to nine months for visas and Social Work England registration." } } }, "overseasInductionWeeks": { "type": "integer", "minimum": 0, "maximum": 104, "description": "Induction period of an overseas recruit, longer than for other starters. Unit: weeks. Assumption: about three months to learn English law and practice." }, "priorExperienceYears": { "type": "object", "additionalProperties": false, "description": "Post-qualifying experience an experienced or overseas recruit brings (newly qualified starters bring none). A range: for each starter a value is drawn evenly between min and max (min must not exceed max). Unit: years.", "properties": { "min": { "type": "number", "minimum": 0, "maximum": 40, "description": "Lower end of the range: post-qualifying experience an experienced recruit brings. Unit: years. Assumption: experienced posts ask for at least a year after the assessed first year." }, "max": { "type": "number", "minimum": 0, "maximum": 40, "description": "Upper end of the range: post-qualifying experience an experienced recruit brings. Unit: years. Assumption: 10 years; most children's social workers have under 10 years' service (DfE workforce census)." } } }, "nqIntakeWeek": { "type": "integer", "minimum": 0, "maximum": 51, "description": "Week of the year in which the newly qualified cohort starts (36 is about September if the year starts in January). Unit: week of the year. Assumption: newly qualified social workers start after courses end in the summer." }, "nqIntakePerYear": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Newly qualified social workers the authority takes on each year. Unit: workers per year. Assumption: about 3,500 social work training starts a year nationally (LGA / Whole Systems Partnership workforce model 2024), not all into local-authority children's services." }, "nqLeavingMultiplier": { "type": "number", "minimum": 0, "maximum": 20, "description": "Multiplier on the chance of leaving for a newly qualified worker, compared with other employees. Unit: multiplier. Assumption: no published figure; 1 means no difference beyond the early-tenure effect." } } }, "agency": { "type": "object", "title": "AgencyParams", "additionalProperties": false, "description": "Agency social workers: supply, cost, assignments and the 2024 national rules.", "properties": { "allowed": { "type": "boolean", "description": "Whether the authority may use agency social workers to cover vacancies. Unit: true or false. Assumption: agency use is normal; switch off to test a no-agency policy." }, "fillDelayWeeks": { "type": "integer", "minimum": 0, "maximum": 52, "description": "Time to place an agency worker in a vacancy once requested. Unit: weeks. Assumption: within a week or two, as stated in the model specification." }, "maxShareOfVacancies": { "type": "number", "minimum": 0, "maximum": 5, "description": "Agency workers the authority will take per vacant post. Up to 1 it is the share of vacancies covered; above 1 the authority also buys agency workers beyond its vacant posts (covering absence or extra demand: the DfE counts every agency worker in the agency rate, and some authorities publish more agency workers than vacancies). Unit: agency FTE per vacant FTE, 0 to 5. Source: DfE Children's social work workforce 2023: 74% of vacancies were covered by agency workers." }, "supplyPerWeek": { "type": "number", "minimum": 0, "maximum": 1e5, "description": "Average number of agency social workers newly available to the authority each week in the regional market. Unit: workers per week. Source: calibrated to about 47 agency FTE per authority, an agency rate of 17.9% (DfE Children's social work workforce 2023)." }, "poolLeavingPerWeek": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of available, unplaced agency workers who leave the regional market each week. Unit: share per week, 0 to 1. Assumption: the regional market is shared with neighbouring authorities, so an unplaced locum is soon placed by one of them (default 0.8, about 1.25 weeks)." }, "premium": { "type": "number", "minimum": 0, "maximum": 5, "description": "Extra cost of an agency worker over a permanent one, as a share of the permanent salary (0.53 means 53% more). Unit: share of salary. Source: Kantar 2020, quoted by the Independent Review of Children's Social Care (2022): about £26k a year more per agency worker, about +53%." }, "assignmentWeeks": { "type": "object", "title": "WeekRange", "additionalProperties": false, "description": "Length of an agency assignment before it is renewed, converted or ended. A range: each time it is needed, a value is drawn evenly between min and max (min must not exceed max). Unit: weeks.", "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 520, "description": "Lower end of the range: length of an agency assignment before it is renewed, converted or ended. Unit: weeks. Assumption: three to nine months is a common assignment length." }, "max": { "type": "integer", "minimum": 1, "maximum": 520, "description": "Upper end of the range: length of an agency assignment before it is renewed, converted or ended. Unit: weeks. Assumption: three to nine months is a common assignment length." } } }, "renewalProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that an agency assignment is renewed when it ends. Unit: probability, 0 to 1. Assumption: most assignments are extended; no national figure." }, "conversionProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that an agency worker whose assignment is not renewed becomes a permanent employee. Unit: probability, 0 to 1. Assumption: conversion happens but is uncommon; no national figure." }, "annualLeavingRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "Annual chance that an agency worker leaves mid-assignment, before the stress multiplier. Unit: rate per year, 0 to 1. Assumption: agency staff leave far sooner than employees, as stated in the model specification." }, "noticeWeeks": { "type": "integer", "minimum": 0, "maximum": 26, "description": "Notice an agency worker gives before leaving. Unit: weeks. Assumption: 1 week, the default in the model specification." }, "payCap": { "type": "object", "additionalProperties": false, "description": "A regional cap on agency pay rates.", "properties": { "enabled": { "type": "boolean", "description": "Whether a regional cap on agency pay applies. Unit: true or false. Source: Stockton-on-Tees report (project seeds) credits a regional cap; DfE statutory guidance on agency child and family social workers 2024 adds regional price caps for new assignments from October 2025." }, "premium": { "type": "number", "minimum": 0, "maximum": 5, "description": "Largest agency premium allowed under the cap, as a share of the permanent salary. Unit: share of salary. Assumption: a cap well below the uncapped +53% premium; no published regional rate in the project sources." }, "supplyFactor": { "type": "number", "minimum": 0, "maximum": 1, "description": "Agency supply under the cap as a fraction of uncapped supply (fewer locums accept capped rates). Unit: fraction, 0 to 1. Assumption: no published effect size." } } }, "rules2024": { "type": "object", "additionalProperties": false, "description": "The national agency rules (DfE statutory guidance on agency child and family social workers 2024, in effect 31 October 2024), each a switch.", "properties": { "alignNoticeWithPermanent": { "type": "boolean", "description": "Whether agency workers must give the same notice as employees. Unit: true or false. Source: DfE statutory guidance on agency child and family social workers 2024." }, "requireExperience": { "type": "boolean", "description": "Whether agency work requires 3 years' post-qualifying experience in a local authority, shrinking the supply. Unit: true or false. Source: DfE statutory guidance on agency child and family social workers 2024." }, "experienceSupplyFactor": { "type": "number", "minimum": 0, "maximum": 1, "description": "Agency supply under the experience rule as a fraction of supply without it. Unit: fraction, 0 to 1. Assumption: some locums lack 3 years' local-authority experience; no published share." }, "noLocalLocumWeeks": { "type": "integer", "minimum": 0, "maximum": 104, "description": "Weeks after leaving a permanent post before a social worker may take locum work in the same region (0 means no rule; the rule is 3 months, about 13 weeks). Unit: weeks. Source: DfE statutory guidance on agency child and family social workers 2024." }, "experienceYears": { "type": "number", "minimum": 0, "maximum": 40, "description": "Post-qualifying experience needed for agency work under requireExperience. Unit: years. Source: DfE statutory guidance on agency child and family social workers 2024: 3 years' post-qualifying experience." }, "barredChoice": { "type": "object", "additionalProperties": false, "description": "What a permanent social worker with less than experienceYears' experience does when she would have left for agency work and the experience rule bars it; the three shares must add up to 1.", "properties": { "stay": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who stay in post (the resignation is withdrawn; her leaving hazard starts again). Unit: share, 0 to 1. Assumption: a third each way; no study yet of what barred workers do (the guidance expected fewer early-career moves to agency work)." }, "otherAuthority": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who take a permanent post in another authority instead. Unit: share, 0 to 1. Assumption: a third; other authorities are the nearest alternative." }, "outOfSector": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who leave local-authority children's social work instead. Unit: share, 0 to 1. Assumption: a third." } } }, "coolOffChoice": { "type": "object", "additionalProperties": false, "description": "What a leaver who wanted local agency work does while noLocalLocumWeeks bars it; the three shares must add up to 1.", "properties": { "wait": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who wait out the cool-off and then join the region's agency market. Unit: share, 0 to 1. Assumption: half; three months is short against a career." }, "furtherAfield": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who take agency work in another region (lost to this region's market). Unit: share, 0 to 1. Assumption: a quarter." }, "permanentPost": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share who take a permanent post in another authority instead. Unit: share, 0 to 1. Assumption: a quarter." } } }, "restrictedConversionProbability": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance that an agency worker whose assignment is not renewed takes a permanent post with the authority while agency work is restricted (requireExperience or noLocalLocumWeeks in force), in place of conversionProbability. Unit: probability, 0 to 1. Assumption: double the usual chance (0.05 → 0.1); the guidance aims to move locums into permanent posts, no measured rate yet." } } } } }, "overtime": { "type": "object", "title": "OvertimeParams", "additionalProperties": false, "description": "Hours worked beyond contract.", "properties": { "policy": { "type": "string", "title": "OvertimePolicyName", "enum": ["none", "paid", "unpaid"], "description": "Overtime policy: none (no hours beyond contract), paid (up to the limit, paid) or unpaid (up to the limit, unpaid goodwill hours). Unit: keyword. Source: BASW/SWU working conditions survey 2018 (Ravalier, n=3,421): about 11 unpaid hours a week over contract." }, "maxHoursPerWeek": { "type": "number", "minimum": 0, "maximum": 40, "description": "Most hours a full-time worker may work beyond contract in a week (pro rata for part time). Unit: hours per week. Source: BASW/SWU working conditions survey 2018 (Ravalier, n=3,421): about 11 hours a week over contract." }, "paidRateMultiplier": { "type": "number", "minimum": 0, "maximum": 5, "description": "Pay for an hour of paid overtime as a multiple of the normal hourly rate. Unit: multiplier. Assumption: plain time, as many councils pay for social-worker overtime." }, "excessiveHoursThreshold": { "type": "number", "minimum": 0, "maximum": 40, "description": "Hours over contract in a week above which a worker counts as working excessive hours in the outputs. Unit: hours per week. Assumption: about half a day a week over contract; Thurrock staff survey (project seeds): only 42% could meet the job's demands without excessive hours." }, "fullOutputHours": { "type": "number", "minimum": 0, "maximum": 100, "description": "Hours a week up to which every hour worked yields full output; beyond, each further hour yields less (src/rules/hoursOutput.ts). Unit: hours per week. Source: Pencavel (2015), The productivity of working hours, Economic Journal 125(589): output proportional to hours up to about 49 a week." }, "noExtraOutputHours": { "type": "number", "minimum": 0, "maximum": 100, "description": "Hours a week past which a further hour yields no more output, so nobody works longer. Unit: hours per week. Source: Pencavel (2015), The productivity of working hours, Economic Journal 125(589): output at 70 hours hardly above output at 56." } } }, "allocation": { "type": "object", "title": "AllocationParams", "additionalProperties": false, "description": "How cases are given to workers and the caseload cap (who holds which stage is the service structure, `structure`).", "properties": { "policy": { "type": "string", "title": "AllocationPolicyName", "enum": ["least-loaded", "round-robin", "continuity-first"], "description": "Allocation policy: least-loaded (the worker in the team with the lightest caseload), round-robin (in turn) or continuity-first (a worker the child or family already knows, where possible). Unit: keyword. Assumption: least-loaded is the usual practice and the specification default." }, "caseloadCap": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "Largest weighted caseload per FTE; when every worker in the team is at the cap new cases wait unallocated. Unit: weighted cases per FTE. Source: DfE Children's social work workforce 2023: average caseload 16.0, with about 12% of case holders carrying 25 or more (DfE caseload groups 2021)." }, "heldByManager": { "type": "boolean", "description": "Whether cases waiting for a worker at the end of a week are held by the team manager (a holding allocation, counted as a change of worker). Unit: true or false. Assumption: managers usually hold unallocated cases, as described in the model specification." }, "heldCaseProgress": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of a full week of plan progress a case makes while held by the team manager (statutory visits and reviews still happen). Unit: share of a week, 0–1. Assumption: managers and duty workers keep held cases moving slowly; 0 means held cases make no progress." }, "childRequestPerYear": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance a year that a looked-after child asks for a new social worker and is given one (DfE reason: the child's request), usually raised through her independent reviewing officer or an advocate. Unit: chance per child per year, 0–1. Source: calibrated to DfE Stability measures for children looked after in England (2023-24 and 2024-25): under 0.5% of looked-after children's new social workers were at the child's request." }, "withdrawnPerYear": { "type": "number", "minimum": 0, "maximum": 1, "description": "Chance a year that a manager withdraws a worker from one child's case and gives it to a colleague for a reason of that case (a conflict of interest, a complaint upheld, threats to the worker from a family member; DfE reason: other). Unit: chance per case per year, 0–1. Assumption: about one case in a hundred a year; DfE's published extracts give no share for other reasons." }, "rebalancing": { "type": "object", "additionalProperties": false, "description": "Team managers moving cases between their workers (DfE reason for a new social worker: managing caseloads): to a new starter, away from a worker well above the team's mean caseload, and at a periodic caseload review.", "properties": { "enabled": { "type": "boolean", "description": "Whether managers move cases between workers: to new starters, off overloaded workers and at caseload reviews. Unit: true or false. Source: DfE Stability measures for children looked after in England 2024: 13% of looked-after children's social worker episodes in the year began for 'managing caseloads'." }, "overloadThreshold": { "type": "number", "minimum": 1, "maximum": 5, "description": "Caseload, as a multiple of the team's mean (weighted cases per unit of cap, scaled by how much time the cases need this week), above which a manager moves cases away from a worker the same week. Unit: multiple of the team mean. Assumption: a worker whose cases need twice the time of her team's average is one a manager acts on at once." }, "reviewEveryWeeks": { "type": "integer", "minimum": 0, "maximum": 520, "description": "Weeks between caseload reviews, at which every team moves cases from workers above reviewTolerance × the team's mean caseload to colleagues below it; 0 = no reviews. Unit: weeks. Assumption: a quarterly review of caseloads in team performance meetings." }, "reviewTolerance": { "type": "number", "minimum": 1, "maximum": 5, "description": "At a caseload review, caseload as a multiple of the team's mean above which cases are moved. Unit: multiple of the team mean. Assumption: managers even out caseloads more than a third above the team's." }, "newStarterShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "When an employed new starter's protected first weeks (induction) end, the share of the team's mean caseload, scaled to her own cap, that her manager gives her from the colleagues carrying the most; the rest comes from new referrals. 0 = none. Unit: share 0–1. Assumption: managers build a new starter's caseload partly from colleagues' cases; with the two thresholds, the largest managed moves that keep looked-after children's continuity within the national targets (with agencyStarterShare, about 7% of all changes of worker and 13% of looked-after children's new workers, as DfE's 13% of their social worker episodes for 'managing caseloads', 2024)." }, "agencyStarterShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "When an agency worker's first weeks (induction) end, the share of the team's mean caseload, scaled to her own cap, that her manager gives her from the colleagues carrying the most (DfE reason: managing caseloads); the rest comes from new referrals. 0 = none. Unit: share 0–1. Source: locum social workers are expected to 'hit the ground running' and report caseloads heavier than permanent staff (Locum Today, What is a locum social worker?, 2018; DfE Longitudinal study of local authority child and family social workers, wave 1, 2019: agency workers had higher caseloads), so a locum covering a vacancy is given a full share of the team's cases." }, "maxMovesPerWeek": { "type": "integer", "minimum": 0, "maximum": 1e5, "description": "Most cases a team moves between workers in a week when rebalancing. Unit: cases per team per week. Assumption: managers have limited time for rebalancing." } } } } }, "costs": { "type": "object", "title": "CostParams", "additionalProperties": false, "description": "Pay and recruitment costs, and the budget they are compared with.", "properties": { "permanentSalary": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Annual cost of a full-time employed social worker, including employer on-costs; agency workers cost this plus the premium. Unit: £ per FTE per year. Assumption: a salary of about £40k on local-government scales plus about 30% on-costs." }, "nqSalary": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Annual cost of a full-time newly qualified social worker, including employer on-costs. Unit: £ per FTE per year. Assumption: a salary of about £33k plus about 30% on-costs." }, "recruitmentCostPerHire": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Cost of each permanent hire (advertising, interviews, checks, incentives). Unit: £ per hire. Assumption: no national figure; a few thousand pounds per hire." }, "overseasCostPerHire": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Cost of each overseas hire (visa sponsorship, relocation, registration). Unit: £ per hire. Assumption: no national figure; about twice a domestic hire." }, "annualBudget": { "type": "number", "minimum": 0, "maximum": 1e11, "description": "Annual social-worker staffing budget; spending above it is reported as overspend. Unit: £ per year. Assumption: about the cost of the funded establishment with the usual agency cover." } } }, "interventions": { "type": "array", "maxItems": 1e3, "description": "Scheduled changes during the run: set any parameter, make workers resign, add a demand surge, start a recruitment drive.", "items": { "type": "object", "title": "Intervention", "additionalProperties": false, "description": "A change applied at the start of a reporting week: exactly one of set, leave, surge or recruitmentDrive.", "required": ["week"], "properties": { "week": { "type": "integer", "minimum": 1, "maximum": 1040, "description": "Reporting week in which the change happens (1 is the first week after the warm-up). Unit: week number. Assumption: interventions are scheduled in reporting time so they do not move when the warm-up changes." }, "label": { "type": "string", "maxLength": 200, "description": "A short name for the change, shown in charts and outputs. Unit: text. Assumption: optional, for readers only." }, "set": { "type": "object", "minProperties": 1, "maxProperties": 200, "description": 'Parameters to change from this week on, as dotted paths (e.g. "agency.payCap.enabled") mapped to new values; each value must be valid for its parameter.', "additionalProperties": { "description": "The new value of the parameter named by the key; checked against that parameter's rules." } }, "leave": { "type": "object", "additionalProperties": false, "description": "A wave of resignations: employed social workers, chosen at random, hand in their notice this week.", "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 1e5, "description": "How many employed social workers resign. Unit: workers. Assumption: a user-chosen shock." }, "team": { "type": "string", "description": "Team the leavers come from: the name of a case-holding team of structure.teams, or any. Unit: team name. Assumption: any team unless given.", "pattern": "^[A-Za-z][A-Za-z0-9]{0,39}$" }, "workers": { "type": "array", "maxItems": 1e4, "items": { "type": "integer", "minimum": 0, "maximum": 1e8, "description": "A worker id. Unit: worker id. Assumption: as the run reports it." }, "description": "Particular workers who resign this week, by worker id (as in the event log and trainer mode), besides the `count` chosen at random; ids of workers not in post are ignored. Unit: worker ids. Assumption: none unless given." } } }, "surge": { "type": "object", "additionalProperties": false, "description": "A temporary rise in demand at the front door.", "required": ["extraContactsPerWeek", "durationWeeks"], "properties": { "extraContactsPerWeek": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Extra contacts a week on top of normal demand. Unit: contacts per week. Assumption: a user-chosen shock." }, "durationWeeks": { "type": "integer", "minimum": 1, "maximum": 1040, "description": "How long the surge lasts. Unit: weeks. Assumption: a user-chosen shock." } } }, "recruitmentDrive": { "type": "object", "additionalProperties": false, "description": "A recruitment drive: a number of certain hires who arrive after a lead time, each joining the case-holding team with most posts to fill.", "required": ["hires", "leadWeeks"], "properties": { "hires": { "type": "integer", "minimum": 0, "maximum": 1e5, "description": "Number of social workers hired by the drive. Unit: workers. Assumption: a user-chosen policy." }, "leadWeeks": { "type": "integer", "minimum": 0, "maximum": 520, "description": "Weeks from the start of the drive to the hires arriving (at least 1 is used). Unit: weeks. Assumption: a user-chosen policy; experienced hires take about 12 to 16 weeks." }, "route": { "type": "string", "enum": ["experienced", "newly-qualified", "overseas"], "description": "Recruitment route of the hires, which sets their induction and protected caseload. Unit: keyword. Assumption: experienced unless given." } } } }, "oneOf": [{ "required": ["set"], "properties": { "set": true } }, { "required": ["leave"], "properties": { "leave": true } }, { "required": ["surge"], "properties": { "surge": true } }, { "required": ["recruitmentDrive"], "properties": { "recruitmentDrive": true } }] } } }, "if": { "type": "object", "required": ["extends"], "properties": { "extends": true } }, "else": { "$ref": "#/definitions/complete" }, "definitions": { "complete": { "type": "object", "required": ["name", "run", "demand", "structure", "pathway", "reReferral", "workforce", "stress", "morale", "turnover", "absence", "recruitment", "agency", "overtime", "allocation", "costs", "interventions"], "properties": { "name": true, "run": { "type": "object", "required": ["seed", "years", "warmupWeeks"], "properties": { "seed": true, "years": true, "warmupWeeks": true } }, "demand": { "type": "object", "required": ["contactsPerWeek", "referralShareOfContacts", "thresholdResponse", "caseloadResponse", "referenceCaseload", "seasonalAmplitude", "seasonalPeakWeek", "frontDoorHoursPerContact"], "properties": { "contactsPerWeek": true, "referralShareOfContacts": true, "thresholdResponse": true, "caseloadResponse": true, "referenceCaseload": true, "seasonalAmplitude": true, "seasonalPeakWeek": true, "frontDoorHoursPerContact": true } }, "structure": { "type": "object", "required": ["design", "teams", "transfers"], "properties": { "design": true, "teams": true, "transfers": true } }, "pathway": { "type": "object", "required": ["noFurtherActionShare", "assessmentOutcomes", "durations", "cpStepDownShare", "cinEscalationPerYear", "careOverrunLimit", "cpToCarePerYear", "ageStartingCare", "ageAtReferral", "caseWeights", "progressLostPerChangeWeeks"], "properties": { "noFurtherActionShare": true, "assessmentOutcomes": { "type": "object", "required": ["notInNeed", "childInNeed", "childProtection", "lookedAfter"], "properties": { "notInNeed": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "durations": { "type": "object", "required": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "properties": { "assessment": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "cpStepDownShare": true, "cinEscalationPerYear": true, "careOverrunLimit": true, "cpToCarePerYear": true, "ageStartingCare": true, "ageAtReferral": true, "caseWeights": { "type": "object", "required": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "properties": { "assessment": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "progressLostPerChangeWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } } } }, "reReferral": { "type": "object", "required": ["baseProbability", "noServiceProbability", "driftEffectPer26Weeks", "changeEffect", "meanDelayWeeks", "maxDelayWeeks"], "properties": { "baseProbability": true, "noServiceProbability": true, "driftEffectPer26Weeks": true, "changeEffect": true, "meanDelayWeeks": true, "maxDelayWeeks": true } }, "workforce": { "type": "object", "required": ["establishment", "initialVacancyRate", "initialTurnoverRate", "initialChangesPerYear", "partTimeShare", "partTimeFte", "contractedHours", "capacityPerFte", "nqCaseloadProtection", "nqProtectionWeeks", "inductionWeeks", "inductionCapacity", "internalMovesPerYear", "workloadVariation", "workloadSpellWeeks"], "properties": { "establishment": { "type": "object", "required": ["assessment", "longTerm", "inCare", "nonCaseHolding"], "properties": { "assessment": true, "longTerm": true, "inCare": true, "nonCaseHolding": true } }, "initialVacancyRate": true, "initialTurnoverRate": true, "initialChangesPerYear": true, "partTimeShare": true, "partTimeFte": true, "contractedHours": true, "capacityPerFte": true, "nqCaseloadProtection": true, "nqProtectionWeeks": true, "inductionWeeks": true, "inductionCapacity": true, "internalMovesPerYear": true, "workloadVariation": true, "workloadSpellWeeks": true } }, "stress": { "type": "object", "required": ["gainPerOvertimeHour", "gainFromBacklog", "recoveryPerWeek", "flexibleWorking", "flexibleWorkingReduction", "supervisionRatio", "supervisionReferenceRatio", "supervisionEffect"], "properties": { "gainPerOvertimeHour": true, "gainFromBacklog": true, "recoveryPerWeek": true, "flexibleWorking": true, "flexibleWorkingReduction": true, "supervisionRatio": true, "supervisionReferenceRatio": true, "supervisionEffect": true } }, "morale": { "type": "object", "required": ["dropPerLeaverShare", "vacancyEffect", "recoveryPerWeek"], "properties": { "dropPerLeaverShare": true, "vacancyEffect": true, "recoveryPerWeek": true } }, "turnover": { "type": "object", "required": ["baseAnnualRate", "stressMultiplier", "moraleMultiplier", "earlyTenureMultiplier", "earlyTenureYears", "propensitySpread", "maxServiceYears", "noticeWeeks", "destinations"], "properties": { "baseAnnualRate": true, "stressMultiplier": true, "moraleMultiplier": true, "earlyTenureMultiplier": true, "earlyTenureYears": true, "propensitySpread": true, "maxServiceYears": true, "noticeWeeks": true, "destinations": { "type": "object", "required": ["otherAuthority", "agency", "outOfSector"], "properties": { "otherAuthority": true, "agency": true, "outOfSector": true } } } }, "absence": { "type": "object", "required": ["baseRate", "stressEffect", "longShare", "shortWeeks", "longWeeks", "cover", "dutyCoverProgress", "reallocateAfterWeeks", "reallocateIfExpectedWeeks"], "properties": { "baseRate": true, "stressEffect": true, "longShare": true, "shortWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "longWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "cover": true, "dutyCoverProgress": true, "reallocateAfterWeeks": true, "reallocateIfExpectedWeeks": true } }, "recruitment": { "type": "object", "required": ["enabled", "timeToHireWeeks", "successProbability", "attractiveness", "flexibleWorkingBonus", "inadequateRating", "inadequatePenalty", "overseasShare", "overseasLeadWeeks", "overseasInductionWeeks", "priorExperienceYears", "nqIntakeWeek", "nqIntakePerYear", "nqLeavingMultiplier"], "properties": { "enabled": true, "timeToHireWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "successProbability": true, "attractiveness": true, "flexibleWorkingBonus": true, "inadequateRating": true, "inadequatePenalty": true, "overseasShare": true, "overseasLeadWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "overseasInductionWeeks": true, "priorExperienceYears": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "nqIntakeWeek": true, "nqIntakePerYear": true, "nqLeavingMultiplier": true } }, "agency": { "type": "object", "required": ["allowed", "fillDelayWeeks", "maxShareOfVacancies", "supplyPerWeek", "poolLeavingPerWeek", "premium", "assignmentWeeks", "renewalProbability", "conversionProbability", "annualLeavingRate", "noticeWeeks", "payCap", "rules2024"], "properties": { "allowed": true, "fillDelayWeeks": true, "maxShareOfVacancies": true, "supplyPerWeek": true, "poolLeavingPerWeek": true, "premium": true, "assignmentWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "renewalProbability": true, "conversionProbability": true, "annualLeavingRate": true, "noticeWeeks": true, "payCap": { "type": "object", "required": ["enabled", "premium", "supplyFactor"], "properties": { "enabled": true, "premium": true, "supplyFactor": true } }, "rules2024": { "type": "object", "required": ["alignNoticeWithPermanent", "requireExperience", "experienceSupplyFactor", "noLocalLocumWeeks", "experienceYears", "barredChoice", "coolOffChoice", "restrictedConversionProbability"], "properties": { "alignNoticeWithPermanent": true, "requireExperience": true, "experienceSupplyFactor": true, "noLocalLocumWeeks": true, "experienceYears": true, "barredChoice": { "type": "object", "required": ["stay", "otherAuthority", "outOfSector"], "properties": { "stay": true, "otherAuthority": true, "outOfSector": true } }, "coolOffChoice": { "type": "object", "required": ["wait", "furtherAfield", "permanentPost"], "properties": { "wait": true, "furtherAfield": true, "permanentPost": true } }, "restrictedConversionProbability": true } } } }, "overtime": { "type": "object", "required": ["policy", "maxHoursPerWeek", "paidRateMultiplier", "excessiveHoursThreshold", "fullOutputHours", "noExtraOutputHours"], "properties": { "policy": true, "maxHoursPerWeek": true, "paidRateMultiplier": true, "excessiveHoursThreshold": true, "fullOutputHours": true, "noExtraOutputHours": true } }, "allocation": { "type": "object", "required": ["policy", "caseloadCap", "heldByManager", "heldCaseProgress", "childRequestPerYear", "withdrawnPerYear", "rebalancing"], "properties": { "policy": true, "caseloadCap": true, "heldByManager": true, "heldCaseProgress": true, "childRequestPerYear": true, "withdrawnPerYear": true, "rebalancing": { "type": "object", "required": ["enabled", "overloadThreshold", "reviewEveryWeeks", "reviewTolerance", "newStarterShare", "agencyStarterShare", "maxMovesPerWeek"], "properties": { "enabled": true, "overloadThreshold": true, "reviewEveryWeeks": true, "reviewTolerance": true, "newStarterShare": true, "agencyStarterShare": true, "maxMovesPerWeek": true } } } }, "costs": { "type": "object", "required": ["permanentSalary", "nqSalary", "recruitmentCostPerHire", "overseasCostPerHire", "annualBudget"], "properties": { "permanentSalary": true, "nqSalary": true, "recruitmentCostPerHire": true, "overseasCostPerHire": true, "annualBudget": true } }, "interventions": true }, "description": 'A scenario without "extends" is complete: every group and every parameter in it must be given.' } } };
const schema12 = { "type": "object", "required": ["name", "run", "demand", "structure", "pathway", "reReferral", "workforce", "stress", "morale", "turnover", "absence", "recruitment", "agency", "overtime", "allocation", "costs", "interventions"], "properties": { "name": true, "run": { "type": "object", "required": ["seed", "years", "warmupWeeks"], "properties": { "seed": true, "years": true, "warmupWeeks": true } }, "demand": { "type": "object", "required": ["contactsPerWeek", "referralShareOfContacts", "thresholdResponse", "caseloadResponse", "referenceCaseload", "seasonalAmplitude", "seasonalPeakWeek", "frontDoorHoursPerContact"], "properties": { "contactsPerWeek": true, "referralShareOfContacts": true, "thresholdResponse": true, "caseloadResponse": true, "referenceCaseload": true, "seasonalAmplitude": true, "seasonalPeakWeek": true, "frontDoorHoursPerContact": true } }, "structure": { "type": "object", "required": ["design", "teams", "transfers"], "properties": { "design": true, "teams": true, "transfers": true } }, "pathway": { "type": "object", "required": ["noFurtherActionShare", "assessmentOutcomes", "durations", "cpStepDownShare", "cinEscalationPerYear", "careOverrunLimit", "cpToCarePerYear", "ageStartingCare", "ageAtReferral", "caseWeights", "progressLostPerChangeWeeks"], "properties": { "noFurtherActionShare": true, "assessmentOutcomes": { "type": "object", "required": ["notInNeed", "childInNeed", "childProtection", "lookedAfter"], "properties": { "notInNeed": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "durations": { "type": "object", "required": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "properties": { "assessment": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "cpStepDownShare": true, "cinEscalationPerYear": true, "careOverrunLimit": true, "cpToCarePerYear": true, "ageStartingCare": true, "ageAtReferral": true, "caseWeights": { "type": "object", "required": ["assessment", "childInNeed", "childProtection", "lookedAfter"], "properties": { "assessment": true, "childInNeed": true, "childProtection": true, "lookedAfter": true } }, "progressLostPerChangeWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } } } }, "reReferral": { "type": "object", "required": ["baseProbability", "noServiceProbability", "driftEffectPer26Weeks", "changeEffect", "meanDelayWeeks", "maxDelayWeeks"], "properties": { "baseProbability": true, "noServiceProbability": true, "driftEffectPer26Weeks": true, "changeEffect": true, "meanDelayWeeks": true, "maxDelayWeeks": true } }, "workforce": { "type": "object", "required": ["establishment", "initialVacancyRate", "initialTurnoverRate", "initialChangesPerYear", "partTimeShare", "partTimeFte", "contractedHours", "capacityPerFte", "nqCaseloadProtection", "nqProtectionWeeks", "inductionWeeks", "inductionCapacity", "internalMovesPerYear", "workloadVariation", "workloadSpellWeeks"], "properties": { "establishment": { "type": "object", "required": ["assessment", "longTerm", "inCare", "nonCaseHolding"], "properties": { "assessment": true, "longTerm": true, "inCare": true, "nonCaseHolding": true } }, "initialVacancyRate": true, "initialTurnoverRate": true, "initialChangesPerYear": true, "partTimeShare": true, "partTimeFte": true, "contractedHours": true, "capacityPerFte": true, "nqCaseloadProtection": true, "nqProtectionWeeks": true, "inductionWeeks": true, "inductionCapacity": true, "internalMovesPerYear": true, "workloadVariation": true, "workloadSpellWeeks": true } }, "stress": { "type": "object", "required": ["gainPerOvertimeHour", "gainFromBacklog", "recoveryPerWeek", "flexibleWorking", "flexibleWorkingReduction", "supervisionRatio", "supervisionReferenceRatio", "supervisionEffect"], "properties": { "gainPerOvertimeHour": true, "gainFromBacklog": true, "recoveryPerWeek": true, "flexibleWorking": true, "flexibleWorkingReduction": true, "supervisionRatio": true, "supervisionReferenceRatio": true, "supervisionEffect": true } }, "morale": { "type": "object", "required": ["dropPerLeaverShare", "vacancyEffect", "recoveryPerWeek"], "properties": { "dropPerLeaverShare": true, "vacancyEffect": true, "recoveryPerWeek": true } }, "turnover": { "type": "object", "required": ["baseAnnualRate", "stressMultiplier", "moraleMultiplier", "earlyTenureMultiplier", "earlyTenureYears", "propensitySpread", "maxServiceYears", "noticeWeeks", "destinations"], "properties": { "baseAnnualRate": true, "stressMultiplier": true, "moraleMultiplier": true, "earlyTenureMultiplier": true, "earlyTenureYears": true, "propensitySpread": true, "maxServiceYears": true, "noticeWeeks": true, "destinations": { "type": "object", "required": ["otherAuthority", "agency", "outOfSector"], "properties": { "otherAuthority": true, "agency": true, "outOfSector": true } } } }, "absence": { "type": "object", "required": ["baseRate", "stressEffect", "longShare", "shortWeeks", "longWeeks", "cover", "dutyCoverProgress", "reallocateAfterWeeks", "reallocateIfExpectedWeeks"], "properties": { "baseRate": true, "stressEffect": true, "longShare": true, "shortWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "longWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "cover": true, "dutyCoverProgress": true, "reallocateAfterWeeks": true, "reallocateIfExpectedWeeks": true } }, "recruitment": { "type": "object", "required": ["enabled", "timeToHireWeeks", "successProbability", "attractiveness", "flexibleWorkingBonus", "inadequateRating", "inadequatePenalty", "overseasShare", "overseasLeadWeeks", "overseasInductionWeeks", "priorExperienceYears", "nqIntakeWeek", "nqIntakePerYear", "nqLeavingMultiplier"], "properties": { "enabled": true, "timeToHireWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "successProbability": true, "attractiveness": true, "flexibleWorkingBonus": true, "inadequateRating": true, "inadequatePenalty": true, "overseasShare": true, "overseasLeadWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "overseasInductionWeeks": true, "priorExperienceYears": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "nqIntakeWeek": true, "nqIntakePerYear": true, "nqLeavingMultiplier": true } }, "agency": { "type": "object", "required": ["allowed", "fillDelayWeeks", "maxShareOfVacancies", "supplyPerWeek", "poolLeavingPerWeek", "premium", "assignmentWeeks", "renewalProbability", "conversionProbability", "annualLeavingRate", "noticeWeeks", "payCap", "rules2024"], "properties": { "allowed": true, "fillDelayWeeks": true, "maxShareOfVacancies": true, "supplyPerWeek": true, "poolLeavingPerWeek": true, "premium": true, "assignmentWeeks": { "type": "object", "required": ["min", "max"], "properties": { "min": true, "max": true } }, "renewalProbability": true, "conversionProbability": true, "annualLeavingRate": true, "noticeWeeks": true, "payCap": { "type": "object", "required": ["enabled", "premium", "supplyFactor"], "properties": { "enabled": true, "premium": true, "supplyFactor": true } }, "rules2024": { "type": "object", "required": ["alignNoticeWithPermanent", "requireExperience", "experienceSupplyFactor", "noLocalLocumWeeks", "experienceYears", "barredChoice", "coolOffChoice", "restrictedConversionProbability"], "properties": { "alignNoticeWithPermanent": true, "requireExperience": true, "experienceSupplyFactor": true, "noLocalLocumWeeks": true, "experienceYears": true, "barredChoice": { "type": "object", "required": ["stay", "otherAuthority", "outOfSector"], "properties": { "stay": true, "otherAuthority": true, "outOfSector": true } }, "coolOffChoice": { "type": "object", "required": ["wait", "furtherAfield", "permanentPost"], "properties": { "wait": true, "furtherAfield": true, "permanentPost": true } }, "restrictedConversionProbability": true } } } }, "overtime": { "type": "object", "required": ["policy", "maxHoursPerWeek", "paidRateMultiplier", "excessiveHoursThreshold", "fullOutputHours", "noExtraOutputHours"], "properties": { "policy": true, "maxHoursPerWeek": true, "paidRateMultiplier": true, "excessiveHoursThreshold": true, "fullOutputHours": true, "noExtraOutputHours": true } }, "allocation": { "type": "object", "required": ["policy", "caseloadCap", "heldByManager", "heldCaseProgress", "childRequestPerYear", "withdrawnPerYear", "rebalancing"], "properties": { "policy": true, "caseloadCap": true, "heldByManager": true, "heldCaseProgress": true, "childRequestPerYear": true, "withdrawnPerYear": true, "rebalancing": { "type": "object", "required": ["enabled", "overloadThreshold", "reviewEveryWeeks", "reviewTolerance", "newStarterShare", "agencyStarterShare", "maxMovesPerWeek"], "properties": { "enabled": true, "overloadThreshold": true, "reviewEveryWeeks": true, "reviewTolerance": true, "newStarterShare": true, "agencyStarterShare": true, "maxMovesPerWeek": true } } } }, "costs": { "type": "object", "required": ["permanentSalary", "nqSalary", "recruitmentCostPerHire", "overseasCostPerHire", "annualBudget"], "properties": { "permanentSalary": true, "nqSalary": true, "recruitmentCostPerHire": true, "overseasCostPerHire": true, "annualBudget": true } }, "interventions": true }, "description": 'A scenario without "extends" is complete: every group and every parameter in it must be given.' };
const func2 = Object.prototype.hasOwnProperty;
const func3 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
});
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9]{0,39}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.extends === void 0 && (missing0 = "extends")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err2 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.run === void 0) {
        const err3 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.demand === void 0) {
        const err4 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "demand" }, message: "must have required property 'demand'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.structure === void 0) {
        const err5 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "structure" }, message: "must have required property 'structure'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.pathway === void 0) {
        const err6 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "pathway" }, message: "must have required property 'pathway'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.reReferral === void 0) {
        const err7 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "reReferral" }, message: "must have required property 'reReferral'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.workforce === void 0) {
        const err8 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "workforce" }, message: "must have required property 'workforce'" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.stress === void 0) {
        const err9 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "stress" }, message: "must have required property 'stress'" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.morale === void 0) {
        const err10 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "morale" }, message: "must have required property 'morale'" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.turnover === void 0) {
        const err11 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "turnover" }, message: "must have required property 'turnover'" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.absence === void 0) {
        const err12 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "absence" }, message: "must have required property 'absence'" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.recruitment === void 0) {
        const err13 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "recruitment" }, message: "must have required property 'recruitment'" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.agency === void 0) {
        const err14 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "agency" }, message: "must have required property 'agency'" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data.overtime === void 0) {
        const err15 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "overtime" }, message: "must have required property 'overtime'" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data.allocation === void 0) {
        const err16 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "allocation" }, message: "must have required property 'allocation'" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data.costs === void 0) {
        const err17 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "costs" }, message: "must have required property 'costs'" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data.interventions === void 0) {
        const err18 = { instancePath, schemaPath: "#/definitions/complete/required", keyword: "required", params: { missingProperty: "interventions" }, message: "must have required property 'interventions'" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data.run !== void 0) {
        let data0 = data.run;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.seed === void 0) {
            const err19 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/complete/properties/run/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data0.years === void 0) {
            const err20 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/complete/properties/run/required", keyword: "required", params: { missingProperty: "years" }, message: "must have required property 'years'" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data0.warmupWeeks === void 0) {
            const err21 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/complete/properties/run/required", keyword: "required", params: { missingProperty: "warmupWeeks" }, message: "must have required property 'warmupWeeks'" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/complete/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.demand !== void 0) {
        let data1 = data.demand;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.contactsPerWeek === void 0) {
            const err23 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "contactsPerWeek" }, message: "must have required property 'contactsPerWeek'" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (data1.referralShareOfContacts === void 0) {
            const err24 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "referralShareOfContacts" }, message: "must have required property 'referralShareOfContacts'" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (data1.thresholdResponse === void 0) {
            const err25 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "thresholdResponse" }, message: "must have required property 'thresholdResponse'" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (data1.caseloadResponse === void 0) {
            const err26 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "caseloadResponse" }, message: "must have required property 'caseloadResponse'" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (data1.referenceCaseload === void 0) {
            const err27 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "referenceCaseload" }, message: "must have required property 'referenceCaseload'" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (data1.seasonalAmplitude === void 0) {
            const err28 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "seasonalAmplitude" }, message: "must have required property 'seasonalAmplitude'" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (data1.seasonalPeakWeek === void 0) {
            const err29 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "seasonalPeakWeek" }, message: "must have required property 'seasonalPeakWeek'" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (data1.frontDoorHoursPerContact === void 0) {
            const err30 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/required", keyword: "required", params: { missingProperty: "frontDoorHoursPerContact" }, message: "must have required property 'frontDoorHoursPerContact'" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        } else {
          const err31 = { instancePath: instancePath + "/demand", schemaPath: "#/definitions/complete/properties/demand/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.structure !== void 0) {
        let data2 = data.structure;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.design === void 0) {
            const err32 = { instancePath: instancePath + "/structure", schemaPath: "#/definitions/complete/properties/structure/required", keyword: "required", params: { missingProperty: "design" }, message: "must have required property 'design'" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (data2.teams === void 0) {
            const err33 = { instancePath: instancePath + "/structure", schemaPath: "#/definitions/complete/properties/structure/required", keyword: "required", params: { missingProperty: "teams" }, message: "must have required property 'teams'" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (data2.transfers === void 0) {
            const err34 = { instancePath: instancePath + "/structure", schemaPath: "#/definitions/complete/properties/structure/required", keyword: "required", params: { missingProperty: "transfers" }, message: "must have required property 'transfers'" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        } else {
          const err35 = { instancePath: instancePath + "/structure", schemaPath: "#/definitions/complete/properties/structure/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      if (data.pathway !== void 0) {
        let data3 = data.pathway;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          if (data3.noFurtherActionShare === void 0) {
            const err36 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "noFurtherActionShare" }, message: "must have required property 'noFurtherActionShare'" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data3.assessmentOutcomes === void 0) {
            const err37 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "assessmentOutcomes" }, message: "must have required property 'assessmentOutcomes'" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data3.durations === void 0) {
            const err38 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "durations" }, message: "must have required property 'durations'" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data3.cpStepDownShare === void 0) {
            const err39 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "cpStepDownShare" }, message: "must have required property 'cpStepDownShare'" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data3.cinEscalationPerYear === void 0) {
            const err40 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "cinEscalationPerYear" }, message: "must have required property 'cinEscalationPerYear'" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data3.careOverrunLimit === void 0) {
            const err41 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "careOverrunLimit" }, message: "must have required property 'careOverrunLimit'" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data3.cpToCarePerYear === void 0) {
            const err42 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "cpToCarePerYear" }, message: "must have required property 'cpToCarePerYear'" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (data3.ageStartingCare === void 0) {
            const err43 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "ageStartingCare" }, message: "must have required property 'ageStartingCare'" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data3.ageAtReferral === void 0) {
            const err44 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "ageAtReferral" }, message: "must have required property 'ageAtReferral'" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data3.caseWeights === void 0) {
            const err45 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "caseWeights" }, message: "must have required property 'caseWeights'" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data3.progressLostPerChangeWeeks === void 0) {
            const err46 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/required", keyword: "required", params: { missingProperty: "progressLostPerChangeWeeks" }, message: "must have required property 'progressLostPerChangeWeeks'" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (data3.assessmentOutcomes !== void 0) {
            let data4 = data3.assessmentOutcomes;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.notInNeed === void 0) {
                const err47 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/definitions/complete/properties/pathway/properties/assessmentOutcomes/required", keyword: "required", params: { missingProperty: "notInNeed" }, message: "must have required property 'notInNeed'" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (data4.childInNeed === void 0) {
                const err48 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/definitions/complete/properties/pathway/properties/assessmentOutcomes/required", keyword: "required", params: { missingProperty: "childInNeed" }, message: "must have required property 'childInNeed'" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (data4.childProtection === void 0) {
                const err49 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/definitions/complete/properties/pathway/properties/assessmentOutcomes/required", keyword: "required", params: { missingProperty: "childProtection" }, message: "must have required property 'childProtection'" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (data4.lookedAfter === void 0) {
                const err50 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/definitions/complete/properties/pathway/properties/assessmentOutcomes/required", keyword: "required", params: { missingProperty: "lookedAfter" }, message: "must have required property 'lookedAfter'" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            } else {
              const err51 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/definitions/complete/properties/pathway/properties/assessmentOutcomes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data3.durations !== void 0) {
            let data5 = data3.durations;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.assessment === void 0) {
                const err52 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/definitions/complete/properties/pathway/properties/durations/required", keyword: "required", params: { missingProperty: "assessment" }, message: "must have required property 'assessment'" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (data5.childInNeed === void 0) {
                const err53 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/definitions/complete/properties/pathway/properties/durations/required", keyword: "required", params: { missingProperty: "childInNeed" }, message: "must have required property 'childInNeed'" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (data5.childProtection === void 0) {
                const err54 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/definitions/complete/properties/pathway/properties/durations/required", keyword: "required", params: { missingProperty: "childProtection" }, message: "must have required property 'childProtection'" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (data5.lookedAfter === void 0) {
                const err55 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/definitions/complete/properties/pathway/properties/durations/required", keyword: "required", params: { missingProperty: "lookedAfter" }, message: "must have required property 'lookedAfter'" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            } else {
              const err56 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/definitions/complete/properties/pathway/properties/durations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data3.caseWeights !== void 0) {
            let data6 = data3.caseWeights;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.assessment === void 0) {
                const err57 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/definitions/complete/properties/pathway/properties/caseWeights/required", keyword: "required", params: { missingProperty: "assessment" }, message: "must have required property 'assessment'" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (data6.childInNeed === void 0) {
                const err58 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/definitions/complete/properties/pathway/properties/caseWeights/required", keyword: "required", params: { missingProperty: "childInNeed" }, message: "must have required property 'childInNeed'" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (data6.childProtection === void 0) {
                const err59 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/definitions/complete/properties/pathway/properties/caseWeights/required", keyword: "required", params: { missingProperty: "childProtection" }, message: "must have required property 'childProtection'" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (data6.lookedAfter === void 0) {
                const err60 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/definitions/complete/properties/pathway/properties/caseWeights/required", keyword: "required", params: { missingProperty: "lookedAfter" }, message: "must have required property 'lookedAfter'" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            } else {
              const err61 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/definitions/complete/properties/pathway/properties/caseWeights/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
          if (data3.progressLostPerChangeWeeks !== void 0) {
            let data7 = data3.progressLostPerChangeWeeks;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.min === void 0) {
                const err62 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks", schemaPath: "#/definitions/complete/properties/pathway/properties/progressLostPerChangeWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (data7.max === void 0) {
                const err63 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks", schemaPath: "#/definitions/complete/properties/pathway/properties/progressLostPerChangeWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            } else {
              const err64 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks", schemaPath: "#/definitions/complete/properties/pathway/properties/progressLostPerChangeWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        } else {
          const err65 = { instancePath: instancePath + "/pathway", schemaPath: "#/definitions/complete/properties/pathway/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
      if (data.reReferral !== void 0) {
        let data8 = data.reReferral;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (data8.baseProbability === void 0) {
            const err66 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "baseProbability" }, message: "must have required property 'baseProbability'" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (data8.noServiceProbability === void 0) {
            const err67 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "noServiceProbability" }, message: "must have required property 'noServiceProbability'" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (data8.driftEffectPer26Weeks === void 0) {
            const err68 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "driftEffectPer26Weeks" }, message: "must have required property 'driftEffectPer26Weeks'" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (data8.changeEffect === void 0) {
            const err69 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "changeEffect" }, message: "must have required property 'changeEffect'" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (data8.meanDelayWeeks === void 0) {
            const err70 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "meanDelayWeeks" }, message: "must have required property 'meanDelayWeeks'" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (data8.maxDelayWeeks === void 0) {
            const err71 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/required", keyword: "required", params: { missingProperty: "maxDelayWeeks" }, message: "must have required property 'maxDelayWeeks'" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        } else {
          const err72 = { instancePath: instancePath + "/reReferral", schemaPath: "#/definitions/complete/properties/reReferral/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      if (data.workforce !== void 0) {
        let data9 = data.workforce;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          if (data9.establishment === void 0) {
            const err73 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "establishment" }, message: "must have required property 'establishment'" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (data9.initialVacancyRate === void 0) {
            const err74 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "initialVacancyRate" }, message: "must have required property 'initialVacancyRate'" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (data9.initialTurnoverRate === void 0) {
            const err75 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "initialTurnoverRate" }, message: "must have required property 'initialTurnoverRate'" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (data9.initialChangesPerYear === void 0) {
            const err76 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "initialChangesPerYear" }, message: "must have required property 'initialChangesPerYear'" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (data9.partTimeShare === void 0) {
            const err77 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "partTimeShare" }, message: "must have required property 'partTimeShare'" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (data9.partTimeFte === void 0) {
            const err78 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "partTimeFte" }, message: "must have required property 'partTimeFte'" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (data9.contractedHours === void 0) {
            const err79 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "contractedHours" }, message: "must have required property 'contractedHours'" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (data9.capacityPerFte === void 0) {
            const err80 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "capacityPerFte" }, message: "must have required property 'capacityPerFte'" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (data9.nqCaseloadProtection === void 0) {
            const err81 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "nqCaseloadProtection" }, message: "must have required property 'nqCaseloadProtection'" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (data9.nqProtectionWeeks === void 0) {
            const err82 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "nqProtectionWeeks" }, message: "must have required property 'nqProtectionWeeks'" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (data9.inductionWeeks === void 0) {
            const err83 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "inductionWeeks" }, message: "must have required property 'inductionWeeks'" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (data9.inductionCapacity === void 0) {
            const err84 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "inductionCapacity" }, message: "must have required property 'inductionCapacity'" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (data9.internalMovesPerYear === void 0) {
            const err85 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "internalMovesPerYear" }, message: "must have required property 'internalMovesPerYear'" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (data9.workloadVariation === void 0) {
            const err86 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "workloadVariation" }, message: "must have required property 'workloadVariation'" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (data9.workloadSpellWeeks === void 0) {
            const err87 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/required", keyword: "required", params: { missingProperty: "workloadSpellWeeks" }, message: "must have required property 'workloadSpellWeeks'" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          if (data9.establishment !== void 0) {
            let data10 = data9.establishment;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.assessment === void 0) {
                const err88 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/definitions/complete/properties/workforce/properties/establishment/required", keyword: "required", params: { missingProperty: "assessment" }, message: "must have required property 'assessment'" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (data10.longTerm === void 0) {
                const err89 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/definitions/complete/properties/workforce/properties/establishment/required", keyword: "required", params: { missingProperty: "longTerm" }, message: "must have required property 'longTerm'" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              if (data10.inCare === void 0) {
                const err90 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/definitions/complete/properties/workforce/properties/establishment/required", keyword: "required", params: { missingProperty: "inCare" }, message: "must have required property 'inCare'" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (data10.nonCaseHolding === void 0) {
                const err91 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/definitions/complete/properties/workforce/properties/establishment/required", keyword: "required", params: { missingProperty: "nonCaseHolding" }, message: "must have required property 'nonCaseHolding'" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            } else {
              const err92 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/definitions/complete/properties/workforce/properties/establishment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        } else {
          const err93 = { instancePath: instancePath + "/workforce", schemaPath: "#/definitions/complete/properties/workforce/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
      }
      if (data.stress !== void 0) {
        let data11 = data.stress;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (data11.gainPerOvertimeHour === void 0) {
            const err94 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "gainPerOvertimeHour" }, message: "must have required property 'gainPerOvertimeHour'" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          if (data11.gainFromBacklog === void 0) {
            const err95 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "gainFromBacklog" }, message: "must have required property 'gainFromBacklog'" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          if (data11.recoveryPerWeek === void 0) {
            const err96 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "recoveryPerWeek" }, message: "must have required property 'recoveryPerWeek'" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          if (data11.flexibleWorking === void 0) {
            const err97 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "flexibleWorking" }, message: "must have required property 'flexibleWorking'" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          if (data11.flexibleWorkingReduction === void 0) {
            const err98 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "flexibleWorkingReduction" }, message: "must have required property 'flexibleWorkingReduction'" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (data11.supervisionRatio === void 0) {
            const err99 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "supervisionRatio" }, message: "must have required property 'supervisionRatio'" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data11.supervisionReferenceRatio === void 0) {
            const err100 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "supervisionReferenceRatio" }, message: "must have required property 'supervisionReferenceRatio'" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (data11.supervisionEffect === void 0) {
            const err101 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/required", keyword: "required", params: { missingProperty: "supervisionEffect" }, message: "must have required property 'supervisionEffect'" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        } else {
          const err102 = { instancePath: instancePath + "/stress", schemaPath: "#/definitions/complete/properties/stress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
      }
      if (data.morale !== void 0) {
        let data12 = data.morale;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          if (data12.dropPerLeaverShare === void 0) {
            const err103 = { instancePath: instancePath + "/morale", schemaPath: "#/definitions/complete/properties/morale/required", keyword: "required", params: { missingProperty: "dropPerLeaverShare" }, message: "must have required property 'dropPerLeaverShare'" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          if (data12.vacancyEffect === void 0) {
            const err104 = { instancePath: instancePath + "/morale", schemaPath: "#/definitions/complete/properties/morale/required", keyword: "required", params: { missingProperty: "vacancyEffect" }, message: "must have required property 'vacancyEffect'" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (data12.recoveryPerWeek === void 0) {
            const err105 = { instancePath: instancePath + "/morale", schemaPath: "#/definitions/complete/properties/morale/required", keyword: "required", params: { missingProperty: "recoveryPerWeek" }, message: "must have required property 'recoveryPerWeek'" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        } else {
          const err106 = { instancePath: instancePath + "/morale", schemaPath: "#/definitions/complete/properties/morale/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
      }
      if (data.turnover !== void 0) {
        let data13 = data.turnover;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
          if (data13.baseAnnualRate === void 0) {
            const err107 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "baseAnnualRate" }, message: "must have required property 'baseAnnualRate'" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          if (data13.stressMultiplier === void 0) {
            const err108 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "stressMultiplier" }, message: "must have required property 'stressMultiplier'" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          if (data13.moraleMultiplier === void 0) {
            const err109 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "moraleMultiplier" }, message: "must have required property 'moraleMultiplier'" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          if (data13.earlyTenureMultiplier === void 0) {
            const err110 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "earlyTenureMultiplier" }, message: "must have required property 'earlyTenureMultiplier'" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          if (data13.earlyTenureYears === void 0) {
            const err111 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "earlyTenureYears" }, message: "must have required property 'earlyTenureYears'" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          if (data13.propensitySpread === void 0) {
            const err112 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "propensitySpread" }, message: "must have required property 'propensitySpread'" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (data13.maxServiceYears === void 0) {
            const err113 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "maxServiceYears" }, message: "must have required property 'maxServiceYears'" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
          if (data13.noticeWeeks === void 0) {
            const err114 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "noticeWeeks" }, message: "must have required property 'noticeWeeks'" };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (data13.destinations === void 0) {
            const err115 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/required", keyword: "required", params: { missingProperty: "destinations" }, message: "must have required property 'destinations'" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          if (data13.destinations !== void 0) {
            let data14 = data13.destinations;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
              if (data14.otherAuthority === void 0) {
                const err116 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/definitions/complete/properties/turnover/properties/destinations/required", keyword: "required", params: { missingProperty: "otherAuthority" }, message: "must have required property 'otherAuthority'" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
              if (data14.agency === void 0) {
                const err117 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/definitions/complete/properties/turnover/properties/destinations/required", keyword: "required", params: { missingProperty: "agency" }, message: "must have required property 'agency'" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
              if (data14.outOfSector === void 0) {
                const err118 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/definitions/complete/properties/turnover/properties/destinations/required", keyword: "required", params: { missingProperty: "outOfSector" }, message: "must have required property 'outOfSector'" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            } else {
              const err119 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/definitions/complete/properties/turnover/properties/destinations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          }
        } else {
          const err120 = { instancePath: instancePath + "/turnover", schemaPath: "#/definitions/complete/properties/turnover/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err120];
          } else {
            vErrors.push(err120);
          }
          errors++;
        }
      }
      if (data.absence !== void 0) {
        let data15 = data.absence;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          if (data15.baseRate === void 0) {
            const err121 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "baseRate" }, message: "must have required property 'baseRate'" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (data15.stressEffect === void 0) {
            const err122 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "stressEffect" }, message: "must have required property 'stressEffect'" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          if (data15.longShare === void 0) {
            const err123 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "longShare" }, message: "must have required property 'longShare'" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
          if (data15.shortWeeks === void 0) {
            const err124 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "shortWeeks" }, message: "must have required property 'shortWeeks'" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (data15.longWeeks === void 0) {
            const err125 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "longWeeks" }, message: "must have required property 'longWeeks'" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
          if (data15.cover === void 0) {
            const err126 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "cover" }, message: "must have required property 'cover'" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          if (data15.dutyCoverProgress === void 0) {
            const err127 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "dutyCoverProgress" }, message: "must have required property 'dutyCoverProgress'" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          if (data15.reallocateAfterWeeks === void 0) {
            const err128 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "reallocateAfterWeeks" }, message: "must have required property 'reallocateAfterWeeks'" };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          if (data15.reallocateIfExpectedWeeks === void 0) {
            const err129 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/required", keyword: "required", params: { missingProperty: "reallocateIfExpectedWeeks" }, message: "must have required property 'reallocateIfExpectedWeeks'" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
          if (data15.shortWeeks !== void 0) {
            let data16 = data15.shortWeeks;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              if (data16.min === void 0) {
                const err130 = { instancePath: instancePath + "/absence/shortWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/shortWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
              if (data16.max === void 0) {
                const err131 = { instancePath: instancePath + "/absence/shortWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/shortWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            } else {
              const err132 = { instancePath: instancePath + "/absence/shortWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/shortWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          }
          if (data15.longWeeks !== void 0) {
            let data17 = data15.longWeeks;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.min === void 0) {
                const err133 = { instancePath: instancePath + "/absence/longWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/longWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
              if (data17.max === void 0) {
                const err134 = { instancePath: instancePath + "/absence/longWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/longWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            } else {
              const err135 = { instancePath: instancePath + "/absence/longWeeks", schemaPath: "#/definitions/complete/properties/absence/properties/longWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          }
        } else {
          const err136 = { instancePath: instancePath + "/absence", schemaPath: "#/definitions/complete/properties/absence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err136];
          } else {
            vErrors.push(err136);
          }
          errors++;
        }
      }
      if (data.recruitment !== void 0) {
        let data18 = data.recruitment;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
          if (data18.enabled === void 0) {
            const err137 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          if (data18.timeToHireWeeks === void 0) {
            const err138 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "timeToHireWeeks" }, message: "must have required property 'timeToHireWeeks'" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
          if (data18.successProbability === void 0) {
            const err139 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "successProbability" }, message: "must have required property 'successProbability'" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          if (data18.attractiveness === void 0) {
            const err140 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "attractiveness" }, message: "must have required property 'attractiveness'" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
          if (data18.flexibleWorkingBonus === void 0) {
            const err141 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "flexibleWorkingBonus" }, message: "must have required property 'flexibleWorkingBonus'" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
          if (data18.inadequateRating === void 0) {
            const err142 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "inadequateRating" }, message: "must have required property 'inadequateRating'" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
          if (data18.inadequatePenalty === void 0) {
            const err143 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "inadequatePenalty" }, message: "must have required property 'inadequatePenalty'" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
          if (data18.overseasShare === void 0) {
            const err144 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "overseasShare" }, message: "must have required property 'overseasShare'" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
          if (data18.overseasLeadWeeks === void 0) {
            const err145 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "overseasLeadWeeks" }, message: "must have required property 'overseasLeadWeeks'" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
          if (data18.overseasInductionWeeks === void 0) {
            const err146 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "overseasInductionWeeks" }, message: "must have required property 'overseasInductionWeeks'" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (data18.priorExperienceYears === void 0) {
            const err147 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "priorExperienceYears" }, message: "must have required property 'priorExperienceYears'" };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
          if (data18.nqIntakeWeek === void 0) {
            const err148 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "nqIntakeWeek" }, message: "must have required property 'nqIntakeWeek'" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
          if (data18.nqIntakePerYear === void 0) {
            const err149 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "nqIntakePerYear" }, message: "must have required property 'nqIntakePerYear'" };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (data18.nqLeavingMultiplier === void 0) {
            const err150 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/required", keyword: "required", params: { missingProperty: "nqLeavingMultiplier" }, message: "must have required property 'nqLeavingMultiplier'" };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
          if (data18.timeToHireWeeks !== void 0) {
            let data19 = data18.timeToHireWeeks;
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              if (data19.min === void 0) {
                const err151 = { instancePath: instancePath + "/recruitment/timeToHireWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/timeToHireWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (data19.max === void 0) {
                const err152 = { instancePath: instancePath + "/recruitment/timeToHireWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/timeToHireWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            } else {
              const err153 = { instancePath: instancePath + "/recruitment/timeToHireWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/timeToHireWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
          }
          if (data18.overseasLeadWeeks !== void 0) {
            let data20 = data18.overseasLeadWeeks;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
              if (data20.min === void 0) {
                const err154 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/overseasLeadWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
              if (data20.max === void 0) {
                const err155 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/overseasLeadWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            } else {
              const err156 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks", schemaPath: "#/definitions/complete/properties/recruitment/properties/overseasLeadWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
          }
          if (data18.priorExperienceYears !== void 0) {
            let data21 = data18.priorExperienceYears;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
              if (data21.min === void 0) {
                const err157 = { instancePath: instancePath + "/recruitment/priorExperienceYears", schemaPath: "#/definitions/complete/properties/recruitment/properties/priorExperienceYears/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
              if (data21.max === void 0) {
                const err158 = { instancePath: instancePath + "/recruitment/priorExperienceYears", schemaPath: "#/definitions/complete/properties/recruitment/properties/priorExperienceYears/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            } else {
              const err159 = { instancePath: instancePath + "/recruitment/priorExperienceYears", schemaPath: "#/definitions/complete/properties/recruitment/properties/priorExperienceYears/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          }
        } else {
          const err160 = { instancePath: instancePath + "/recruitment", schemaPath: "#/definitions/complete/properties/recruitment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err160];
          } else {
            vErrors.push(err160);
          }
          errors++;
        }
      }
      if (data.agency !== void 0) {
        let data22 = data.agency;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
          if (data22.allowed === void 0) {
            const err161 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          if (data22.fillDelayWeeks === void 0) {
            const err162 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "fillDelayWeeks" }, message: "must have required property 'fillDelayWeeks'" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
          if (data22.maxShareOfVacancies === void 0) {
            const err163 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "maxShareOfVacancies" }, message: "must have required property 'maxShareOfVacancies'" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
          if (data22.supplyPerWeek === void 0) {
            const err164 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "supplyPerWeek" }, message: "must have required property 'supplyPerWeek'" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
          if (data22.poolLeavingPerWeek === void 0) {
            const err165 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "poolLeavingPerWeek" }, message: "must have required property 'poolLeavingPerWeek'" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
          if (data22.premium === void 0) {
            const err166 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "premium" }, message: "must have required property 'premium'" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
          if (data22.assignmentWeeks === void 0) {
            const err167 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "assignmentWeeks" }, message: "must have required property 'assignmentWeeks'" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
          if (data22.renewalProbability === void 0) {
            const err168 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "renewalProbability" }, message: "must have required property 'renewalProbability'" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (data22.conversionProbability === void 0) {
            const err169 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "conversionProbability" }, message: "must have required property 'conversionProbability'" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
          if (data22.annualLeavingRate === void 0) {
            const err170 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "annualLeavingRate" }, message: "must have required property 'annualLeavingRate'" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          if (data22.noticeWeeks === void 0) {
            const err171 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "noticeWeeks" }, message: "must have required property 'noticeWeeks'" };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
          if (data22.payCap === void 0) {
            const err172 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "payCap" }, message: "must have required property 'payCap'" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
          if (data22.rules2024 === void 0) {
            const err173 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/required", keyword: "required", params: { missingProperty: "rules2024" }, message: "must have required property 'rules2024'" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
          if (data22.assignmentWeeks !== void 0) {
            let data23 = data22.assignmentWeeks;
            if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
              if (data23.min === void 0) {
                const err174 = { instancePath: instancePath + "/agency/assignmentWeeks", schemaPath: "#/definitions/complete/properties/agency/properties/assignmentWeeks/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (data23.max === void 0) {
                const err175 = { instancePath: instancePath + "/agency/assignmentWeeks", schemaPath: "#/definitions/complete/properties/agency/properties/assignmentWeeks/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            } else {
              const err176 = { instancePath: instancePath + "/agency/assignmentWeeks", schemaPath: "#/definitions/complete/properties/agency/properties/assignmentWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
          }
          if (data22.payCap !== void 0) {
            let data24 = data22.payCap;
            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
              if (data24.enabled === void 0) {
                const err177 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/definitions/complete/properties/agency/properties/payCap/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
              if (data24.premium === void 0) {
                const err178 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/definitions/complete/properties/agency/properties/payCap/required", keyword: "required", params: { missingProperty: "premium" }, message: "must have required property 'premium'" };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
              if (data24.supplyFactor === void 0) {
                const err179 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/definitions/complete/properties/agency/properties/payCap/required", keyword: "required", params: { missingProperty: "supplyFactor" }, message: "must have required property 'supplyFactor'" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            } else {
              const err180 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/definitions/complete/properties/agency/properties/payCap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
          }
          if (data22.rules2024 !== void 0) {
            let data25 = data22.rules2024;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              if (data25.alignNoticeWithPermanent === void 0) {
                const err181 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "alignNoticeWithPermanent" }, message: "must have required property 'alignNoticeWithPermanent'" };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
              if (data25.requireExperience === void 0) {
                const err182 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "requireExperience" }, message: "must have required property 'requireExperience'" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
              if (data25.experienceSupplyFactor === void 0) {
                const err183 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "experienceSupplyFactor" }, message: "must have required property 'experienceSupplyFactor'" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
              if (data25.noLocalLocumWeeks === void 0) {
                const err184 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "noLocalLocumWeeks" }, message: "must have required property 'noLocalLocumWeeks'" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
              if (data25.experienceYears === void 0) {
                const err185 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "experienceYears" }, message: "must have required property 'experienceYears'" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
              if (data25.barredChoice === void 0) {
                const err186 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "barredChoice" }, message: "must have required property 'barredChoice'" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
              if (data25.coolOffChoice === void 0) {
                const err187 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "coolOffChoice" }, message: "must have required property 'coolOffChoice'" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
              if (data25.restrictedConversionProbability === void 0) {
                const err188 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/required", keyword: "required", params: { missingProperty: "restrictedConversionProbability" }, message: "must have required property 'restrictedConversionProbability'" };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
              if (data25.barredChoice !== void 0) {
                let data26 = data25.barredChoice;
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                  if (data26.stay === void 0) {
                    const err189 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/barredChoice/required", keyword: "required", params: { missingProperty: "stay" }, message: "must have required property 'stay'" };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                  if (data26.otherAuthority === void 0) {
                    const err190 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/barredChoice/required", keyword: "required", params: { missingProperty: "otherAuthority" }, message: "must have required property 'otherAuthority'" };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                  if (data26.outOfSector === void 0) {
                    const err191 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/barredChoice/required", keyword: "required", params: { missingProperty: "outOfSector" }, message: "must have required property 'outOfSector'" };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                } else {
                  const err192 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/barredChoice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              }
              if (data25.coolOffChoice !== void 0) {
                let data27 = data25.coolOffChoice;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  if (data27.wait === void 0) {
                    const err193 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/coolOffChoice/required", keyword: "required", params: { missingProperty: "wait" }, message: "must have required property 'wait'" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                  if (data27.furtherAfield === void 0) {
                    const err194 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/coolOffChoice/required", keyword: "required", params: { missingProperty: "furtherAfield" }, message: "must have required property 'furtherAfield'" };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                  if (data27.permanentPost === void 0) {
                    const err195 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/coolOffChoice/required", keyword: "required", params: { missingProperty: "permanentPost" }, message: "must have required property 'permanentPost'" };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                } else {
                  const err196 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/properties/coolOffChoice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
              }
            } else {
              const err197 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/definitions/complete/properties/agency/properties/rules2024/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
          }
        } else {
          const err198 = { instancePath: instancePath + "/agency", schemaPath: "#/definitions/complete/properties/agency/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err198];
          } else {
            vErrors.push(err198);
          }
          errors++;
        }
      }
      if (data.overtime !== void 0) {
        let data28 = data.overtime;
        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
          if (data28.policy === void 0) {
            const err199 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'" };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
          if (data28.maxHoursPerWeek === void 0) {
            const err200 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "maxHoursPerWeek" }, message: "must have required property 'maxHoursPerWeek'" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
          if (data28.paidRateMultiplier === void 0) {
            const err201 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "paidRateMultiplier" }, message: "must have required property 'paidRateMultiplier'" };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
          if (data28.excessiveHoursThreshold === void 0) {
            const err202 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "excessiveHoursThreshold" }, message: "must have required property 'excessiveHoursThreshold'" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          if (data28.fullOutputHours === void 0) {
            const err203 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "fullOutputHours" }, message: "must have required property 'fullOutputHours'" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
          if (data28.noExtraOutputHours === void 0) {
            const err204 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/required", keyword: "required", params: { missingProperty: "noExtraOutputHours" }, message: "must have required property 'noExtraOutputHours'" };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        } else {
          const err205 = { instancePath: instancePath + "/overtime", schemaPath: "#/definitions/complete/properties/overtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err205];
          } else {
            vErrors.push(err205);
          }
          errors++;
        }
      }
      if (data.allocation !== void 0) {
        let data29 = data.allocation;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
          if (data29.policy === void 0) {
            const err206 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
          if (data29.caseloadCap === void 0) {
            const err207 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "caseloadCap" }, message: "must have required property 'caseloadCap'" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
          if (data29.heldByManager === void 0) {
            const err208 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "heldByManager" }, message: "must have required property 'heldByManager'" };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
          if (data29.heldCaseProgress === void 0) {
            const err209 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "heldCaseProgress" }, message: "must have required property 'heldCaseProgress'" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
          if (data29.childRequestPerYear === void 0) {
            const err210 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "childRequestPerYear" }, message: "must have required property 'childRequestPerYear'" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
          if (data29.withdrawnPerYear === void 0) {
            const err211 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "withdrawnPerYear" }, message: "must have required property 'withdrawnPerYear'" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
          if (data29.rebalancing === void 0) {
            const err212 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/required", keyword: "required", params: { missingProperty: "rebalancing" }, message: "must have required property 'rebalancing'" };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
          if (data29.rebalancing !== void 0) {
            let data30 = data29.rebalancing;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
              if (data30.enabled === void 0) {
                const err213 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
              if (data30.overloadThreshold === void 0) {
                const err214 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "overloadThreshold" }, message: "must have required property 'overloadThreshold'" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
              if (data30.reviewEveryWeeks === void 0) {
                const err215 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "reviewEveryWeeks" }, message: "must have required property 'reviewEveryWeeks'" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
              if (data30.reviewTolerance === void 0) {
                const err216 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "reviewTolerance" }, message: "must have required property 'reviewTolerance'" };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
              if (data30.newStarterShare === void 0) {
                const err217 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "newStarterShare" }, message: "must have required property 'newStarterShare'" };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
              if (data30.agencyStarterShare === void 0) {
                const err218 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "agencyStarterShare" }, message: "must have required property 'agencyStarterShare'" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (data30.maxMovesPerWeek === void 0) {
                const err219 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/required", keyword: "required", params: { missingProperty: "maxMovesPerWeek" }, message: "must have required property 'maxMovesPerWeek'" };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            } else {
              const err220 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/definitions/complete/properties/allocation/properties/rebalancing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err220];
              } else {
                vErrors.push(err220);
              }
              errors++;
            }
          }
        } else {
          const err221 = { instancePath: instancePath + "/allocation", schemaPath: "#/definitions/complete/properties/allocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
      }
      if (data.costs !== void 0) {
        let data31 = data.costs;
        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
          if (data31.permanentSalary === void 0) {
            const err222 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/required", keyword: "required", params: { missingProperty: "permanentSalary" }, message: "must have required property 'permanentSalary'" };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
          if (data31.nqSalary === void 0) {
            const err223 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/required", keyword: "required", params: { missingProperty: "nqSalary" }, message: "must have required property 'nqSalary'" };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
          if (data31.recruitmentCostPerHire === void 0) {
            const err224 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/required", keyword: "required", params: { missingProperty: "recruitmentCostPerHire" }, message: "must have required property 'recruitmentCostPerHire'" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
          if (data31.overseasCostPerHire === void 0) {
            const err225 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/required", keyword: "required", params: { missingProperty: "overseasCostPerHire" }, message: "must have required property 'overseasCostPerHire'" };
            if (vErrors === null) {
              vErrors = [err225];
            } else {
              vErrors.push(err225);
            }
            errors++;
          }
          if (data31.annualBudget === void 0) {
            const err226 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/required", keyword: "required", params: { missingProperty: "annualBudget" }, message: "must have required property 'annualBudget'" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        } else {
          const err227 = { instancePath: instancePath + "/costs", schemaPath: "#/definitions/complete/properties/costs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err227];
          } else {
            vErrors.push(err227);
          }
          errors++;
        }
      }
    } else {
      const err228 = { instancePath, schemaPath: "#/definitions/complete/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err228];
      } else {
        vErrors.push(err228);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err229 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema' };
    if (vErrors === null) {
      vErrors = [err229];
    } else {
      vErrors.push(err229);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err230 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err230];
        } else {
          vErrors.push(err230);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data32 = data.$schema;
      if (typeof data32 === "string") {
        if (func3(data32) > 1e3) {
          const err231 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err231];
          } else {
            vErrors.push(err231);
          }
          errors++;
        }
      } else {
        const err232 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err232];
        } else {
          vErrors.push(err232);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data33 = data.extends;
      if (typeof data33 === "string") {
        if (func3(data33) > 1e3) {
          const err233 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err233];
          } else {
            vErrors.push(err233);
          }
          errors++;
        }
        if (func3(data33) < 1) {
          const err234 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err234];
          } else {
            vErrors.push(err234);
          }
          errors++;
        }
      } else {
        const err235 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data34 = data.name;
      if (typeof data34 === "string") {
        if (func3(data34) > 200) {
          const err236 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err236];
          } else {
            vErrors.push(err236);
          }
          errors++;
        }
        if (func3(data34) < 1) {
          const err237 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err237];
          } else {
            vErrors.push(err237);
          }
          errors++;
        }
      } else {
        const err238 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err238];
        } else {
          vErrors.push(err238);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data35 = data.description;
      if (typeof data35 === "string") {
        if (func3(data35) > 5e3) {
          const err239 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 5e3 }, message: "must NOT have more than 5000 characters" };
          if (vErrors === null) {
            vErrors = [err239];
          } else {
            vErrors.push(err239);
          }
          errors++;
        }
      } else {
        const err240 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err240];
        } else {
          vErrors.push(err240);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data36 = data.notes;
      if (typeof data36 === "string") {
        if (func3(data36) > 2e4) {
          const err241 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
          if (vErrors === null) {
            vErrors = [err241];
          } else {
            vErrors.push(err241);
          }
          errors++;
        }
      } else {
        const err242 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err242];
        } else {
          vErrors.push(err242);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data37 = data.sources;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (Object.keys(data37).length > 2e3) {
          const err243 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/maxProperties", keyword: "maxProperties", params: { limit: 2e3 }, message: "must NOT have more than 2000 properties" };
          if (vErrors === null) {
            vErrors = [err243];
          } else {
            vErrors.push(err243);
          }
          errors++;
        }
        for (const key1 in data37) {
          let data38 = data37[key1];
          if (typeof data38 === "string") {
            if (func3(data38) > 2e3) {
              const err244 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err244];
              } else {
                vErrors.push(err244);
              }
              errors++;
            }
            if (func3(data38) < 1) {
              const err245 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err245];
              } else {
                vErrors.push(err245);
              }
              errors++;
            }
          } else {
            const err246 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err246];
            } else {
              vErrors.push(err246);
            }
            errors++;
          }
        }
      } else {
        const err247 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err247];
        } else {
          vErrors.push(err247);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data39 = data.run;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key2 in data39) {
          if (!(key2 === "seed" || key2 === "years" || key2 === "warmupWeeks")) {
            const err248 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
        }
        if (data39.seed !== void 0) {
          let data40 = data39.seed;
          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
            const err249 = { instancePath: instancePath + "/run/seed", schemaPath: "#/properties/run/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 > 4294967295 || isNaN(data40)) {
              const err250 = { instancePath: instancePath + "/run/seed", schemaPath: "#/properties/run/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
            if (data40 < 0 || isNaN(data40)) {
              const err251 = { instancePath: instancePath + "/run/seed", schemaPath: "#/properties/run/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
          }
        }
        if (data39.years !== void 0) {
          let data41 = data39.years;
          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
            const err252 = { instancePath: instancePath + "/run/years", schemaPath: "#/properties/run/properties/years/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err252];
            } else {
              vErrors.push(err252);
            }
            errors++;
          }
          if (typeof data41 == "number" && isFinite(data41)) {
            if (data41 > 20 || isNaN(data41)) {
              const err253 = { instancePath: instancePath + "/run/years", schemaPath: "#/properties/run/properties/years/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err253];
              } else {
                vErrors.push(err253);
              }
              errors++;
            }
            if (data41 < 1 || isNaN(data41)) {
              const err254 = { instancePath: instancePath + "/run/years", schemaPath: "#/properties/run/properties/years/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err254];
              } else {
                vErrors.push(err254);
              }
              errors++;
            }
          }
        }
        if (data39.warmupWeeks !== void 0) {
          let data42 = data39.warmupWeeks;
          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
            const err255 = { instancePath: instancePath + "/run/warmupWeeks", schemaPath: "#/properties/run/properties/warmupWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 > 1040 || isNaN(data42)) {
              const err256 = { instancePath: instancePath + "/run/warmupWeeks", schemaPath: "#/properties/run/properties/warmupWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors++;
            }
            if (data42 < 0 || isNaN(data42)) {
              const err257 = { instancePath: instancePath + "/run/warmupWeeks", schemaPath: "#/properties/run/properties/warmupWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
          }
        }
      } else {
        const err258 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err258];
        } else {
          vErrors.push(err258);
        }
        errors++;
      }
    }
    if (data.demand !== void 0) {
      let data43 = data.demand;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key3 in data43) {
          if (!(key3 === "contactsPerWeek" || key3 === "referralShareOfContacts" || key3 === "thresholdResponse" || key3 === "caseloadResponse" || key3 === "referenceCaseload" || key3 === "seasonalAmplitude" || key3 === "seasonalPeakWeek" || key3 === "frontDoorHoursPerContact")) {
            const err259 = { instancePath: instancePath + "/demand", schemaPath: "#/properties/demand/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        if (data43.contactsPerWeek !== void 0) {
          let data44 = data43.contactsPerWeek;
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 > 1e6 || isNaN(data44)) {
              const err260 = { instancePath: instancePath + "/demand/contactsPerWeek", schemaPath: "#/properties/demand/properties/contactsPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
              if (vErrors === null) {
                vErrors = [err260];
              } else {
                vErrors.push(err260);
              }
              errors++;
            }
            if (data44 < 0 || isNaN(data44)) {
              const err261 = { instancePath: instancePath + "/demand/contactsPerWeek", schemaPath: "#/properties/demand/properties/contactsPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err261];
              } else {
                vErrors.push(err261);
              }
              errors++;
            }
          } else {
            const err262 = { instancePath: instancePath + "/demand/contactsPerWeek", schemaPath: "#/properties/demand/properties/contactsPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data43.referralShareOfContacts !== void 0) {
          let data45 = data43.referralShareOfContacts;
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 > 1 || isNaN(data45)) {
              const err263 = { instancePath: instancePath + "/demand/referralShareOfContacts", schemaPath: "#/properties/demand/properties/referralShareOfContacts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err263];
              } else {
                vErrors.push(err263);
              }
              errors++;
            }
            if (data45 < 0 || isNaN(data45)) {
              const err264 = { instancePath: instancePath + "/demand/referralShareOfContacts", schemaPath: "#/properties/demand/properties/referralShareOfContacts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          } else {
            const err265 = { instancePath: instancePath + "/demand/referralShareOfContacts", schemaPath: "#/properties/demand/properties/referralShareOfContacts/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data43.thresholdResponse !== void 0) {
          let data46 = data43.thresholdResponse;
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 > 5 || isNaN(data46)) {
              const err266 = { instancePath: instancePath + "/demand/thresholdResponse", schemaPath: "#/properties/demand/properties/thresholdResponse/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
            if (data46 < 0 || isNaN(data46)) {
              const err267 = { instancePath: instancePath + "/demand/thresholdResponse", schemaPath: "#/properties/demand/properties/thresholdResponse/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
          } else {
            const err268 = { instancePath: instancePath + "/demand/thresholdResponse", schemaPath: "#/properties/demand/properties/thresholdResponse/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err268];
            } else {
              vErrors.push(err268);
            }
            errors++;
          }
        }
        if (data43.caseloadResponse !== void 0) {
          let data47 = data43.caseloadResponse;
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 > 20 || isNaN(data47)) {
              const err269 = { instancePath: instancePath + "/demand/caseloadResponse", schemaPath: "#/properties/demand/properties/caseloadResponse/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
            if (data47 < 0 || isNaN(data47)) {
              const err270 = { instancePath: instancePath + "/demand/caseloadResponse", schemaPath: "#/properties/demand/properties/caseloadResponse/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors++;
            }
          } else {
            const err271 = { instancePath: instancePath + "/demand/caseloadResponse", schemaPath: "#/properties/demand/properties/caseloadResponse/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err271];
            } else {
              vErrors.push(err271);
            }
            errors++;
          }
        }
        if (data43.referenceCaseload !== void 0) {
          let data48 = data43.referenceCaseload;
          if (typeof data48 == "number" && isFinite(data48)) {
            if (data48 > 100 || isNaN(data48)) {
              const err272 = { instancePath: instancePath + "/demand/referenceCaseload", schemaPath: "#/properties/demand/properties/referenceCaseload/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err272];
              } else {
                vErrors.push(err272);
              }
              errors++;
            }
            if (data48 <= 0 || isNaN(data48)) {
              const err273 = { instancePath: instancePath + "/demand/referenceCaseload", schemaPath: "#/properties/demand/properties/referenceCaseload/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err273];
              } else {
                vErrors.push(err273);
              }
              errors++;
            }
          } else {
            const err274 = { instancePath: instancePath + "/demand/referenceCaseload", schemaPath: "#/properties/demand/properties/referenceCaseload/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err274];
            } else {
              vErrors.push(err274);
            }
            errors++;
          }
        }
        if (data43.seasonalAmplitude !== void 0) {
          let data49 = data43.seasonalAmplitude;
          if (typeof data49 == "number" && isFinite(data49)) {
            if (data49 > 1 || isNaN(data49)) {
              const err275 = { instancePath: instancePath + "/demand/seasonalAmplitude", schemaPath: "#/properties/demand/properties/seasonalAmplitude/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err275];
              } else {
                vErrors.push(err275);
              }
              errors++;
            }
            if (data49 < 0 || isNaN(data49)) {
              const err276 = { instancePath: instancePath + "/demand/seasonalAmplitude", schemaPath: "#/properties/demand/properties/seasonalAmplitude/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors++;
            }
          } else {
            const err277 = { instancePath: instancePath + "/demand/seasonalAmplitude", schemaPath: "#/properties/demand/properties/seasonalAmplitude/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err277];
            } else {
              vErrors.push(err277);
            }
            errors++;
          }
        }
        if (data43.seasonalPeakWeek !== void 0) {
          let data50 = data43.seasonalPeakWeek;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
            const err278 = { instancePath: instancePath + "/demand/seasonalPeakWeek", schemaPath: "#/properties/demand/properties/seasonalPeakWeek/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 > 51 || isNaN(data50)) {
              const err279 = { instancePath: instancePath + "/demand/seasonalPeakWeek", schemaPath: "#/properties/demand/properties/seasonalPeakWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 51 }, message: "must be <= 51" };
              if (vErrors === null) {
                vErrors = [err279];
              } else {
                vErrors.push(err279);
              }
              errors++;
            }
            if (data50 < 0 || isNaN(data50)) {
              const err280 = { instancePath: instancePath + "/demand/seasonalPeakWeek", schemaPath: "#/properties/demand/properties/seasonalPeakWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err280];
              } else {
                vErrors.push(err280);
              }
              errors++;
            }
          }
        }
        if (data43.frontDoorHoursPerContact !== void 0) {
          let data51 = data43.frontDoorHoursPerContact;
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 > 40 || isNaN(data51)) {
              const err281 = { instancePath: instancePath + "/demand/frontDoorHoursPerContact", schemaPath: "#/properties/demand/properties/frontDoorHoursPerContact/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
            }
            if (data51 < 0 || isNaN(data51)) {
              const err282 = { instancePath: instancePath + "/demand/frontDoorHoursPerContact", schemaPath: "#/properties/demand/properties/frontDoorHoursPerContact/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err282];
              } else {
                vErrors.push(err282);
              }
              errors++;
            }
          } else {
            const err283 = { instancePath: instancePath + "/demand/frontDoorHoursPerContact", schemaPath: "#/properties/demand/properties/frontDoorHoursPerContact/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
        }
      } else {
        const err284 = { instancePath: instancePath + "/demand", schemaPath: "#/properties/demand/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err284];
        } else {
          vErrors.push(err284);
        }
        errors++;
      }
    }
    if (data.structure !== void 0) {
      let data52 = data.structure;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        for (const key4 in data52) {
          if (!(key4 === "design" || key4 === "teams" || key4 === "transfers")) {
            const err285 = { instancePath: instancePath + "/structure", schemaPath: "#/properties/structure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err285];
            } else {
              vErrors.push(err285);
            }
            errors++;
          }
        }
        if (data52.design !== void 0) {
          let data53 = data52.design;
          if (typeof data53 === "string") {
            if (func3(data53) > 120) {
              const err286 = { instancePath: instancePath + "/structure/design", schemaPath: "#/properties/structure/properties/design/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
              if (vErrors === null) {
                vErrors = [err286];
              } else {
                vErrors.push(err286);
              }
              errors++;
            }
            if (func3(data53) < 1) {
              const err287 = { instancePath: instancePath + "/structure/design", schemaPath: "#/properties/structure/properties/design/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err287];
              } else {
                vErrors.push(err287);
              }
              errors++;
            }
          } else {
            const err288 = { instancePath: instancePath + "/structure/design", schemaPath: "#/properties/structure/properties/design/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err288];
            } else {
              vErrors.push(err288);
            }
            errors++;
          }
        }
        if (data52.teams !== void 0) {
          let data54 = data52.teams;
          if (Array.isArray(data54)) {
            if (data54.length > 12) {
              const err289 = { instancePath: instancePath + "/structure/teams", schemaPath: "#/properties/structure/properties/teams/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items" };
              if (vErrors === null) {
                vErrors = [err289];
              } else {
                vErrors.push(err289);
              }
              errors++;
            }
            if (data54.length < 1) {
              const err290 = { instancePath: instancePath + "/structure/teams", schemaPath: "#/properties/structure/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err290];
              } else {
                vErrors.push(err290);
              }
              errors++;
            }
            const len0 = data54.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data55 = data54[i0];
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                if (data55.name === void 0) {
                  const err291 = { instancePath: instancePath + "/structure/teams/" + i0, schemaPath: "#/properties/structure/properties/teams/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
                if (data55.label === void 0) {
                  const err292 = { instancePath: instancePath + "/structure/teams/" + i0, schemaPath: "#/properties/structure/properties/teams/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
                  if (vErrors === null) {
                    vErrors = [err292];
                  } else {
                    vErrors.push(err292);
                  }
                  errors++;
                }
                if (data55.holds === void 0) {
                  const err293 = { instancePath: instancePath + "/structure/teams/" + i0, schemaPath: "#/properties/structure/properties/teams/items/required", keyword: "required", params: { missingProperty: "holds" }, message: "must have required property 'holds'" };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
                for (const key5 in data55) {
                  if (!(key5 === "name" || key5 === "label" || key5 === "holds" || key5 === "takesShare" || key5 === "planLengthFactor")) {
                    const err294 = { instancePath: instancePath + "/structure/teams/" + i0, schemaPath: "#/properties/structure/properties/teams/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err294];
                    } else {
                      vErrors.push(err294);
                    }
                    errors++;
                  }
                }
                if (data55.name !== void 0) {
                  let data56 = data55.name;
                  if (typeof data56 === "string") {
                    if (!pattern0.test(data56)) {
                      const err295 = { instancePath: instancePath + "/structure/teams/" + i0 + "/name", schemaPath: "#/properties/structure/properties/teams/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]{0,39}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]{0,39}$"' };
                      if (vErrors === null) {
                        vErrors = [err295];
                      } else {
                        vErrors.push(err295);
                      }
                      errors++;
                    }
                  } else {
                    const err296 = { instancePath: instancePath + "/structure/teams/" + i0 + "/name", schemaPath: "#/properties/structure/properties/teams/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err296];
                    } else {
                      vErrors.push(err296);
                    }
                    errors++;
                  }
                }
                if (data55.label !== void 0) {
                  let data57 = data55.label;
                  if (typeof data57 === "string") {
                    if (func3(data57) > 80) {
                      const err297 = { instancePath: instancePath + "/structure/teams/" + i0 + "/label", schemaPath: "#/properties/structure/properties/teams/items/properties/label/maxLength", keyword: "maxLength", params: { limit: 80 }, message: "must NOT have more than 80 characters" };
                      if (vErrors === null) {
                        vErrors = [err297];
                      } else {
                        vErrors.push(err297);
                      }
                      errors++;
                    }
                    if (func3(data57) < 1) {
                      const err298 = { instancePath: instancePath + "/structure/teams/" + i0 + "/label", schemaPath: "#/properties/structure/properties/teams/items/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err298];
                      } else {
                        vErrors.push(err298);
                      }
                      errors++;
                    }
                  } else {
                    const err299 = { instancePath: instancePath + "/structure/teams/" + i0 + "/label", schemaPath: "#/properties/structure/properties/teams/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err299];
                    } else {
                      vErrors.push(err299);
                    }
                    errors++;
                  }
                }
                if (data55.holds !== void 0) {
                  let data58 = data55.holds;
                  if (Array.isArray(data58)) {
                    if (data58.length > 4) {
                      const err300 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds", schemaPath: "#/properties/structure/properties/teams/items/properties/holds/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                      if (vErrors === null) {
                        vErrors = [err300];
                      } else {
                        vErrors.push(err300);
                      }
                      errors++;
                    }
                    if (data58.length < 1) {
                      const err301 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds", schemaPath: "#/properties/structure/properties/teams/items/properties/holds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err301];
                      } else {
                        vErrors.push(err301);
                      }
                      errors++;
                    }
                    const len1 = data58.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data59 = data58[i1];
                      if (typeof data59 !== "string") {
                        const err302 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds/" + i1, schemaPath: "#/properties/structure/properties/teams/items/properties/holds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err302];
                        } else {
                          vErrors.push(err302);
                        }
                        errors++;
                      }
                      if (!(data59 === "assessment" || data59 === "childInNeed" || data59 === "childProtection" || data59 === "lookedAfter")) {
                        const err303 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds/" + i1, schemaPath: "#/properties/structure/properties/teams/items/properties/holds/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.structure.properties.teams.items.properties.holds.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err303];
                        } else {
                          vErrors.push(err303);
                        }
                        errors++;
                      }
                    }
                    let i2 = data58.length;
                    let j0;
                    if (i2 > 1) {
                      const indices0 = {};
                      for (; i2--; ) {
                        let item0 = data58[i2];
                        if (typeof item0 !== "string") {
                          continue;
                        }
                        if (typeof indices0[item0] == "number") {
                          j0 = indices0[item0];
                          const err304 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds", schemaPath: "#/properties/structure/properties/teams/items/properties/holds/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err304];
                          } else {
                            vErrors.push(err304);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i2;
                      }
                    }
                  } else {
                    const err305 = { instancePath: instancePath + "/structure/teams/" + i0 + "/holds", schemaPath: "#/properties/structure/properties/teams/items/properties/holds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err305];
                    } else {
                      vErrors.push(err305);
                    }
                    errors++;
                  }
                }
                if (data55.takesShare !== void 0) {
                  let data60 = data55.takesShare;
                  if (typeof data60 == "number" && isFinite(data60)) {
                    if (data60 > 1 || isNaN(data60)) {
                      const err306 = { instancePath: instancePath + "/structure/teams/" + i0 + "/takesShare", schemaPath: "#/properties/structure/properties/teams/items/properties/takesShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err306];
                      } else {
                        vErrors.push(err306);
                      }
                      errors++;
                    }
                    if (data60 < 0 || isNaN(data60)) {
                      const err307 = { instancePath: instancePath + "/structure/teams/" + i0 + "/takesShare", schemaPath: "#/properties/structure/properties/teams/items/properties/takesShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err307];
                      } else {
                        vErrors.push(err307);
                      }
                      errors++;
                    }
                  } else {
                    const err308 = { instancePath: instancePath + "/structure/teams/" + i0 + "/takesShare", schemaPath: "#/properties/structure/properties/teams/items/properties/takesShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err308];
                    } else {
                      vErrors.push(err308);
                    }
                    errors++;
                  }
                }
                if (data55.planLengthFactor !== void 0) {
                  let data61 = data55.planLengthFactor;
                  if (typeof data61 == "number" && isFinite(data61)) {
                    if (data61 > 10 || isNaN(data61)) {
                      const err309 = { instancePath: instancePath + "/structure/teams/" + i0 + "/planLengthFactor", schemaPath: "#/properties/structure/properties/teams/items/properties/planLengthFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                      if (vErrors === null) {
                        vErrors = [err309];
                      } else {
                        vErrors.push(err309);
                      }
                      errors++;
                    }
                    if (data61 <= 0 || isNaN(data61)) {
                      const err310 = { instancePath: instancePath + "/structure/teams/" + i0 + "/planLengthFactor", schemaPath: "#/properties/structure/properties/teams/items/properties/planLengthFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err310];
                      } else {
                        vErrors.push(err310);
                      }
                      errors++;
                    }
                  } else {
                    const err311 = { instancePath: instancePath + "/structure/teams/" + i0 + "/planLengthFactor", schemaPath: "#/properties/structure/properties/teams/items/properties/planLengthFactor/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err311];
                    } else {
                      vErrors.push(err311);
                    }
                    errors++;
                  }
                }
              } else {
                const err312 = { instancePath: instancePath + "/structure/teams/" + i0, schemaPath: "#/properties/structure/properties/teams/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            }
          } else {
            const err313 = { instancePath: instancePath + "/structure/teams", schemaPath: "#/properties/structure/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err313];
            } else {
              vErrors.push(err313);
            }
            errors++;
          }
        }
        if (data52.transfers !== void 0) {
          let data62 = data52.transfers;
          if (Array.isArray(data62)) {
            if (data62.length > 32) {
              const err314 = { instancePath: instancePath + "/structure/transfers", schemaPath: "#/properties/structure/properties/transfers/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items" };
              if (vErrors === null) {
                vErrors = [err314];
              } else {
                vErrors.push(err314);
              }
              errors++;
            }
            const len2 = data62.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data63 = data62[i3];
              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                if (data63.from === void 0) {
                  const err315 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
                if (data63.to === void 0) {
                  const err316 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
                  if (vErrors === null) {
                    vErrors = [err316];
                  } else {
                    vErrors.push(err316);
                  }
                  errors++;
                }
                if (data63.stage === void 0) {
                  const err317 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
                if (data63.probability === void 0) {
                  const err318 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "probability" }, message: "must have required property 'probability'" };
                  if (vErrors === null) {
                    vErrors = [err318];
                  } else {
                    vErrors.push(err318);
                  }
                  errors++;
                }
                if (data63.workerFollows === void 0) {
                  const err319 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "workerFollows" }, message: "must have required property 'workerFollows'" };
                  if (vErrors === null) {
                    vErrors = [err319];
                  } else {
                    vErrors.push(err319);
                  }
                  errors++;
                }
                if (data63.cause === void 0) {
                  const err320 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
                for (const key6 in data63) {
                  if (!(key6 === "from" || key6 === "to" || key6 === "stage" || key6 === "afterWeeks" || key6 === "atAge" || key6 === "probability" || key6 === "workerFollows" || key6 === "cause")) {
                    const err321 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err321];
                    } else {
                      vErrors.push(err321);
                    }
                    errors++;
                  }
                }
                if (data63.from !== void 0) {
                  let data64 = data63.from;
                  if (typeof data64 === "string") {
                    if (func3(data64) > 40) {
                      const err322 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/from", schemaPath: "#/properties/structure/properties/transfers/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                      if (vErrors === null) {
                        vErrors = [err322];
                      } else {
                        vErrors.push(err322);
                      }
                      errors++;
                    }
                  } else {
                    const err323 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/from", schemaPath: "#/properties/structure/properties/transfers/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err323];
                    } else {
                      vErrors.push(err323);
                    }
                    errors++;
                  }
                }
                if (data63.to !== void 0) {
                  let data65 = data63.to;
                  if (typeof data65 === "string") {
                    if (func3(data65) > 40) {
                      const err324 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/to", schemaPath: "#/properties/structure/properties/transfers/items/properties/to/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                      if (vErrors === null) {
                        vErrors = [err324];
                      } else {
                        vErrors.push(err324);
                      }
                      errors++;
                    }
                  } else {
                    const err325 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/to", schemaPath: "#/properties/structure/properties/transfers/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err325];
                    } else {
                      vErrors.push(err325);
                    }
                    errors++;
                  }
                }
                if (data63.stage !== void 0) {
                  let data66 = data63.stage;
                  if (typeof data66 !== "string") {
                    const err326 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/stage", schemaPath: "#/properties/structure/properties/transfers/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err326];
                    } else {
                      vErrors.push(err326);
                    }
                    errors++;
                  }
                  if (!(data66 === "assessment" || data66 === "childInNeed" || data66 === "childProtection" || data66 === "lookedAfter")) {
                    const err327 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/stage", schemaPath: "#/properties/structure/properties/transfers/items/properties/stage/enum", keyword: "enum", params: { allowedValues: schema11.properties.structure.properties.transfers.items.properties.stage.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err327];
                    } else {
                      vErrors.push(err327);
                    }
                    errors++;
                  }
                }
                if (data63.afterWeeks !== void 0) {
                  let data67 = data63.afterWeeks;
                  if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
                    const err328 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/afterWeeks", schemaPath: "#/properties/structure/properties/transfers/items/properties/afterWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err328];
                    } else {
                      vErrors.push(err328);
                    }
                    errors++;
                  }
                  if (typeof data67 == "number" && isFinite(data67)) {
                    if (data67 > 1040 || isNaN(data67)) {
                      const err329 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/afterWeeks", schemaPath: "#/properties/structure/properties/transfers/items/properties/afterWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
                      if (vErrors === null) {
                        vErrors = [err329];
                      } else {
                        vErrors.push(err329);
                      }
                      errors++;
                    }
                    if (data67 < 1 || isNaN(data67)) {
                      const err330 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/afterWeeks", schemaPath: "#/properties/structure/properties/transfers/items/properties/afterWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err330];
                      } else {
                        vErrors.push(err330);
                      }
                      errors++;
                    }
                  }
                }
                if (data63.atAge !== void 0) {
                  let data68 = data63.atAge;
                  if (typeof data68 == "number" && isFinite(data68)) {
                    if (data68 < 0 || isNaN(data68)) {
                      const err331 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/atAge", schemaPath: "#/properties/structure/properties/transfers/items/properties/atAge/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err331];
                      } else {
                        vErrors.push(err331);
                      }
                      errors++;
                    }
                    if (data68 >= 18 || isNaN(data68)) {
                      const err332 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/atAge", schemaPath: "#/properties/structure/properties/transfers/items/properties/atAge/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 18 }, message: "must be < 18" };
                      if (vErrors === null) {
                        vErrors = [err332];
                      } else {
                        vErrors.push(err332);
                      }
                      errors++;
                    }
                  } else {
                    const err333 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/atAge", schemaPath: "#/properties/structure/properties/transfers/items/properties/atAge/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
                if (data63.probability !== void 0) {
                  let data69 = data63.probability;
                  if (typeof data69 == "number" && isFinite(data69)) {
                    if (data69 > 1 || isNaN(data69)) {
                      const err334 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/probability", schemaPath: "#/properties/structure/properties/transfers/items/properties/probability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err334];
                      } else {
                        vErrors.push(err334);
                      }
                      errors++;
                    }
                    if (data69 < 0 || isNaN(data69)) {
                      const err335 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/probability", schemaPath: "#/properties/structure/properties/transfers/items/properties/probability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err335];
                      } else {
                        vErrors.push(err335);
                      }
                      errors++;
                    }
                  } else {
                    const err336 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/probability", schemaPath: "#/properties/structure/properties/transfers/items/properties/probability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err336];
                    } else {
                      vErrors.push(err336);
                    }
                    errors++;
                  }
                }
                if (data63.workerFollows !== void 0) {
                  let data70 = data63.workerFollows;
                  if (typeof data70 == "number" && isFinite(data70)) {
                    if (data70 > 1 || isNaN(data70)) {
                      const err337 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/workerFollows", schemaPath: "#/properties/structure/properties/transfers/items/properties/workerFollows/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err337];
                      } else {
                        vErrors.push(err337);
                      }
                      errors++;
                    }
                    if (data70 < 0 || isNaN(data70)) {
                      const err338 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/workerFollows", schemaPath: "#/properties/structure/properties/transfers/items/properties/workerFollows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err338];
                      } else {
                        vErrors.push(err338);
                      }
                      errors++;
                    }
                  } else {
                    const err339 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/workerFollows", schemaPath: "#/properties/structure/properties/transfers/items/properties/workerFollows/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err339];
                    } else {
                      vErrors.push(err339);
                    }
                    errors++;
                  }
                }
                if (data63.cause !== void 0) {
                  let data71 = data63.cause;
                  if (typeof data71 !== "string") {
                    const err340 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/cause", schemaPath: "#/properties/structure/properties/transfers/items/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err340];
                    } else {
                      vErrors.push(err340);
                    }
                    errors++;
                  }
                  if (!(data71 === "court" || data71 === "permanence" || data71 === "leavingCare" || data71 === "teamTransfer")) {
                    const err341 = { instancePath: instancePath + "/structure/transfers/" + i3 + "/cause", schemaPath: "#/properties/structure/properties/transfers/items/properties/cause/enum", keyword: "enum", params: { allowedValues: schema11.properties.structure.properties.transfers.items.properties.cause.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err341];
                    } else {
                      vErrors.push(err341);
                    }
                    errors++;
                  }
                }
              } else {
                const err342 = { instancePath: instancePath + "/structure/transfers/" + i3, schemaPath: "#/properties/structure/properties/transfers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            }
          } else {
            const err343 = { instancePath: instancePath + "/structure/transfers", schemaPath: "#/properties/structure/properties/transfers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err343];
            } else {
              vErrors.push(err343);
            }
            errors++;
          }
        }
      } else {
        const err344 = { instancePath: instancePath + "/structure", schemaPath: "#/properties/structure/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err344];
        } else {
          vErrors.push(err344);
        }
        errors++;
      }
    }
    if (data.pathway !== void 0) {
      let data72 = data.pathway;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        for (const key7 in data72) {
          if (!func2.call(schema11.properties.pathway.properties, key7)) {
            const err345 = { instancePath: instancePath + "/pathway", schemaPath: "#/properties/pathway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
        }
        if (data72.noFurtherActionShare !== void 0) {
          let data73 = data72.noFurtherActionShare;
          if (typeof data73 == "number" && isFinite(data73)) {
            if (data73 > 1 || isNaN(data73)) {
              const err346 = { instancePath: instancePath + "/pathway/noFurtherActionShare", schemaPath: "#/properties/pathway/properties/noFurtherActionShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err346];
              } else {
                vErrors.push(err346);
              }
              errors++;
            }
            if (data73 < 0 || isNaN(data73)) {
              const err347 = { instancePath: instancePath + "/pathway/noFurtherActionShare", schemaPath: "#/properties/pathway/properties/noFurtherActionShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err347];
              } else {
                vErrors.push(err347);
              }
              errors++;
            }
          } else {
            const err348 = { instancePath: instancePath + "/pathway/noFurtherActionShare", schemaPath: "#/properties/pathway/properties/noFurtherActionShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err348];
            } else {
              vErrors.push(err348);
            }
            errors++;
          }
        }
        if (data72.assessmentOutcomes !== void 0) {
          let data74 = data72.assessmentOutcomes;
          if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
            for (const key8 in data74) {
              if (!(key8 === "notInNeed" || key8 === "childInNeed" || key8 === "childProtection" || key8 === "lookedAfter")) {
                const err349 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err349];
                } else {
                  vErrors.push(err349);
                }
                errors++;
              }
            }
            if (data74.notInNeed !== void 0) {
              let data75 = data74.notInNeed;
              if (typeof data75 == "number" && isFinite(data75)) {
                if (data75 > 1 || isNaN(data75)) {
                  const err350 = { instancePath: instancePath + "/pathway/assessmentOutcomes/notInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/notInNeed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err350];
                  } else {
                    vErrors.push(err350);
                  }
                  errors++;
                }
                if (data75 < 0 || isNaN(data75)) {
                  const err351 = { instancePath: instancePath + "/pathway/assessmentOutcomes/notInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/notInNeed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err351];
                  } else {
                    vErrors.push(err351);
                  }
                  errors++;
                }
              } else {
                const err352 = { instancePath: instancePath + "/pathway/assessmentOutcomes/notInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/notInNeed/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err352];
                } else {
                  vErrors.push(err352);
                }
                errors++;
              }
            }
            if (data74.childInNeed !== void 0) {
              let data76 = data74.childInNeed;
              if (typeof data76 == "number" && isFinite(data76)) {
                if (data76 > 1 || isNaN(data76)) {
                  const err353 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childInNeed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err353];
                  } else {
                    vErrors.push(err353);
                  }
                  errors++;
                }
                if (data76 < 0 || isNaN(data76)) {
                  const err354 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childInNeed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err354];
                  } else {
                    vErrors.push(err354);
                  }
                  errors++;
                }
              } else {
                const err355 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childInNeed", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childInNeed/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err355];
                } else {
                  vErrors.push(err355);
                }
                errors++;
              }
            }
            if (data74.childProtection !== void 0) {
              let data77 = data74.childProtection;
              if (typeof data77 == "number" && isFinite(data77)) {
                if (data77 > 1 || isNaN(data77)) {
                  const err356 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childProtection", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childProtection/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err356];
                  } else {
                    vErrors.push(err356);
                  }
                  errors++;
                }
                if (data77 < 0 || isNaN(data77)) {
                  const err357 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childProtection", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childProtection/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err357];
                  } else {
                    vErrors.push(err357);
                  }
                  errors++;
                }
              } else {
                const err358 = { instancePath: instancePath + "/pathway/assessmentOutcomes/childProtection", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/childProtection/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err358];
                } else {
                  vErrors.push(err358);
                }
                errors++;
              }
            }
            if (data74.lookedAfter !== void 0) {
              let data78 = data74.lookedAfter;
              if (typeof data78 == "number" && isFinite(data78)) {
                if (data78 > 1 || isNaN(data78)) {
                  const err359 = { instancePath: instancePath + "/pathway/assessmentOutcomes/lookedAfter", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/lookedAfter/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err359];
                  } else {
                    vErrors.push(err359);
                  }
                  errors++;
                }
                if (data78 < 0 || isNaN(data78)) {
                  const err360 = { instancePath: instancePath + "/pathway/assessmentOutcomes/lookedAfter", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/lookedAfter/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err360];
                  } else {
                    vErrors.push(err360);
                  }
                  errors++;
                }
              } else {
                const err361 = { instancePath: instancePath + "/pathway/assessmentOutcomes/lookedAfter", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/properties/lookedAfter/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err361];
                } else {
                  vErrors.push(err361);
                }
                errors++;
              }
            }
          } else {
            const err362 = { instancePath: instancePath + "/pathway/assessmentOutcomes", schemaPath: "#/properties/pathway/properties/assessmentOutcomes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err362];
            } else {
              vErrors.push(err362);
            }
            errors++;
          }
        }
        if (data72.durations !== void 0) {
          let data79 = data72.durations;
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            for (const key9 in data79) {
              if (!(key9 === "assessment" || key9 === "childInNeed" || key9 === "childProtection" || key9 === "lookedAfter")) {
                const err363 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/properties/pathway/properties/durations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err363];
                } else {
                  vErrors.push(err363);
                }
                errors++;
              }
            }
            if (data79.assessment !== void 0) {
              let data80 = data79.assessment;
              if (Array.isArray(data80)) {
                if (data80.length > 50) {
                  const err364 = { instancePath: instancePath + "/pathway/durations/assessment", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err364];
                  } else {
                    vErrors.push(err364);
                  }
                  errors++;
                }
                if (data80.length < 1) {
                  const err365 = { instancePath: instancePath + "/pathway/durations/assessment", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err365];
                  } else {
                    vErrors.push(err365);
                  }
                  errors++;
                }
                const len3 = data80.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data81 = data80[i4];
                  if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                    if (data81.upToWeeks === void 0) {
                      const err366 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4, schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/required", keyword: "required", params: { missingProperty: "upToWeeks" }, message: "must have required property 'upToWeeks'" };
                      if (vErrors === null) {
                        vErrors = [err366];
                      } else {
                        vErrors.push(err366);
                      }
                      errors++;
                    }
                    if (data81.share === void 0) {
                      const err367 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4, schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                      if (vErrors === null) {
                        vErrors = [err367];
                      } else {
                        vErrors.push(err367);
                      }
                      errors++;
                    }
                    for (const key10 in data81) {
                      if (!(key10 === "upToWeeks" || key10 === "share")) {
                        const err368 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4, schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err368];
                        } else {
                          vErrors.push(err368);
                        }
                        errors++;
                      }
                    }
                    if (data81.upToWeeks !== void 0) {
                      let data82 = data81.upToWeeks;
                      if (typeof data82 == "number" && isFinite(data82)) {
                        if (data82 > 65 || isNaN(data82)) {
                          const err369 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/upToWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65 }, message: "must be <= 65" };
                          if (vErrors === null) {
                            vErrors = [err369];
                          } else {
                            vErrors.push(err369);
                          }
                          errors++;
                        }
                        if (data82 <= 0 || isNaN(data82)) {
                          const err370 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/upToWeeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                          if (vErrors === null) {
                            vErrors = [err370];
                          } else {
                            vErrors.push(err370);
                          }
                          errors++;
                        }
                      } else {
                        const err371 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/upToWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err371];
                        } else {
                          vErrors.push(err371);
                        }
                        errors++;
                      }
                    }
                    if (data81.share !== void 0) {
                      let data83 = data81.share;
                      if (typeof data83 == "number" && isFinite(data83)) {
                        if (data83 > 1 || isNaN(data83)) {
                          const err372 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err372];
                          } else {
                            vErrors.push(err372);
                          }
                          errors++;
                        }
                        if (data83 < 0 || isNaN(data83)) {
                          const err373 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err373];
                          } else {
                            vErrors.push(err373);
                          }
                          errors++;
                        }
                      } else {
                        const err374 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err374];
                        } else {
                          vErrors.push(err374);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err375 = { instancePath: instancePath + "/pathway/durations/assessment/" + i4, schemaPath: "#/properties/pathway/properties/durations/properties/assessment/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err375];
                    } else {
                      vErrors.push(err375);
                    }
                    errors++;
                  }
                }
              } else {
                const err376 = { instancePath: instancePath + "/pathway/durations/assessment", schemaPath: "#/properties/pathway/properties/durations/properties/assessment/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err376];
                } else {
                  vErrors.push(err376);
                }
                errors++;
              }
            }
            if (data79.childInNeed !== void 0) {
              let data84 = data79.childInNeed;
              if (Array.isArray(data84)) {
                if (data84.length > 50) {
                  const err377 = { instancePath: instancePath + "/pathway/durations/childInNeed", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err377];
                  } else {
                    vErrors.push(err377);
                  }
                  errors++;
                }
                if (data84.length < 1) {
                  const err378 = { instancePath: instancePath + "/pathway/durations/childInNeed", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err378];
                  } else {
                    vErrors.push(err378);
                  }
                  errors++;
                }
                const len4 = data84.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data85 = data84[i5];
                  if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                    if (data85.upToWeeks === void 0) {
                      const err379 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5, schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/required", keyword: "required", params: { missingProperty: "upToWeeks" }, message: "must have required property 'upToWeeks'" };
                      if (vErrors === null) {
                        vErrors = [err379];
                      } else {
                        vErrors.push(err379);
                      }
                      errors++;
                    }
                    if (data85.share === void 0) {
                      const err380 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5, schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                      if (vErrors === null) {
                        vErrors = [err380];
                      } else {
                        vErrors.push(err380);
                      }
                      errors++;
                    }
                    for (const key11 in data85) {
                      if (!(key11 === "upToWeeks" || key11 === "share")) {
                        const err381 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5, schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err381];
                        } else {
                          vErrors.push(err381);
                        }
                        errors++;
                      }
                    }
                    if (data85.upToWeeks !== void 0) {
                      let data86 = data85.upToWeeks;
                      if (typeof data86 == "number" && isFinite(data86)) {
                        if (data86 > 520 || isNaN(data86)) {
                          const err382 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/upToWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                          if (vErrors === null) {
                            vErrors = [err382];
                          } else {
                            vErrors.push(err382);
                          }
                          errors++;
                        }
                        if (data86 <= 0 || isNaN(data86)) {
                          const err383 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/upToWeeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                          if (vErrors === null) {
                            vErrors = [err383];
                          } else {
                            vErrors.push(err383);
                          }
                          errors++;
                        }
                      } else {
                        const err384 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/upToWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err384];
                        } else {
                          vErrors.push(err384);
                        }
                        errors++;
                      }
                    }
                    if (data85.share !== void 0) {
                      let data87 = data85.share;
                      if (typeof data87 == "number" && isFinite(data87)) {
                        if (data87 > 1 || isNaN(data87)) {
                          const err385 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err385];
                          } else {
                            vErrors.push(err385);
                          }
                          errors++;
                        }
                        if (data87 < 0 || isNaN(data87)) {
                          const err386 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err386];
                          } else {
                            vErrors.push(err386);
                          }
                          errors++;
                        }
                      } else {
                        const err387 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err387];
                        } else {
                          vErrors.push(err387);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err388 = { instancePath: instancePath + "/pathway/durations/childInNeed/" + i5, schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err388];
                    } else {
                      vErrors.push(err388);
                    }
                    errors++;
                  }
                }
              } else {
                const err389 = { instancePath: instancePath + "/pathway/durations/childInNeed", schemaPath: "#/properties/pathway/properties/durations/properties/childInNeed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err389];
                } else {
                  vErrors.push(err389);
                }
                errors++;
              }
            }
            if (data79.childProtection !== void 0) {
              let data88 = data79.childProtection;
              if (Array.isArray(data88)) {
                if (data88.length > 50) {
                  const err390 = { instancePath: instancePath + "/pathway/durations/childProtection", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err390];
                  } else {
                    vErrors.push(err390);
                  }
                  errors++;
                }
                if (data88.length < 1) {
                  const err391 = { instancePath: instancePath + "/pathway/durations/childProtection", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err391];
                  } else {
                    vErrors.push(err391);
                  }
                  errors++;
                }
                const len5 = data88.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data89 = data88[i6];
                  if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                    if (data89.upToWeeks === void 0) {
                      const err392 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6, schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/required", keyword: "required", params: { missingProperty: "upToWeeks" }, message: "must have required property 'upToWeeks'" };
                      if (vErrors === null) {
                        vErrors = [err392];
                      } else {
                        vErrors.push(err392);
                      }
                      errors++;
                    }
                    if (data89.share === void 0) {
                      const err393 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6, schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                      if (vErrors === null) {
                        vErrors = [err393];
                      } else {
                        vErrors.push(err393);
                      }
                      errors++;
                    }
                    for (const key12 in data89) {
                      if (!(key12 === "upToWeeks" || key12 === "share")) {
                        const err394 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6, schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err394];
                        } else {
                          vErrors.push(err394);
                        }
                        errors++;
                      }
                    }
                    if (data89.upToWeeks !== void 0) {
                      let data90 = data89.upToWeeks;
                      if (typeof data90 == "number" && isFinite(data90)) {
                        if (data90 > 520 || isNaN(data90)) {
                          const err395 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/upToWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                          if (vErrors === null) {
                            vErrors = [err395];
                          } else {
                            vErrors.push(err395);
                          }
                          errors++;
                        }
                        if (data90 <= 0 || isNaN(data90)) {
                          const err396 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/upToWeeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                          if (vErrors === null) {
                            vErrors = [err396];
                          } else {
                            vErrors.push(err396);
                          }
                          errors++;
                        }
                      } else {
                        const err397 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/upToWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err397];
                        } else {
                          vErrors.push(err397);
                        }
                        errors++;
                      }
                    }
                    if (data89.share !== void 0) {
                      let data91 = data89.share;
                      if (typeof data91 == "number" && isFinite(data91)) {
                        if (data91 > 1 || isNaN(data91)) {
                          const err398 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err398];
                          } else {
                            vErrors.push(err398);
                          }
                          errors++;
                        }
                        if (data91 < 0 || isNaN(data91)) {
                          const err399 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err399];
                          } else {
                            vErrors.push(err399);
                          }
                          errors++;
                        }
                      } else {
                        const err400 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err400];
                        } else {
                          vErrors.push(err400);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err401 = { instancePath: instancePath + "/pathway/durations/childProtection/" + i6, schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err401];
                    } else {
                      vErrors.push(err401);
                    }
                    errors++;
                  }
                }
              } else {
                const err402 = { instancePath: instancePath + "/pathway/durations/childProtection", schemaPath: "#/properties/pathway/properties/durations/properties/childProtection/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err402];
                } else {
                  vErrors.push(err402);
                }
                errors++;
              }
            }
            if (data79.lookedAfter !== void 0) {
              let data92 = data79.lookedAfter;
              if (Array.isArray(data92)) {
                if (data92.length > 50) {
                  const err403 = { instancePath: instancePath + "/pathway/durations/lookedAfter", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err403];
                  } else {
                    vErrors.push(err403);
                  }
                  errors++;
                }
                if (data92.length < 1) {
                  const err404 = { instancePath: instancePath + "/pathway/durations/lookedAfter", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err404];
                  } else {
                    vErrors.push(err404);
                  }
                  errors++;
                }
                const len6 = data92.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data93 = data92[i7];
                  if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                    if (data93.upToWeeks === void 0) {
                      const err405 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7, schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/required", keyword: "required", params: { missingProperty: "upToWeeks" }, message: "must have required property 'upToWeeks'" };
                      if (vErrors === null) {
                        vErrors = [err405];
                      } else {
                        vErrors.push(err405);
                      }
                      errors++;
                    }
                    if (data93.share === void 0) {
                      const err406 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7, schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                      if (vErrors === null) {
                        vErrors = [err406];
                      } else {
                        vErrors.push(err406);
                      }
                      errors++;
                    }
                    for (const key13 in data93) {
                      if (!(key13 === "upToWeeks" || key13 === "share")) {
                        const err407 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7, schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err407];
                        } else {
                          vErrors.push(err407);
                        }
                        errors++;
                      }
                    }
                    if (data93.upToWeeks !== void 0) {
                      let data94 = data93.upToWeeks;
                      if (typeof data94 == "number" && isFinite(data94)) {
                        if (data94 > 1040 || isNaN(data94)) {
                          const err408 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/upToWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
                          if (vErrors === null) {
                            vErrors = [err408];
                          } else {
                            vErrors.push(err408);
                          }
                          errors++;
                        }
                        if (data94 <= 0 || isNaN(data94)) {
                          const err409 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/upToWeeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                          if (vErrors === null) {
                            vErrors = [err409];
                          } else {
                            vErrors.push(err409);
                          }
                          errors++;
                        }
                      } else {
                        const err410 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/upToWeeks", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/upToWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err410];
                        } else {
                          vErrors.push(err410);
                        }
                        errors++;
                      }
                    }
                    if (data93.share !== void 0) {
                      let data95 = data93.share;
                      if (typeof data95 == "number" && isFinite(data95)) {
                        if (data95 > 1 || isNaN(data95)) {
                          const err411 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err411];
                          } else {
                            vErrors.push(err411);
                          }
                          errors++;
                        }
                        if (data95 < 0 || isNaN(data95)) {
                          const err412 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err412];
                          } else {
                            vErrors.push(err412);
                          }
                          errors++;
                        }
                      } else {
                        const err413 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7 + "/share", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err413];
                        } else {
                          vErrors.push(err413);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err414 = { instancePath: instancePath + "/pathway/durations/lookedAfter/" + i7, schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err414];
                    } else {
                      vErrors.push(err414);
                    }
                    errors++;
                  }
                }
              } else {
                const err415 = { instancePath: instancePath + "/pathway/durations/lookedAfter", schemaPath: "#/properties/pathway/properties/durations/properties/lookedAfter/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err415];
                } else {
                  vErrors.push(err415);
                }
                errors++;
              }
            }
          } else {
            const err416 = { instancePath: instancePath + "/pathway/durations", schemaPath: "#/properties/pathway/properties/durations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err416];
            } else {
              vErrors.push(err416);
            }
            errors++;
          }
        }
        if (data72.cpStepDownShare !== void 0) {
          let data96 = data72.cpStepDownShare;
          if (typeof data96 == "number" && isFinite(data96)) {
            if (data96 > 1 || isNaN(data96)) {
              const err417 = { instancePath: instancePath + "/pathway/cpStepDownShare", schemaPath: "#/properties/pathway/properties/cpStepDownShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err417];
              } else {
                vErrors.push(err417);
              }
              errors++;
            }
            if (data96 < 0 || isNaN(data96)) {
              const err418 = { instancePath: instancePath + "/pathway/cpStepDownShare", schemaPath: "#/properties/pathway/properties/cpStepDownShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err418];
              } else {
                vErrors.push(err418);
              }
              errors++;
            }
          } else {
            const err419 = { instancePath: instancePath + "/pathway/cpStepDownShare", schemaPath: "#/properties/pathway/properties/cpStepDownShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err419];
            } else {
              vErrors.push(err419);
            }
            errors++;
          }
        }
        if (data72.cinEscalationPerYear !== void 0) {
          let data97 = data72.cinEscalationPerYear;
          if (typeof data97 == "number" && isFinite(data97)) {
            if (data97 > 1 || isNaN(data97)) {
              const err420 = { instancePath: instancePath + "/pathway/cinEscalationPerYear", schemaPath: "#/properties/pathway/properties/cinEscalationPerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err420];
              } else {
                vErrors.push(err420);
              }
              errors++;
            }
            if (data97 < 0 || isNaN(data97)) {
              const err421 = { instancePath: instancePath + "/pathway/cinEscalationPerYear", schemaPath: "#/properties/pathway/properties/cinEscalationPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err421];
              } else {
                vErrors.push(err421);
              }
              errors++;
            }
          } else {
            const err422 = { instancePath: instancePath + "/pathway/cinEscalationPerYear", schemaPath: "#/properties/pathway/properties/cinEscalationPerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err422];
            } else {
              vErrors.push(err422);
            }
            errors++;
          }
        }
        if (data72.careOverrunLimit !== void 0) {
          let data98 = data72.careOverrunLimit;
          if (typeof data98 == "number" && isFinite(data98)) {
            if (data98 > 10 || isNaN(data98)) {
              const err423 = { instancePath: instancePath + "/pathway/careOverrunLimit", schemaPath: "#/properties/pathway/properties/careOverrunLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err423];
              } else {
                vErrors.push(err423);
              }
              errors++;
            }
            if (data98 < 0 || isNaN(data98)) {
              const err424 = { instancePath: instancePath + "/pathway/careOverrunLimit", schemaPath: "#/properties/pathway/properties/careOverrunLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err424];
              } else {
                vErrors.push(err424);
              }
              errors++;
            }
          } else {
            const err425 = { instancePath: instancePath + "/pathway/careOverrunLimit", schemaPath: "#/properties/pathway/properties/careOverrunLimit/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err425];
            } else {
              vErrors.push(err425);
            }
            errors++;
          }
        }
        if (data72.cpToCarePerYear !== void 0) {
          let data99 = data72.cpToCarePerYear;
          if (typeof data99 == "number" && isFinite(data99)) {
            if (data99 > 1 || isNaN(data99)) {
              const err426 = { instancePath: instancePath + "/pathway/cpToCarePerYear", schemaPath: "#/properties/pathway/properties/cpToCarePerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err426];
              } else {
                vErrors.push(err426);
              }
              errors++;
            }
            if (data99 < 0 || isNaN(data99)) {
              const err427 = { instancePath: instancePath + "/pathway/cpToCarePerYear", schemaPath: "#/properties/pathway/properties/cpToCarePerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err427];
              } else {
                vErrors.push(err427);
              }
              errors++;
            }
          } else {
            const err428 = { instancePath: instancePath + "/pathway/cpToCarePerYear", schemaPath: "#/properties/pathway/properties/cpToCarePerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err428];
            } else {
              vErrors.push(err428);
            }
            errors++;
          }
        }
        if (data72.ageStartingCare !== void 0) {
          let data100 = data72.ageStartingCare;
          if (Array.isArray(data100)) {
            if (data100.length > 20) {
              const err429 = { instancePath: instancePath + "/pathway/ageStartingCare", schemaPath: "#/properties/pathway/properties/ageStartingCare/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              if (vErrors === null) {
                vErrors = [err429];
              } else {
                vErrors.push(err429);
              }
              errors++;
            }
            if (data100.length < 1) {
              const err430 = { instancePath: instancePath + "/pathway/ageStartingCare", schemaPath: "#/properties/pathway/properties/ageStartingCare/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err430];
              } else {
                vErrors.push(err430);
              }
              errors++;
            }
            const len7 = data100.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data101 = data100[i8];
              if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                if (data101.underYears === void 0) {
                  const err431 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8, schemaPath: "#/properties/pathway/properties/ageStartingCare/items/required", keyword: "required", params: { missingProperty: "underYears" }, message: "must have required property 'underYears'" };
                  if (vErrors === null) {
                    vErrors = [err431];
                  } else {
                    vErrors.push(err431);
                  }
                  errors++;
                }
                if (data101.share === void 0) {
                  const err432 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8, schemaPath: "#/properties/pathway/properties/ageStartingCare/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                  if (vErrors === null) {
                    vErrors = [err432];
                  } else {
                    vErrors.push(err432);
                  }
                  errors++;
                }
                for (const key14 in data101) {
                  if (!(key14 === "underYears" || key14 === "share")) {
                    const err433 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8, schemaPath: "#/properties/pathway/properties/ageStartingCare/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err433];
                    } else {
                      vErrors.push(err433);
                    }
                    errors++;
                  }
                }
                if (data101.underYears !== void 0) {
                  let data102 = data101.underYears;
                  if (typeof data102 == "number" && isFinite(data102)) {
                    if (data102 > 25 || isNaN(data102)) {
                      const err434 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/underYears", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/underYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 25 }, message: "must be <= 25" };
                      if (vErrors === null) {
                        vErrors = [err434];
                      } else {
                        vErrors.push(err434);
                      }
                      errors++;
                    }
                    if (data102 <= 0 || isNaN(data102)) {
                      const err435 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/underYears", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/underYears/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err435];
                      } else {
                        vErrors.push(err435);
                      }
                      errors++;
                    }
                  } else {
                    const err436 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/underYears", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/underYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err436];
                    } else {
                      vErrors.push(err436);
                    }
                    errors++;
                  }
                }
                if (data101.share !== void 0) {
                  let data103 = data101.share;
                  if (typeof data103 == "number" && isFinite(data103)) {
                    if (data103 > 1 || isNaN(data103)) {
                      const err437 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/share", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err437];
                      } else {
                        vErrors.push(err437);
                      }
                      errors++;
                    }
                    if (data103 < 0 || isNaN(data103)) {
                      const err438 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/share", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err438];
                      } else {
                        vErrors.push(err438);
                      }
                      errors++;
                    }
                  } else {
                    const err439 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8 + "/share", schemaPath: "#/properties/pathway/properties/ageStartingCare/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err439];
                    } else {
                      vErrors.push(err439);
                    }
                    errors++;
                  }
                }
              } else {
                const err440 = { instancePath: instancePath + "/pathway/ageStartingCare/" + i8, schemaPath: "#/properties/pathway/properties/ageStartingCare/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err440];
                } else {
                  vErrors.push(err440);
                }
                errors++;
              }
            }
          } else {
            const err441 = { instancePath: instancePath + "/pathway/ageStartingCare", schemaPath: "#/properties/pathway/properties/ageStartingCare/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err441];
            } else {
              vErrors.push(err441);
            }
            errors++;
          }
        }
        if (data72.ageAtReferral !== void 0) {
          let data104 = data72.ageAtReferral;
          if (Array.isArray(data104)) {
            if (data104.length > 20) {
              const err442 = { instancePath: instancePath + "/pathway/ageAtReferral", schemaPath: "#/properties/pathway/properties/ageAtReferral/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              if (vErrors === null) {
                vErrors = [err442];
              } else {
                vErrors.push(err442);
              }
              errors++;
            }
            if (data104.length < 1) {
              const err443 = { instancePath: instancePath + "/pathway/ageAtReferral", schemaPath: "#/properties/pathway/properties/ageAtReferral/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err443];
              } else {
                vErrors.push(err443);
              }
              errors++;
            }
            const len8 = data104.length;
            for (let i9 = 0; i9 < len8; i9++) {
              let data105 = data104[i9];
              if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                if (data105.underYears === void 0) {
                  const err444 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9, schemaPath: "#/properties/pathway/properties/ageAtReferral/items/required", keyword: "required", params: { missingProperty: "underYears" }, message: "must have required property 'underYears'" };
                  if (vErrors === null) {
                    vErrors = [err444];
                  } else {
                    vErrors.push(err444);
                  }
                  errors++;
                }
                if (data105.share === void 0) {
                  const err445 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9, schemaPath: "#/properties/pathway/properties/ageAtReferral/items/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                  if (vErrors === null) {
                    vErrors = [err445];
                  } else {
                    vErrors.push(err445);
                  }
                  errors++;
                }
                for (const key15 in data105) {
                  if (!(key15 === "underYears" || key15 === "share")) {
                    const err446 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9, schemaPath: "#/properties/pathway/properties/ageAtReferral/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err446];
                    } else {
                      vErrors.push(err446);
                    }
                    errors++;
                  }
                }
                if (data105.underYears !== void 0) {
                  let data106 = data105.underYears;
                  if (typeof data106 == "number" && isFinite(data106)) {
                    if (data106 > 25 || isNaN(data106)) {
                      const err447 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/underYears", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/underYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 25 }, message: "must be <= 25" };
                      if (vErrors === null) {
                        vErrors = [err447];
                      } else {
                        vErrors.push(err447);
                      }
                      errors++;
                    }
                    if (data106 <= 0 || isNaN(data106)) {
                      const err448 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/underYears", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/underYears/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err448];
                      } else {
                        vErrors.push(err448);
                      }
                      errors++;
                    }
                  } else {
                    const err449 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/underYears", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/underYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err449];
                    } else {
                      vErrors.push(err449);
                    }
                    errors++;
                  }
                }
                if (data105.share !== void 0) {
                  let data107 = data105.share;
                  if (typeof data107 == "number" && isFinite(data107)) {
                    if (data107 > 1 || isNaN(data107)) {
                      const err450 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/share", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err450];
                      } else {
                        vErrors.push(err450);
                      }
                      errors++;
                    }
                    if (data107 < 0 || isNaN(data107)) {
                      const err451 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/share", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err451];
                      } else {
                        vErrors.push(err451);
                      }
                      errors++;
                    }
                  } else {
                    const err452 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9 + "/share", schemaPath: "#/properties/pathway/properties/ageAtReferral/items/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err452];
                    } else {
                      vErrors.push(err452);
                    }
                    errors++;
                  }
                }
              } else {
                const err453 = { instancePath: instancePath + "/pathway/ageAtReferral/" + i9, schemaPath: "#/properties/pathway/properties/ageAtReferral/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err453];
                } else {
                  vErrors.push(err453);
                }
                errors++;
              }
            }
          } else {
            const err454 = { instancePath: instancePath + "/pathway/ageAtReferral", schemaPath: "#/properties/pathway/properties/ageAtReferral/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err454];
            } else {
              vErrors.push(err454);
            }
            errors++;
          }
        }
        if (data72.caseWeights !== void 0) {
          let data108 = data72.caseWeights;
          if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
            for (const key16 in data108) {
              if (!(key16 === "assessment" || key16 === "childInNeed" || key16 === "childProtection" || key16 === "lookedAfter")) {
                const err455 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/properties/pathway/properties/caseWeights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err455];
                } else {
                  vErrors.push(err455);
                }
                errors++;
              }
            }
            if (data108.assessment !== void 0) {
              let data109 = data108.assessment;
              if (typeof data109 == "number" && isFinite(data109)) {
                if (data109 > 10 || isNaN(data109)) {
                  const err456 = { instancePath: instancePath + "/pathway/caseWeights/assessment", schemaPath: "#/properties/pathway/properties/caseWeights/properties/assessment/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err456];
                  } else {
                    vErrors.push(err456);
                  }
                  errors++;
                }
                if (data109 < 0 || isNaN(data109)) {
                  const err457 = { instancePath: instancePath + "/pathway/caseWeights/assessment", schemaPath: "#/properties/pathway/properties/caseWeights/properties/assessment/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err457];
                  } else {
                    vErrors.push(err457);
                  }
                  errors++;
                }
              } else {
                const err458 = { instancePath: instancePath + "/pathway/caseWeights/assessment", schemaPath: "#/properties/pathway/properties/caseWeights/properties/assessment/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err458];
                } else {
                  vErrors.push(err458);
                }
                errors++;
              }
            }
            if (data108.childInNeed !== void 0) {
              let data110 = data108.childInNeed;
              if (typeof data110 == "number" && isFinite(data110)) {
                if (data110 > 10 || isNaN(data110)) {
                  const err459 = { instancePath: instancePath + "/pathway/caseWeights/childInNeed", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childInNeed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err459];
                  } else {
                    vErrors.push(err459);
                  }
                  errors++;
                }
                if (data110 < 0 || isNaN(data110)) {
                  const err460 = { instancePath: instancePath + "/pathway/caseWeights/childInNeed", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childInNeed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err460];
                  } else {
                    vErrors.push(err460);
                  }
                  errors++;
                }
              } else {
                const err461 = { instancePath: instancePath + "/pathway/caseWeights/childInNeed", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childInNeed/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err461];
                } else {
                  vErrors.push(err461);
                }
                errors++;
              }
            }
            if (data108.childProtection !== void 0) {
              let data111 = data108.childProtection;
              if (typeof data111 == "number" && isFinite(data111)) {
                if (data111 > 10 || isNaN(data111)) {
                  const err462 = { instancePath: instancePath + "/pathway/caseWeights/childProtection", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childProtection/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err462];
                  } else {
                    vErrors.push(err462);
                  }
                  errors++;
                }
                if (data111 < 0 || isNaN(data111)) {
                  const err463 = { instancePath: instancePath + "/pathway/caseWeights/childProtection", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childProtection/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err463];
                  } else {
                    vErrors.push(err463);
                  }
                  errors++;
                }
              } else {
                const err464 = { instancePath: instancePath + "/pathway/caseWeights/childProtection", schemaPath: "#/properties/pathway/properties/caseWeights/properties/childProtection/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err464];
                } else {
                  vErrors.push(err464);
                }
                errors++;
              }
            }
            if (data108.lookedAfter !== void 0) {
              let data112 = data108.lookedAfter;
              if (typeof data112 == "number" && isFinite(data112)) {
                if (data112 > 10 || isNaN(data112)) {
                  const err465 = { instancePath: instancePath + "/pathway/caseWeights/lookedAfter", schemaPath: "#/properties/pathway/properties/caseWeights/properties/lookedAfter/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err465];
                  } else {
                    vErrors.push(err465);
                  }
                  errors++;
                }
                if (data112 < 0 || isNaN(data112)) {
                  const err466 = { instancePath: instancePath + "/pathway/caseWeights/lookedAfter", schemaPath: "#/properties/pathway/properties/caseWeights/properties/lookedAfter/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err466];
                  } else {
                    vErrors.push(err466);
                  }
                  errors++;
                }
              } else {
                const err467 = { instancePath: instancePath + "/pathway/caseWeights/lookedAfter", schemaPath: "#/properties/pathway/properties/caseWeights/properties/lookedAfter/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err467];
                } else {
                  vErrors.push(err467);
                }
                errors++;
              }
            }
          } else {
            const err468 = { instancePath: instancePath + "/pathway/caseWeights", schemaPath: "#/properties/pathway/properties/caseWeights/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err468];
            } else {
              vErrors.push(err468);
            }
            errors++;
          }
        }
        if (data72.progressLostPerChangeWeeks !== void 0) {
          let data113 = data72.progressLostPerChangeWeeks;
          if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
            for (const key17 in data113) {
              if (!(key17 === "min" || key17 === "max")) {
                const err469 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err469];
                } else {
                  vErrors.push(err469);
                }
                errors++;
              }
            }
            if (data113.min !== void 0) {
              let data114 = data113.min;
              if (typeof data114 == "number" && isFinite(data114)) {
                if (data114 > 52 || isNaN(data114)) {
                  const err470 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/min", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
                  if (vErrors === null) {
                    vErrors = [err470];
                  } else {
                    vErrors.push(err470);
                  }
                  errors++;
                }
                if (data114 < 0 || isNaN(data114)) {
                  const err471 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/min", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err471];
                  } else {
                    vErrors.push(err471);
                  }
                  errors++;
                }
              } else {
                const err472 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/min", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err472];
                } else {
                  vErrors.push(err472);
                }
                errors++;
              }
            }
            if (data113.max !== void 0) {
              let data115 = data113.max;
              if (typeof data115 == "number" && isFinite(data115)) {
                if (data115 > 52 || isNaN(data115)) {
                  const err473 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/max", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
                  if (vErrors === null) {
                    vErrors = [err473];
                  } else {
                    vErrors.push(err473);
                  }
                  errors++;
                }
                if (data115 < 0 || isNaN(data115)) {
                  const err474 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/max", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err474];
                  } else {
                    vErrors.push(err474);
                  }
                  errors++;
                }
              } else {
                const err475 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks/max", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err475];
                } else {
                  vErrors.push(err475);
                }
                errors++;
              }
            }
          } else {
            const err476 = { instancePath: instancePath + "/pathway/progressLostPerChangeWeeks", schemaPath: "#/properties/pathway/properties/progressLostPerChangeWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err476];
            } else {
              vErrors.push(err476);
            }
            errors++;
          }
        }
      } else {
        const err477 = { instancePath: instancePath + "/pathway", schemaPath: "#/properties/pathway/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err477];
        } else {
          vErrors.push(err477);
        }
        errors++;
      }
    }
    if (data.reReferral !== void 0) {
      let data116 = data.reReferral;
      if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
        for (const key18 in data116) {
          if (!(key18 === "baseProbability" || key18 === "noServiceProbability" || key18 === "driftEffectPer26Weeks" || key18 === "changeEffect" || key18 === "meanDelayWeeks" || key18 === "maxDelayWeeks")) {
            const err478 = { instancePath: instancePath + "/reReferral", schemaPath: "#/properties/reReferral/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err478];
            } else {
              vErrors.push(err478);
            }
            errors++;
          }
        }
        if (data116.baseProbability !== void 0) {
          let data117 = data116.baseProbability;
          if (typeof data117 == "number" && isFinite(data117)) {
            if (data117 > 1 || isNaN(data117)) {
              const err479 = { instancePath: instancePath + "/reReferral/baseProbability", schemaPath: "#/properties/reReferral/properties/baseProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err479];
              } else {
                vErrors.push(err479);
              }
              errors++;
            }
            if (data117 < 0 || isNaN(data117)) {
              const err480 = { instancePath: instancePath + "/reReferral/baseProbability", schemaPath: "#/properties/reReferral/properties/baseProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err480];
              } else {
                vErrors.push(err480);
              }
              errors++;
            }
          } else {
            const err481 = { instancePath: instancePath + "/reReferral/baseProbability", schemaPath: "#/properties/reReferral/properties/baseProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err481];
            } else {
              vErrors.push(err481);
            }
            errors++;
          }
        }
        if (data116.noServiceProbability !== void 0) {
          let data118 = data116.noServiceProbability;
          if (typeof data118 == "number" && isFinite(data118)) {
            if (data118 > 1 || isNaN(data118)) {
              const err482 = { instancePath: instancePath + "/reReferral/noServiceProbability", schemaPath: "#/properties/reReferral/properties/noServiceProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err482];
              } else {
                vErrors.push(err482);
              }
              errors++;
            }
            if (data118 < 0 || isNaN(data118)) {
              const err483 = { instancePath: instancePath + "/reReferral/noServiceProbability", schemaPath: "#/properties/reReferral/properties/noServiceProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err483];
              } else {
                vErrors.push(err483);
              }
              errors++;
            }
          } else {
            const err484 = { instancePath: instancePath + "/reReferral/noServiceProbability", schemaPath: "#/properties/reReferral/properties/noServiceProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err484];
            } else {
              vErrors.push(err484);
            }
            errors++;
          }
        }
        if (data116.driftEffectPer26Weeks !== void 0) {
          let data119 = data116.driftEffectPer26Weeks;
          if (typeof data119 == "number" && isFinite(data119)) {
            if (data119 > 10 || isNaN(data119)) {
              const err485 = { instancePath: instancePath + "/reReferral/driftEffectPer26Weeks", schemaPath: "#/properties/reReferral/properties/driftEffectPer26Weeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err485];
              } else {
                vErrors.push(err485);
              }
              errors++;
            }
            if (data119 < 0 || isNaN(data119)) {
              const err486 = { instancePath: instancePath + "/reReferral/driftEffectPer26Weeks", schemaPath: "#/properties/reReferral/properties/driftEffectPer26Weeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err486];
              } else {
                vErrors.push(err486);
              }
              errors++;
            }
          } else {
            const err487 = { instancePath: instancePath + "/reReferral/driftEffectPer26Weeks", schemaPath: "#/properties/reReferral/properties/driftEffectPer26Weeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err487];
            } else {
              vErrors.push(err487);
            }
            errors++;
          }
        }
        if (data116.changeEffect !== void 0) {
          let data120 = data116.changeEffect;
          if (typeof data120 == "number" && isFinite(data120)) {
            if (data120 > 10 || isNaN(data120)) {
              const err488 = { instancePath: instancePath + "/reReferral/changeEffect", schemaPath: "#/properties/reReferral/properties/changeEffect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err488];
              } else {
                vErrors.push(err488);
              }
              errors++;
            }
            if (data120 < 0 || isNaN(data120)) {
              const err489 = { instancePath: instancePath + "/reReferral/changeEffect", schemaPath: "#/properties/reReferral/properties/changeEffect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err489];
              } else {
                vErrors.push(err489);
              }
              errors++;
            }
          } else {
            const err490 = { instancePath: instancePath + "/reReferral/changeEffect", schemaPath: "#/properties/reReferral/properties/changeEffect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err490];
            } else {
              vErrors.push(err490);
            }
            errors++;
          }
        }
        if (data116.meanDelayWeeks !== void 0) {
          let data121 = data116.meanDelayWeeks;
          if (typeof data121 == "number" && isFinite(data121)) {
            if (data121 > 520 || isNaN(data121)) {
              const err491 = { instancePath: instancePath + "/reReferral/meanDelayWeeks", schemaPath: "#/properties/reReferral/properties/meanDelayWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
              if (vErrors === null) {
                vErrors = [err491];
              } else {
                vErrors.push(err491);
              }
              errors++;
            }
            if (data121 < 1 || isNaN(data121)) {
              const err492 = { instancePath: instancePath + "/reReferral/meanDelayWeeks", schemaPath: "#/properties/reReferral/properties/meanDelayWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err492];
              } else {
                vErrors.push(err492);
              }
              errors++;
            }
          } else {
            const err493 = { instancePath: instancePath + "/reReferral/meanDelayWeeks", schemaPath: "#/properties/reReferral/properties/meanDelayWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err493];
            } else {
              vErrors.push(err493);
            }
            errors++;
          }
        }
        if (data116.maxDelayWeeks !== void 0) {
          let data122 = data116.maxDelayWeeks;
          if (!(typeof data122 == "number" && (!(data122 % 1) && !isNaN(data122)) && isFinite(data122))) {
            const err494 = { instancePath: instancePath + "/reReferral/maxDelayWeeks", schemaPath: "#/properties/reReferral/properties/maxDelayWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err494];
            } else {
              vErrors.push(err494);
            }
            errors++;
          }
          if (typeof data122 == "number" && isFinite(data122)) {
            if (data122 > 1040 || isNaN(data122)) {
              const err495 = { instancePath: instancePath + "/reReferral/maxDelayWeeks", schemaPath: "#/properties/reReferral/properties/maxDelayWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
              if (vErrors === null) {
                vErrors = [err495];
              } else {
                vErrors.push(err495);
              }
              errors++;
            }
            if (data122 < 1 || isNaN(data122)) {
              const err496 = { instancePath: instancePath + "/reReferral/maxDelayWeeks", schemaPath: "#/properties/reReferral/properties/maxDelayWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err496];
              } else {
                vErrors.push(err496);
              }
              errors++;
            }
          }
        }
      } else {
        const err497 = { instancePath: instancePath + "/reReferral", schemaPath: "#/properties/reReferral/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err497];
        } else {
          vErrors.push(err497);
        }
        errors++;
      }
    }
    if (data.workforce !== void 0) {
      let data123 = data.workforce;
      if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
        for (const key19 in data123) {
          if (!func2.call(schema11.properties.workforce.properties, key19)) {
            const err498 = { instancePath: instancePath + "/workforce", schemaPath: "#/properties/workforce/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err498];
            } else {
              vErrors.push(err498);
            }
            errors++;
          }
        }
        if (data123.establishment !== void 0) {
          let data124 = data123.establishment;
          if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
            if (Object.keys(data124).length > 24) {
              const err499 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/properties/workforce/properties/establishment/maxProperties", keyword: "maxProperties", params: { limit: 24 }, message: "must NOT have more than 24 properties" };
              if (vErrors === null) {
                vErrors = [err499];
              } else {
                vErrors.push(err499);
              }
              errors++;
            }
            for (const key20 in data124) {
              const _errs277 = errors;
              if (typeof key20 === "string") {
                if (!pattern0.test(key20)) {
                  const err500 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/properties/workforce/properties/establishment/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]{0,39}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]{0,39}$"', propertyName: key20 };
                  if (vErrors === null) {
                    vErrors = [err500];
                  } else {
                    vErrors.push(err500);
                  }
                  errors++;
                }
              }
              var valid50 = _errs277 === errors;
              if (!valid50) {
                const err501 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/properties/workforce/properties/establishment/propertyNames", keyword: "propertyNames", params: { propertyName: key20 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err501];
                } else {
                  vErrors.push(err501);
                }
                errors++;
              }
            }
            for (const key21 in data124) {
              if (!(key21 === "assessment" || key21 === "longTerm" || key21 === "inCare" || key21 === "nonCaseHolding")) {
                let data125 = data124[key21];
                if (typeof data125 == "number" && isFinite(data125)) {
                  if (data125 > 1e5 || isNaN(data125)) {
                    const err502 = { instancePath: instancePath + "/workforce/establishment/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workforce/properties/establishment/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                    if (vErrors === null) {
                      vErrors = [err502];
                    } else {
                      vErrors.push(err502);
                    }
                    errors++;
                  }
                  if (data125 < 0 || isNaN(data125)) {
                    const err503 = { instancePath: instancePath + "/workforce/establishment/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workforce/properties/establishment/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err503];
                    } else {
                      vErrors.push(err503);
                    }
                    errors++;
                  }
                } else {
                  const err504 = { instancePath: instancePath + "/workforce/establishment/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workforce/properties/establishment/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err504];
                  } else {
                    vErrors.push(err504);
                  }
                  errors++;
                }
              }
            }
            if (data124.assessment !== void 0) {
              let data126 = data124.assessment;
              if (typeof data126 == "number" && isFinite(data126)) {
                if (data126 > 1e5 || isNaN(data126)) {
                  const err505 = { instancePath: instancePath + "/workforce/establishment/assessment", schemaPath: "#/properties/workforce/properties/establishment/properties/assessment/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                  if (vErrors === null) {
                    vErrors = [err505];
                  } else {
                    vErrors.push(err505);
                  }
                  errors++;
                }
                if (data126 < 0 || isNaN(data126)) {
                  const err506 = { instancePath: instancePath + "/workforce/establishment/assessment", schemaPath: "#/properties/workforce/properties/establishment/properties/assessment/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err506];
                  } else {
                    vErrors.push(err506);
                  }
                  errors++;
                }
              } else {
                const err507 = { instancePath: instancePath + "/workforce/establishment/assessment", schemaPath: "#/properties/workforce/properties/establishment/properties/assessment/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err507];
                } else {
                  vErrors.push(err507);
                }
                errors++;
              }
            }
            if (data124.longTerm !== void 0) {
              let data127 = data124.longTerm;
              if (typeof data127 == "number" && isFinite(data127)) {
                if (data127 > 1e5 || isNaN(data127)) {
                  const err508 = { instancePath: instancePath + "/workforce/establishment/longTerm", schemaPath: "#/properties/workforce/properties/establishment/properties/longTerm/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                  if (vErrors === null) {
                    vErrors = [err508];
                  } else {
                    vErrors.push(err508);
                  }
                  errors++;
                }
                if (data127 < 0 || isNaN(data127)) {
                  const err509 = { instancePath: instancePath + "/workforce/establishment/longTerm", schemaPath: "#/properties/workforce/properties/establishment/properties/longTerm/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err509];
                  } else {
                    vErrors.push(err509);
                  }
                  errors++;
                }
              } else {
                const err510 = { instancePath: instancePath + "/workforce/establishment/longTerm", schemaPath: "#/properties/workforce/properties/establishment/properties/longTerm/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err510];
                } else {
                  vErrors.push(err510);
                }
                errors++;
              }
            }
            if (data124.inCare !== void 0) {
              let data128 = data124.inCare;
              if (typeof data128 == "number" && isFinite(data128)) {
                if (data128 > 1e5 || isNaN(data128)) {
                  const err511 = { instancePath: instancePath + "/workforce/establishment/inCare", schemaPath: "#/properties/workforce/properties/establishment/properties/inCare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                  if (vErrors === null) {
                    vErrors = [err511];
                  } else {
                    vErrors.push(err511);
                  }
                  errors++;
                }
                if (data128 < 0 || isNaN(data128)) {
                  const err512 = { instancePath: instancePath + "/workforce/establishment/inCare", schemaPath: "#/properties/workforce/properties/establishment/properties/inCare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err512];
                  } else {
                    vErrors.push(err512);
                  }
                  errors++;
                }
              } else {
                const err513 = { instancePath: instancePath + "/workforce/establishment/inCare", schemaPath: "#/properties/workforce/properties/establishment/properties/inCare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err513];
                } else {
                  vErrors.push(err513);
                }
                errors++;
              }
            }
            if (data124.nonCaseHolding !== void 0) {
              let data129 = data124.nonCaseHolding;
              if (typeof data129 == "number" && isFinite(data129)) {
                if (data129 > 1e5 || isNaN(data129)) {
                  const err514 = { instancePath: instancePath + "/workforce/establishment/nonCaseHolding", schemaPath: "#/properties/workforce/properties/establishment/properties/nonCaseHolding/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                  if (vErrors === null) {
                    vErrors = [err514];
                  } else {
                    vErrors.push(err514);
                  }
                  errors++;
                }
                if (data129 < 0 || isNaN(data129)) {
                  const err515 = { instancePath: instancePath + "/workforce/establishment/nonCaseHolding", schemaPath: "#/properties/workforce/properties/establishment/properties/nonCaseHolding/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err515];
                  } else {
                    vErrors.push(err515);
                  }
                  errors++;
                }
              } else {
                const err516 = { instancePath: instancePath + "/workforce/establishment/nonCaseHolding", schemaPath: "#/properties/workforce/properties/establishment/properties/nonCaseHolding/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err516];
                } else {
                  vErrors.push(err516);
                }
                errors++;
              }
            }
          } else {
            const err517 = { instancePath: instancePath + "/workforce/establishment", schemaPath: "#/properties/workforce/properties/establishment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err517];
            } else {
              vErrors.push(err517);
            }
            errors++;
          }
        }
        if (data123.initialVacancyRate !== void 0) {
          let data130 = data123.initialVacancyRate;
          if (typeof data130 == "number" && isFinite(data130)) {
            if (data130 > 0.95 || isNaN(data130)) {
              const err518 = { instancePath: instancePath + "/workforce/initialVacancyRate", schemaPath: "#/properties/workforce/properties/initialVacancyRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.95 }, message: "must be <= 0.95" };
              if (vErrors === null) {
                vErrors = [err518];
              } else {
                vErrors.push(err518);
              }
              errors++;
            }
            if (data130 < 0 || isNaN(data130)) {
              const err519 = { instancePath: instancePath + "/workforce/initialVacancyRate", schemaPath: "#/properties/workforce/properties/initialVacancyRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err519];
              } else {
                vErrors.push(err519);
              }
              errors++;
            }
          } else {
            const err520 = { instancePath: instancePath + "/workforce/initialVacancyRate", schemaPath: "#/properties/workforce/properties/initialVacancyRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err520];
            } else {
              vErrors.push(err520);
            }
            errors++;
          }
        }
        if (data123.initialTurnoverRate !== void 0) {
          let data131 = data123.initialTurnoverRate;
          if (typeof data131 == "number" && isFinite(data131)) {
            if (data131 > 0.9 || isNaN(data131)) {
              const err521 = { instancePath: instancePath + "/workforce/initialTurnoverRate", schemaPath: "#/properties/workforce/properties/initialTurnoverRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9" };
              if (vErrors === null) {
                vErrors = [err521];
              } else {
                vErrors.push(err521);
              }
              errors++;
            }
            if (data131 < 0.01 || isNaN(data131)) {
              const err522 = { instancePath: instancePath + "/workforce/initialTurnoverRate", schemaPath: "#/properties/workforce/properties/initialTurnoverRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.01 }, message: "must be >= 0.01" };
              if (vErrors === null) {
                vErrors = [err522];
              } else {
                vErrors.push(err522);
              }
              errors++;
            }
          } else {
            const err523 = { instancePath: instancePath + "/workforce/initialTurnoverRate", schemaPath: "#/properties/workforce/properties/initialTurnoverRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err523];
            } else {
              vErrors.push(err523);
            }
            errors++;
          }
        }
        if (data123.initialChangesPerYear !== void 0) {
          let data132 = data123.initialChangesPerYear;
          if (typeof data132 == "number" && isFinite(data132)) {
            if (data132 > 10 || isNaN(data132)) {
              const err524 = { instancePath: instancePath + "/workforce/initialChangesPerYear", schemaPath: "#/properties/workforce/properties/initialChangesPerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err524];
              } else {
                vErrors.push(err524);
              }
              errors++;
            }
            if (data132 < 0 || isNaN(data132)) {
              const err525 = { instancePath: instancePath + "/workforce/initialChangesPerYear", schemaPath: "#/properties/workforce/properties/initialChangesPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err525];
              } else {
                vErrors.push(err525);
              }
              errors++;
            }
          } else {
            const err526 = { instancePath: instancePath + "/workforce/initialChangesPerYear", schemaPath: "#/properties/workforce/properties/initialChangesPerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err526];
            } else {
              vErrors.push(err526);
            }
            errors++;
          }
        }
        if (data123.partTimeShare !== void 0) {
          let data133 = data123.partTimeShare;
          if (typeof data133 == "number" && isFinite(data133)) {
            if (data133 > 1 || isNaN(data133)) {
              const err527 = { instancePath: instancePath + "/workforce/partTimeShare", schemaPath: "#/properties/workforce/properties/partTimeShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err527];
              } else {
                vErrors.push(err527);
              }
              errors++;
            }
            if (data133 < 0 || isNaN(data133)) {
              const err528 = { instancePath: instancePath + "/workforce/partTimeShare", schemaPath: "#/properties/workforce/properties/partTimeShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err528];
              } else {
                vErrors.push(err528);
              }
              errors++;
            }
          } else {
            const err529 = { instancePath: instancePath + "/workforce/partTimeShare", schemaPath: "#/properties/workforce/properties/partTimeShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err529];
            } else {
              vErrors.push(err529);
            }
            errors++;
          }
        }
        if (data123.partTimeFte !== void 0) {
          let data134 = data123.partTimeFte;
          if (typeof data134 == "number" && isFinite(data134)) {
            if (data134 > 1 || isNaN(data134)) {
              const err530 = { instancePath: instancePath + "/workforce/partTimeFte", schemaPath: "#/properties/workforce/properties/partTimeFte/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err530];
              } else {
                vErrors.push(err530);
              }
              errors++;
            }
            if (data134 <= 0 || isNaN(data134)) {
              const err531 = { instancePath: instancePath + "/workforce/partTimeFte", schemaPath: "#/properties/workforce/properties/partTimeFte/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err531];
              } else {
                vErrors.push(err531);
              }
              errors++;
            }
          } else {
            const err532 = { instancePath: instancePath + "/workforce/partTimeFte", schemaPath: "#/properties/workforce/properties/partTimeFte/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err532];
            } else {
              vErrors.push(err532);
            }
            errors++;
          }
        }
        if (data123.contractedHours !== void 0) {
          let data135 = data123.contractedHours;
          if (typeof data135 == "number" && isFinite(data135)) {
            if (data135 > 60 || isNaN(data135)) {
              const err533 = { instancePath: instancePath + "/workforce/contractedHours", schemaPath: "#/properties/workforce/properties/contractedHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60" };
              if (vErrors === null) {
                vErrors = [err533];
              } else {
                vErrors.push(err533);
              }
              errors++;
            }
            if (data135 <= 0 || isNaN(data135)) {
              const err534 = { instancePath: instancePath + "/workforce/contractedHours", schemaPath: "#/properties/workforce/properties/contractedHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err534];
              } else {
                vErrors.push(err534);
              }
              errors++;
            }
          } else {
            const err535 = { instancePath: instancePath + "/workforce/contractedHours", schemaPath: "#/properties/workforce/properties/contractedHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err535];
            } else {
              vErrors.push(err535);
            }
            errors++;
          }
        }
        if (data123.capacityPerFte !== void 0) {
          let data136 = data123.capacityPerFte;
          if (typeof data136 == "number" && isFinite(data136)) {
            if (data136 > 60 || isNaN(data136)) {
              const err536 = { instancePath: instancePath + "/workforce/capacityPerFte", schemaPath: "#/properties/workforce/properties/capacityPerFte/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60" };
              if (vErrors === null) {
                vErrors = [err536];
              } else {
                vErrors.push(err536);
              }
              errors++;
            }
            if (data136 <= 0 || isNaN(data136)) {
              const err537 = { instancePath: instancePath + "/workforce/capacityPerFte", schemaPath: "#/properties/workforce/properties/capacityPerFte/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err537];
              } else {
                vErrors.push(err537);
              }
              errors++;
            }
          } else {
            const err538 = { instancePath: instancePath + "/workforce/capacityPerFte", schemaPath: "#/properties/workforce/properties/capacityPerFte/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err538];
            } else {
              vErrors.push(err538);
            }
            errors++;
          }
        }
        if (data123.nqCaseloadProtection !== void 0) {
          let data137 = data123.nqCaseloadProtection;
          if (typeof data137 == "number" && isFinite(data137)) {
            if (data137 > 1 || isNaN(data137)) {
              const err539 = { instancePath: instancePath + "/workforce/nqCaseloadProtection", schemaPath: "#/properties/workforce/properties/nqCaseloadProtection/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err539];
              } else {
                vErrors.push(err539);
              }
              errors++;
            }
            if (data137 < 0 || isNaN(data137)) {
              const err540 = { instancePath: instancePath + "/workforce/nqCaseloadProtection", schemaPath: "#/properties/workforce/properties/nqCaseloadProtection/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err540];
              } else {
                vErrors.push(err540);
              }
              errors++;
            }
          } else {
            const err541 = { instancePath: instancePath + "/workforce/nqCaseloadProtection", schemaPath: "#/properties/workforce/properties/nqCaseloadProtection/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err541];
            } else {
              vErrors.push(err541);
            }
            errors++;
          }
        }
        if (data123.nqProtectionWeeks !== void 0) {
          let data138 = data123.nqProtectionWeeks;
          if (!(typeof data138 == "number" && (!(data138 % 1) && !isNaN(data138)) && isFinite(data138))) {
            const err542 = { instancePath: instancePath + "/workforce/nqProtectionWeeks", schemaPath: "#/properties/workforce/properties/nqProtectionWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err542];
            } else {
              vErrors.push(err542);
            }
            errors++;
          }
          if (typeof data138 == "number" && isFinite(data138)) {
            if (data138 > 104 || isNaN(data138)) {
              const err543 = { instancePath: instancePath + "/workforce/nqProtectionWeeks", schemaPath: "#/properties/workforce/properties/nqProtectionWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
              if (vErrors === null) {
                vErrors = [err543];
              } else {
                vErrors.push(err543);
              }
              errors++;
            }
            if (data138 < 0 || isNaN(data138)) {
              const err544 = { instancePath: instancePath + "/workforce/nqProtectionWeeks", schemaPath: "#/properties/workforce/properties/nqProtectionWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err544];
              } else {
                vErrors.push(err544);
              }
              errors++;
            }
          }
        }
        if (data123.inductionWeeks !== void 0) {
          let data139 = data123.inductionWeeks;
          if (!(typeof data139 == "number" && (!(data139 % 1) && !isNaN(data139)) && isFinite(data139))) {
            const err545 = { instancePath: instancePath + "/workforce/inductionWeeks", schemaPath: "#/properties/workforce/properties/inductionWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err545];
            } else {
              vErrors.push(err545);
            }
            errors++;
          }
          if (typeof data139 == "number" && isFinite(data139)) {
            if (data139 > 52 || isNaN(data139)) {
              const err546 = { instancePath: instancePath + "/workforce/inductionWeeks", schemaPath: "#/properties/workforce/properties/inductionWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
              if (vErrors === null) {
                vErrors = [err546];
              } else {
                vErrors.push(err546);
              }
              errors++;
            }
            if (data139 < 0 || isNaN(data139)) {
              const err547 = { instancePath: instancePath + "/workforce/inductionWeeks", schemaPath: "#/properties/workforce/properties/inductionWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err547];
              } else {
                vErrors.push(err547);
              }
              errors++;
            }
          }
        }
        if (data123.inductionCapacity !== void 0) {
          let data140 = data123.inductionCapacity;
          if (typeof data140 == "number" && isFinite(data140)) {
            if (data140 > 1 || isNaN(data140)) {
              const err548 = { instancePath: instancePath + "/workforce/inductionCapacity", schemaPath: "#/properties/workforce/properties/inductionCapacity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err548];
              } else {
                vErrors.push(err548);
              }
              errors++;
            }
            if (data140 < 0 || isNaN(data140)) {
              const err549 = { instancePath: instancePath + "/workforce/inductionCapacity", schemaPath: "#/properties/workforce/properties/inductionCapacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err549];
              } else {
                vErrors.push(err549);
              }
              errors++;
            }
          } else {
            const err550 = { instancePath: instancePath + "/workforce/inductionCapacity", schemaPath: "#/properties/workforce/properties/inductionCapacity/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err550];
            } else {
              vErrors.push(err550);
            }
            errors++;
          }
        }
        if (data123.internalMovesPerYear !== void 0) {
          let data141 = data123.internalMovesPerYear;
          if (typeof data141 == "number" && isFinite(data141)) {
            if (data141 > 1 || isNaN(data141)) {
              const err551 = { instancePath: instancePath + "/workforce/internalMovesPerYear", schemaPath: "#/properties/workforce/properties/internalMovesPerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err551];
              } else {
                vErrors.push(err551);
              }
              errors++;
            }
            if (data141 < 0 || isNaN(data141)) {
              const err552 = { instancePath: instancePath + "/workforce/internalMovesPerYear", schemaPath: "#/properties/workforce/properties/internalMovesPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err552];
              } else {
                vErrors.push(err552);
              }
              errors++;
            }
          } else {
            const err553 = { instancePath: instancePath + "/workforce/internalMovesPerYear", schemaPath: "#/properties/workforce/properties/internalMovesPerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err553];
            } else {
              vErrors.push(err553);
            }
            errors++;
          }
        }
        if (data123.workloadVariation !== void 0) {
          let data142 = data123.workloadVariation;
          if (typeof data142 == "number" && isFinite(data142)) {
            if (data142 > 1 || isNaN(data142)) {
              const err554 = { instancePath: instancePath + "/workforce/workloadVariation", schemaPath: "#/properties/workforce/properties/workloadVariation/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err554];
              } else {
                vErrors.push(err554);
              }
              errors++;
            }
            if (data142 < 0 || isNaN(data142)) {
              const err555 = { instancePath: instancePath + "/workforce/workloadVariation", schemaPath: "#/properties/workforce/properties/workloadVariation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err555];
              } else {
                vErrors.push(err555);
              }
              errors++;
            }
          } else {
            const err556 = { instancePath: instancePath + "/workforce/workloadVariation", schemaPath: "#/properties/workforce/properties/workloadVariation/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err556];
            } else {
              vErrors.push(err556);
            }
            errors++;
          }
        }
        if (data123.workloadSpellWeeks !== void 0) {
          let data143 = data123.workloadSpellWeeks;
          if (typeof data143 == "number" && isFinite(data143)) {
            if (data143 > 52 || isNaN(data143)) {
              const err557 = { instancePath: instancePath + "/workforce/workloadSpellWeeks", schemaPath: "#/properties/workforce/properties/workloadSpellWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
              if (vErrors === null) {
                vErrors = [err557];
              } else {
                vErrors.push(err557);
              }
              errors++;
            }
            if (data143 < 0 || isNaN(data143)) {
              const err558 = { instancePath: instancePath + "/workforce/workloadSpellWeeks", schemaPath: "#/properties/workforce/properties/workloadSpellWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err558];
              } else {
                vErrors.push(err558);
              }
              errors++;
            }
          } else {
            const err559 = { instancePath: instancePath + "/workforce/workloadSpellWeeks", schemaPath: "#/properties/workforce/properties/workloadSpellWeeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err559];
            } else {
              vErrors.push(err559);
            }
            errors++;
          }
        }
      } else {
        const err560 = { instancePath: instancePath + "/workforce", schemaPath: "#/properties/workforce/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err560];
        } else {
          vErrors.push(err560);
        }
        errors++;
      }
    }
    if (data.stress !== void 0) {
      let data144 = data.stress;
      if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
        for (const key22 in data144) {
          if (!(key22 === "gainPerOvertimeHour" || key22 === "gainFromBacklog" || key22 === "recoveryPerWeek" || key22 === "flexibleWorking" || key22 === "flexibleWorkingReduction" || key22 === "supervisionRatio" || key22 === "supervisionReferenceRatio" || key22 === "supervisionEffect")) {
            const err561 = { instancePath: instancePath + "/stress", schemaPath: "#/properties/stress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err561];
            } else {
              vErrors.push(err561);
            }
            errors++;
          }
        }
        if (data144.gainPerOvertimeHour !== void 0) {
          let data145 = data144.gainPerOvertimeHour;
          if (typeof data145 == "number" && isFinite(data145)) {
            if (data145 > 1 || isNaN(data145)) {
              const err562 = { instancePath: instancePath + "/stress/gainPerOvertimeHour", schemaPath: "#/properties/stress/properties/gainPerOvertimeHour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err562];
              } else {
                vErrors.push(err562);
              }
              errors++;
            }
            if (data145 < 0 || isNaN(data145)) {
              const err563 = { instancePath: instancePath + "/stress/gainPerOvertimeHour", schemaPath: "#/properties/stress/properties/gainPerOvertimeHour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err563];
              } else {
                vErrors.push(err563);
              }
              errors++;
            }
          } else {
            const err564 = { instancePath: instancePath + "/stress/gainPerOvertimeHour", schemaPath: "#/properties/stress/properties/gainPerOvertimeHour/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err564];
            } else {
              vErrors.push(err564);
            }
            errors++;
          }
        }
        if (data144.gainFromBacklog !== void 0) {
          let data146 = data144.gainFromBacklog;
          if (typeof data146 == "number" && isFinite(data146)) {
            if (data146 > 1 || isNaN(data146)) {
              const err565 = { instancePath: instancePath + "/stress/gainFromBacklog", schemaPath: "#/properties/stress/properties/gainFromBacklog/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err565];
              } else {
                vErrors.push(err565);
              }
              errors++;
            }
            if (data146 < 0 || isNaN(data146)) {
              const err566 = { instancePath: instancePath + "/stress/gainFromBacklog", schemaPath: "#/properties/stress/properties/gainFromBacklog/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err566];
              } else {
                vErrors.push(err566);
              }
              errors++;
            }
          } else {
            const err567 = { instancePath: instancePath + "/stress/gainFromBacklog", schemaPath: "#/properties/stress/properties/gainFromBacklog/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err567];
            } else {
              vErrors.push(err567);
            }
            errors++;
          }
        }
        if (data144.recoveryPerWeek !== void 0) {
          let data147 = data144.recoveryPerWeek;
          if (typeof data147 == "number" && isFinite(data147)) {
            if (data147 > 1 || isNaN(data147)) {
              const err568 = { instancePath: instancePath + "/stress/recoveryPerWeek", schemaPath: "#/properties/stress/properties/recoveryPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err568];
              } else {
                vErrors.push(err568);
              }
              errors++;
            }
            if (data147 < 0 || isNaN(data147)) {
              const err569 = { instancePath: instancePath + "/stress/recoveryPerWeek", schemaPath: "#/properties/stress/properties/recoveryPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err569];
              } else {
                vErrors.push(err569);
              }
              errors++;
            }
          } else {
            const err570 = { instancePath: instancePath + "/stress/recoveryPerWeek", schemaPath: "#/properties/stress/properties/recoveryPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err570];
            } else {
              vErrors.push(err570);
            }
            errors++;
          }
        }
        if (data144.flexibleWorking !== void 0) {
          if (typeof data144.flexibleWorking !== "boolean") {
            const err571 = { instancePath: instancePath + "/stress/flexibleWorking", schemaPath: "#/properties/stress/properties/flexibleWorking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err571];
            } else {
              vErrors.push(err571);
            }
            errors++;
          }
        }
        if (data144.flexibleWorkingReduction !== void 0) {
          let data149 = data144.flexibleWorkingReduction;
          if (typeof data149 == "number" && isFinite(data149)) {
            if (data149 > 1 || isNaN(data149)) {
              const err572 = { instancePath: instancePath + "/stress/flexibleWorkingReduction", schemaPath: "#/properties/stress/properties/flexibleWorkingReduction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err572];
              } else {
                vErrors.push(err572);
              }
              errors++;
            }
            if (data149 < 0 || isNaN(data149)) {
              const err573 = { instancePath: instancePath + "/stress/flexibleWorkingReduction", schemaPath: "#/properties/stress/properties/flexibleWorkingReduction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err573];
              } else {
                vErrors.push(err573);
              }
              errors++;
            }
          } else {
            const err574 = { instancePath: instancePath + "/stress/flexibleWorkingReduction", schemaPath: "#/properties/stress/properties/flexibleWorkingReduction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err574];
            } else {
              vErrors.push(err574);
            }
            errors++;
          }
        }
        if (data144.supervisionRatio !== void 0) {
          let data150 = data144.supervisionRatio;
          if (typeof data150 == "number" && isFinite(data150)) {
            if (data150 > 50 || isNaN(data150)) {
              const err575 = { instancePath: instancePath + "/stress/supervisionRatio", schemaPath: "#/properties/stress/properties/supervisionRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
              if (vErrors === null) {
                vErrors = [err575];
              } else {
                vErrors.push(err575);
              }
              errors++;
            }
            if (data150 <= 0 || isNaN(data150)) {
              const err576 = { instancePath: instancePath + "/stress/supervisionRatio", schemaPath: "#/properties/stress/properties/supervisionRatio/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err576];
              } else {
                vErrors.push(err576);
              }
              errors++;
            }
          } else {
            const err577 = { instancePath: instancePath + "/stress/supervisionRatio", schemaPath: "#/properties/stress/properties/supervisionRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err577];
            } else {
              vErrors.push(err577);
            }
            errors++;
          }
        }
        if (data144.supervisionReferenceRatio !== void 0) {
          let data151 = data144.supervisionReferenceRatio;
          if (typeof data151 == "number" && isFinite(data151)) {
            if (data151 > 50 || isNaN(data151)) {
              const err578 = { instancePath: instancePath + "/stress/supervisionReferenceRatio", schemaPath: "#/properties/stress/properties/supervisionReferenceRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
              if (vErrors === null) {
                vErrors = [err578];
              } else {
                vErrors.push(err578);
              }
              errors++;
            }
            if (data151 <= 0 || isNaN(data151)) {
              const err579 = { instancePath: instancePath + "/stress/supervisionReferenceRatio", schemaPath: "#/properties/stress/properties/supervisionReferenceRatio/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err579];
              } else {
                vErrors.push(err579);
              }
              errors++;
            }
          } else {
            const err580 = { instancePath: instancePath + "/stress/supervisionReferenceRatio", schemaPath: "#/properties/stress/properties/supervisionReferenceRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err580];
            } else {
              vErrors.push(err580);
            }
            errors++;
          }
        }
        if (data144.supervisionEffect !== void 0) {
          let data152 = data144.supervisionEffect;
          if (typeof data152 == "number" && isFinite(data152)) {
            if (data152 > 5 || isNaN(data152)) {
              const err581 = { instancePath: instancePath + "/stress/supervisionEffect", schemaPath: "#/properties/stress/properties/supervisionEffect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err581];
              } else {
                vErrors.push(err581);
              }
              errors++;
            }
            if (data152 < 0 || isNaN(data152)) {
              const err582 = { instancePath: instancePath + "/stress/supervisionEffect", schemaPath: "#/properties/stress/properties/supervisionEffect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err582];
              } else {
                vErrors.push(err582);
              }
              errors++;
            }
          } else {
            const err583 = { instancePath: instancePath + "/stress/supervisionEffect", schemaPath: "#/properties/stress/properties/supervisionEffect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err583];
            } else {
              vErrors.push(err583);
            }
            errors++;
          }
        }
      } else {
        const err584 = { instancePath: instancePath + "/stress", schemaPath: "#/properties/stress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err584];
        } else {
          vErrors.push(err584);
        }
        errors++;
      }
    }
    if (data.morale !== void 0) {
      let data153 = data.morale;
      if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
        for (const key23 in data153) {
          if (!(key23 === "dropPerLeaverShare" || key23 === "vacancyEffect" || key23 === "recoveryPerWeek")) {
            const err585 = { instancePath: instancePath + "/morale", schemaPath: "#/properties/morale/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err585];
            } else {
              vErrors.push(err585);
            }
            errors++;
          }
        }
        if (data153.dropPerLeaverShare !== void 0) {
          let data154 = data153.dropPerLeaverShare;
          if (typeof data154 == "number" && isFinite(data154)) {
            if (data154 > 100 || isNaN(data154)) {
              const err586 = { instancePath: instancePath + "/morale/dropPerLeaverShare", schemaPath: "#/properties/morale/properties/dropPerLeaverShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err586];
              } else {
                vErrors.push(err586);
              }
              errors++;
            }
            if (data154 < 0 || isNaN(data154)) {
              const err587 = { instancePath: instancePath + "/morale/dropPerLeaverShare", schemaPath: "#/properties/morale/properties/dropPerLeaverShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err587];
              } else {
                vErrors.push(err587);
              }
              errors++;
            }
          } else {
            const err588 = { instancePath: instancePath + "/morale/dropPerLeaverShare", schemaPath: "#/properties/morale/properties/dropPerLeaverShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err588];
            } else {
              vErrors.push(err588);
            }
            errors++;
          }
        }
        if (data153.vacancyEffect !== void 0) {
          let data155 = data153.vacancyEffect;
          if (typeof data155 == "number" && isFinite(data155)) {
            if (data155 > 10 || isNaN(data155)) {
              const err589 = { instancePath: instancePath + "/morale/vacancyEffect", schemaPath: "#/properties/morale/properties/vacancyEffect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err589];
              } else {
                vErrors.push(err589);
              }
              errors++;
            }
            if (data155 < 0 || isNaN(data155)) {
              const err590 = { instancePath: instancePath + "/morale/vacancyEffect", schemaPath: "#/properties/morale/properties/vacancyEffect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err590];
              } else {
                vErrors.push(err590);
              }
              errors++;
            }
          } else {
            const err591 = { instancePath: instancePath + "/morale/vacancyEffect", schemaPath: "#/properties/morale/properties/vacancyEffect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err591];
            } else {
              vErrors.push(err591);
            }
            errors++;
          }
        }
        if (data153.recoveryPerWeek !== void 0) {
          let data156 = data153.recoveryPerWeek;
          if (typeof data156 == "number" && isFinite(data156)) {
            if (data156 > 1 || isNaN(data156)) {
              const err592 = { instancePath: instancePath + "/morale/recoveryPerWeek", schemaPath: "#/properties/morale/properties/recoveryPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err592];
              } else {
                vErrors.push(err592);
              }
              errors++;
            }
            if (data156 < 0 || isNaN(data156)) {
              const err593 = { instancePath: instancePath + "/morale/recoveryPerWeek", schemaPath: "#/properties/morale/properties/recoveryPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err593];
              } else {
                vErrors.push(err593);
              }
              errors++;
            }
          } else {
            const err594 = { instancePath: instancePath + "/morale/recoveryPerWeek", schemaPath: "#/properties/morale/properties/recoveryPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err594];
            } else {
              vErrors.push(err594);
            }
            errors++;
          }
        }
      } else {
        const err595 = { instancePath: instancePath + "/morale", schemaPath: "#/properties/morale/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err595];
        } else {
          vErrors.push(err595);
        }
        errors++;
      }
    }
    if (data.turnover !== void 0) {
      let data157 = data.turnover;
      if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
        for (const key24 in data157) {
          if (!func2.call(schema11.properties.turnover.properties, key24)) {
            const err596 = { instancePath: instancePath + "/turnover", schemaPath: "#/properties/turnover/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err596];
            } else {
              vErrors.push(err596);
            }
            errors++;
          }
        }
        if (data157.baseAnnualRate !== void 0) {
          let data158 = data157.baseAnnualRate;
          if (typeof data158 == "number" && isFinite(data158)) {
            if (data158 > 1 || isNaN(data158)) {
              const err597 = { instancePath: instancePath + "/turnover/baseAnnualRate", schemaPath: "#/properties/turnover/properties/baseAnnualRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err597];
              } else {
                vErrors.push(err597);
              }
              errors++;
            }
            if (data158 < 0 || isNaN(data158)) {
              const err598 = { instancePath: instancePath + "/turnover/baseAnnualRate", schemaPath: "#/properties/turnover/properties/baseAnnualRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err598];
              } else {
                vErrors.push(err598);
              }
              errors++;
            }
          } else {
            const err599 = { instancePath: instancePath + "/turnover/baseAnnualRate", schemaPath: "#/properties/turnover/properties/baseAnnualRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err599];
            } else {
              vErrors.push(err599);
            }
            errors++;
          }
        }
        if (data157.stressMultiplier !== void 0) {
          let data159 = data157.stressMultiplier;
          if (typeof data159 == "number" && isFinite(data159)) {
            if (data159 > 20 || isNaN(data159)) {
              const err600 = { instancePath: instancePath + "/turnover/stressMultiplier", schemaPath: "#/properties/turnover/properties/stressMultiplier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err600];
              } else {
                vErrors.push(err600);
              }
              errors++;
            }
            if (data159 < 0 || isNaN(data159)) {
              const err601 = { instancePath: instancePath + "/turnover/stressMultiplier", schemaPath: "#/properties/turnover/properties/stressMultiplier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err601];
              } else {
                vErrors.push(err601);
              }
              errors++;
            }
          } else {
            const err602 = { instancePath: instancePath + "/turnover/stressMultiplier", schemaPath: "#/properties/turnover/properties/stressMultiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err602];
            } else {
              vErrors.push(err602);
            }
            errors++;
          }
        }
        if (data157.moraleMultiplier !== void 0) {
          let data160 = data157.moraleMultiplier;
          if (typeof data160 == "number" && isFinite(data160)) {
            if (data160 > 20 || isNaN(data160)) {
              const err603 = { instancePath: instancePath + "/turnover/moraleMultiplier", schemaPath: "#/properties/turnover/properties/moraleMultiplier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err603];
              } else {
                vErrors.push(err603);
              }
              errors++;
            }
            if (data160 < 0 || isNaN(data160)) {
              const err604 = { instancePath: instancePath + "/turnover/moraleMultiplier", schemaPath: "#/properties/turnover/properties/moraleMultiplier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err604];
              } else {
                vErrors.push(err604);
              }
              errors++;
            }
          } else {
            const err605 = { instancePath: instancePath + "/turnover/moraleMultiplier", schemaPath: "#/properties/turnover/properties/moraleMultiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err605];
            } else {
              vErrors.push(err605);
            }
            errors++;
          }
        }
        if (data157.earlyTenureMultiplier !== void 0) {
          let data161 = data157.earlyTenureMultiplier;
          if (typeof data161 == "number" && isFinite(data161)) {
            if (data161 > 20 || isNaN(data161)) {
              const err606 = { instancePath: instancePath + "/turnover/earlyTenureMultiplier", schemaPath: "#/properties/turnover/properties/earlyTenureMultiplier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err606];
              } else {
                vErrors.push(err606);
              }
              errors++;
            }
            if (data161 < 0 || isNaN(data161)) {
              const err607 = { instancePath: instancePath + "/turnover/earlyTenureMultiplier", schemaPath: "#/properties/turnover/properties/earlyTenureMultiplier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err607];
              } else {
                vErrors.push(err607);
              }
              errors++;
            }
          } else {
            const err608 = { instancePath: instancePath + "/turnover/earlyTenureMultiplier", schemaPath: "#/properties/turnover/properties/earlyTenureMultiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err608];
            } else {
              vErrors.push(err608);
            }
            errors++;
          }
        }
        if (data157.earlyTenureYears !== void 0) {
          let data162 = data157.earlyTenureYears;
          if (typeof data162 == "number" && isFinite(data162)) {
            if (data162 > 40 || isNaN(data162)) {
              const err609 = { instancePath: instancePath + "/turnover/earlyTenureYears", schemaPath: "#/properties/turnover/properties/earlyTenureYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
              if (vErrors === null) {
                vErrors = [err609];
              } else {
                vErrors.push(err609);
              }
              errors++;
            }
            if (data162 < 0 || isNaN(data162)) {
              const err610 = { instancePath: instancePath + "/turnover/earlyTenureYears", schemaPath: "#/properties/turnover/properties/earlyTenureYears/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err610];
              } else {
                vErrors.push(err610);
              }
              errors++;
            }
          } else {
            const err611 = { instancePath: instancePath + "/turnover/earlyTenureYears", schemaPath: "#/properties/turnover/properties/earlyTenureYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err611];
            } else {
              vErrors.push(err611);
            }
            errors++;
          }
        }
        if (data157.propensitySpread !== void 0) {
          let data163 = data157.propensitySpread;
          if (typeof data163 == "number" && isFinite(data163)) {
            if (data163 > 2 || isNaN(data163)) {
              const err612 = { instancePath: instancePath + "/turnover/propensitySpread", schemaPath: "#/properties/turnover/properties/propensitySpread/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2" };
              if (vErrors === null) {
                vErrors = [err612];
              } else {
                vErrors.push(err612);
              }
              errors++;
            }
            if (data163 < 0 || isNaN(data163)) {
              const err613 = { instancePath: instancePath + "/turnover/propensitySpread", schemaPath: "#/properties/turnover/properties/propensitySpread/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err613];
              } else {
                vErrors.push(err613);
              }
              errors++;
            }
          } else {
            const err614 = { instancePath: instancePath + "/turnover/propensitySpread", schemaPath: "#/properties/turnover/properties/propensitySpread/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err614];
            } else {
              vErrors.push(err614);
            }
            errors++;
          }
        }
        if (data157.maxServiceYears !== void 0) {
          let data164 = data157.maxServiceYears;
          if (typeof data164 == "number" && isFinite(data164)) {
            if (data164 > 60 || isNaN(data164)) {
              const err615 = { instancePath: instancePath + "/turnover/maxServiceYears", schemaPath: "#/properties/turnover/properties/maxServiceYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60" };
              if (vErrors === null) {
                vErrors = [err615];
              } else {
                vErrors.push(err615);
              }
              errors++;
            }
            if (data164 < 1 || isNaN(data164)) {
              const err616 = { instancePath: instancePath + "/turnover/maxServiceYears", schemaPath: "#/properties/turnover/properties/maxServiceYears/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err616];
              } else {
                vErrors.push(err616);
              }
              errors++;
            }
          } else {
            const err617 = { instancePath: instancePath + "/turnover/maxServiceYears", schemaPath: "#/properties/turnover/properties/maxServiceYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err617];
            } else {
              vErrors.push(err617);
            }
            errors++;
          }
        }
        if (data157.noticeWeeks !== void 0) {
          let data165 = data157.noticeWeeks;
          if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165)) && isFinite(data165))) {
            const err618 = { instancePath: instancePath + "/turnover/noticeWeeks", schemaPath: "#/properties/turnover/properties/noticeWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err618];
            } else {
              vErrors.push(err618);
            }
            errors++;
          }
          if (typeof data165 == "number" && isFinite(data165)) {
            if (data165 > 26 || isNaN(data165)) {
              const err619 = { instancePath: instancePath + "/turnover/noticeWeeks", schemaPath: "#/properties/turnover/properties/noticeWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 26 }, message: "must be <= 26" };
              if (vErrors === null) {
                vErrors = [err619];
              } else {
                vErrors.push(err619);
              }
              errors++;
            }
            if (data165 < 0 || isNaN(data165)) {
              const err620 = { instancePath: instancePath + "/turnover/noticeWeeks", schemaPath: "#/properties/turnover/properties/noticeWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err620];
              } else {
                vErrors.push(err620);
              }
              errors++;
            }
          }
        }
        if (data157.destinations !== void 0) {
          let data166 = data157.destinations;
          if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
            for (const key25 in data166) {
              if (!(key25 === "otherAuthority" || key25 === "agency" || key25 === "outOfSector")) {
                const err621 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/properties/turnover/properties/destinations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err621];
                } else {
                  vErrors.push(err621);
                }
                errors++;
              }
            }
            if (data166.otherAuthority !== void 0) {
              let data167 = data166.otherAuthority;
              if (typeof data167 == "number" && isFinite(data167)) {
                if (data167 > 1 || isNaN(data167)) {
                  const err622 = { instancePath: instancePath + "/turnover/destinations/otherAuthority", schemaPath: "#/properties/turnover/properties/destinations/properties/otherAuthority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err622];
                  } else {
                    vErrors.push(err622);
                  }
                  errors++;
                }
                if (data167 < 0 || isNaN(data167)) {
                  const err623 = { instancePath: instancePath + "/turnover/destinations/otherAuthority", schemaPath: "#/properties/turnover/properties/destinations/properties/otherAuthority/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err623];
                  } else {
                    vErrors.push(err623);
                  }
                  errors++;
                }
              } else {
                const err624 = { instancePath: instancePath + "/turnover/destinations/otherAuthority", schemaPath: "#/properties/turnover/properties/destinations/properties/otherAuthority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err624];
                } else {
                  vErrors.push(err624);
                }
                errors++;
              }
            }
            if (data166.agency !== void 0) {
              let data168 = data166.agency;
              if (typeof data168 == "number" && isFinite(data168)) {
                if (data168 > 1 || isNaN(data168)) {
                  const err625 = { instancePath: instancePath + "/turnover/destinations/agency", schemaPath: "#/properties/turnover/properties/destinations/properties/agency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err625];
                  } else {
                    vErrors.push(err625);
                  }
                  errors++;
                }
                if (data168 < 0 || isNaN(data168)) {
                  const err626 = { instancePath: instancePath + "/turnover/destinations/agency", schemaPath: "#/properties/turnover/properties/destinations/properties/agency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err626];
                  } else {
                    vErrors.push(err626);
                  }
                  errors++;
                }
              } else {
                const err627 = { instancePath: instancePath + "/turnover/destinations/agency", schemaPath: "#/properties/turnover/properties/destinations/properties/agency/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err627];
                } else {
                  vErrors.push(err627);
                }
                errors++;
              }
            }
            if (data166.outOfSector !== void 0) {
              let data169 = data166.outOfSector;
              if (typeof data169 == "number" && isFinite(data169)) {
                if (data169 > 1 || isNaN(data169)) {
                  const err628 = { instancePath: instancePath + "/turnover/destinations/outOfSector", schemaPath: "#/properties/turnover/properties/destinations/properties/outOfSector/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err628];
                  } else {
                    vErrors.push(err628);
                  }
                  errors++;
                }
                if (data169 < 0 || isNaN(data169)) {
                  const err629 = { instancePath: instancePath + "/turnover/destinations/outOfSector", schemaPath: "#/properties/turnover/properties/destinations/properties/outOfSector/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err629];
                  } else {
                    vErrors.push(err629);
                  }
                  errors++;
                }
              } else {
                const err630 = { instancePath: instancePath + "/turnover/destinations/outOfSector", schemaPath: "#/properties/turnover/properties/destinations/properties/outOfSector/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err630];
                } else {
                  vErrors.push(err630);
                }
                errors++;
              }
            }
          } else {
            const err631 = { instancePath: instancePath + "/turnover/destinations", schemaPath: "#/properties/turnover/properties/destinations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err631];
            } else {
              vErrors.push(err631);
            }
            errors++;
          }
        }
      } else {
        const err632 = { instancePath: instancePath + "/turnover", schemaPath: "#/properties/turnover/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err632];
        } else {
          vErrors.push(err632);
        }
        errors++;
      }
    }
    if (data.absence !== void 0) {
      let data170 = data.absence;
      if (data170 && typeof data170 == "object" && !Array.isArray(data170)) {
        for (const key26 in data170) {
          if (!func2.call(schema11.properties.absence.properties, key26)) {
            const err633 = { instancePath: instancePath + "/absence", schemaPath: "#/properties/absence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err633];
            } else {
              vErrors.push(err633);
            }
            errors++;
          }
        }
        if (data170.baseRate !== void 0) {
          let data171 = data170.baseRate;
          if (typeof data171 == "number" && isFinite(data171)) {
            if (data171 > 1 || isNaN(data171)) {
              const err634 = { instancePath: instancePath + "/absence/baseRate", schemaPath: "#/properties/absence/properties/baseRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err634];
              } else {
                vErrors.push(err634);
              }
              errors++;
            }
            if (data171 < 0 || isNaN(data171)) {
              const err635 = { instancePath: instancePath + "/absence/baseRate", schemaPath: "#/properties/absence/properties/baseRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err635];
              } else {
                vErrors.push(err635);
              }
              errors++;
            }
          } else {
            const err636 = { instancePath: instancePath + "/absence/baseRate", schemaPath: "#/properties/absence/properties/baseRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err636];
            } else {
              vErrors.push(err636);
            }
            errors++;
          }
        }
        if (data170.stressEffect !== void 0) {
          let data172 = data170.stressEffect;
          if (typeof data172 == "number" && isFinite(data172)) {
            if (data172 > 20 || isNaN(data172)) {
              const err637 = { instancePath: instancePath + "/absence/stressEffect", schemaPath: "#/properties/absence/properties/stressEffect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err637];
              } else {
                vErrors.push(err637);
              }
              errors++;
            }
            if (data172 < 0 || isNaN(data172)) {
              const err638 = { instancePath: instancePath + "/absence/stressEffect", schemaPath: "#/properties/absence/properties/stressEffect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err638];
              } else {
                vErrors.push(err638);
              }
              errors++;
            }
          } else {
            const err639 = { instancePath: instancePath + "/absence/stressEffect", schemaPath: "#/properties/absence/properties/stressEffect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err639];
            } else {
              vErrors.push(err639);
            }
            errors++;
          }
        }
        if (data170.longShare !== void 0) {
          let data173 = data170.longShare;
          if (typeof data173 == "number" && isFinite(data173)) {
            if (data173 > 1 || isNaN(data173)) {
              const err640 = { instancePath: instancePath + "/absence/longShare", schemaPath: "#/properties/absence/properties/longShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err640];
              } else {
                vErrors.push(err640);
              }
              errors++;
            }
            if (data173 < 0 || isNaN(data173)) {
              const err641 = { instancePath: instancePath + "/absence/longShare", schemaPath: "#/properties/absence/properties/longShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err641];
              } else {
                vErrors.push(err641);
              }
              errors++;
            }
          } else {
            const err642 = { instancePath: instancePath + "/absence/longShare", schemaPath: "#/properties/absence/properties/longShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err642];
            } else {
              vErrors.push(err642);
            }
            errors++;
          }
        }
        if (data170.shortWeeks !== void 0) {
          let data174 = data170.shortWeeks;
          if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
            for (const key27 in data174) {
              if (!(key27 === "min" || key27 === "max")) {
                const err643 = { instancePath: instancePath + "/absence/shortWeeks", schemaPath: "#/properties/absence/properties/shortWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err643];
                } else {
                  vErrors.push(err643);
                }
                errors++;
              }
            }
            if (data174.min !== void 0) {
              let data175 = data174.min;
              if (!(typeof data175 == "number" && (!(data175 % 1) && !isNaN(data175)) && isFinite(data175))) {
                const err644 = { instancePath: instancePath + "/absence/shortWeeks/min", schemaPath: "#/properties/absence/properties/shortWeeks/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err644];
                } else {
                  vErrors.push(err644);
                }
                errors++;
              }
              if (typeof data175 == "number" && isFinite(data175)) {
                if (data175 > 52 || isNaN(data175)) {
                  const err645 = { instancePath: instancePath + "/absence/shortWeeks/min", schemaPath: "#/properties/absence/properties/shortWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
                  if (vErrors === null) {
                    vErrors = [err645];
                  } else {
                    vErrors.push(err645);
                  }
                  errors++;
                }
                if (data175 < 1 || isNaN(data175)) {
                  const err646 = { instancePath: instancePath + "/absence/shortWeeks/min", schemaPath: "#/properties/absence/properties/shortWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err646];
                  } else {
                    vErrors.push(err646);
                  }
                  errors++;
                }
              }
            }
            if (data174.max !== void 0) {
              let data176 = data174.max;
              if (!(typeof data176 == "number" && (!(data176 % 1) && !isNaN(data176)) && isFinite(data176))) {
                const err647 = { instancePath: instancePath + "/absence/shortWeeks/max", schemaPath: "#/properties/absence/properties/shortWeeks/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err647];
                } else {
                  vErrors.push(err647);
                }
                errors++;
              }
              if (typeof data176 == "number" && isFinite(data176)) {
                if (data176 > 52 || isNaN(data176)) {
                  const err648 = { instancePath: instancePath + "/absence/shortWeeks/max", schemaPath: "#/properties/absence/properties/shortWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
                  if (vErrors === null) {
                    vErrors = [err648];
                  } else {
                    vErrors.push(err648);
                  }
                  errors++;
                }
                if (data176 < 1 || isNaN(data176)) {
                  const err649 = { instancePath: instancePath + "/absence/shortWeeks/max", schemaPath: "#/properties/absence/properties/shortWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err649];
                  } else {
                    vErrors.push(err649);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err650 = { instancePath: instancePath + "/absence/shortWeeks", schemaPath: "#/properties/absence/properties/shortWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err650];
            } else {
              vErrors.push(err650);
            }
            errors++;
          }
        }
        if (data170.longWeeks !== void 0) {
          let data177 = data170.longWeeks;
          if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
            for (const key28 in data177) {
              if (!(key28 === "min" || key28 === "max")) {
                const err651 = { instancePath: instancePath + "/absence/longWeeks", schemaPath: "#/properties/absence/properties/longWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err651];
                } else {
                  vErrors.push(err651);
                }
                errors++;
              }
            }
            if (data177.min !== void 0) {
              let data178 = data177.min;
              if (!(typeof data178 == "number" && (!(data178 % 1) && !isNaN(data178)) && isFinite(data178))) {
                const err652 = { instancePath: instancePath + "/absence/longWeeks/min", schemaPath: "#/properties/absence/properties/longWeeks/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err652];
                } else {
                  vErrors.push(err652);
                }
                errors++;
              }
              if (typeof data178 == "number" && isFinite(data178)) {
                if (data178 > 104 || isNaN(data178)) {
                  const err653 = { instancePath: instancePath + "/absence/longWeeks/min", schemaPath: "#/properties/absence/properties/longWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
                  if (vErrors === null) {
                    vErrors = [err653];
                  } else {
                    vErrors.push(err653);
                  }
                  errors++;
                }
                if (data178 < 1 || isNaN(data178)) {
                  const err654 = { instancePath: instancePath + "/absence/longWeeks/min", schemaPath: "#/properties/absence/properties/longWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err654];
                  } else {
                    vErrors.push(err654);
                  }
                  errors++;
                }
              }
            }
            if (data177.max !== void 0) {
              let data179 = data177.max;
              if (!(typeof data179 == "number" && (!(data179 % 1) && !isNaN(data179)) && isFinite(data179))) {
                const err655 = { instancePath: instancePath + "/absence/longWeeks/max", schemaPath: "#/properties/absence/properties/longWeeks/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err655];
                } else {
                  vErrors.push(err655);
                }
                errors++;
              }
              if (typeof data179 == "number" && isFinite(data179)) {
                if (data179 > 104 || isNaN(data179)) {
                  const err656 = { instancePath: instancePath + "/absence/longWeeks/max", schemaPath: "#/properties/absence/properties/longWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
                  if (vErrors === null) {
                    vErrors = [err656];
                  } else {
                    vErrors.push(err656);
                  }
                  errors++;
                }
                if (data179 < 1 || isNaN(data179)) {
                  const err657 = { instancePath: instancePath + "/absence/longWeeks/max", schemaPath: "#/properties/absence/properties/longWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err657];
                  } else {
                    vErrors.push(err657);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err658 = { instancePath: instancePath + "/absence/longWeeks", schemaPath: "#/properties/absence/properties/longWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err658];
            } else {
              vErrors.push(err658);
            }
            errors++;
          }
        }
        if (data170.cover !== void 0) {
          let data180 = data170.cover;
          if (typeof data180 !== "string") {
            const err659 = { instancePath: instancePath + "/absence/cover", schemaPath: "#/properties/absence/properties/cover/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err659];
            } else {
              vErrors.push(err659);
            }
            errors++;
          }
          if (!(data180 === "none" || data180 === "duty")) {
            const err660 = { instancePath: instancePath + "/absence/cover", schemaPath: "#/properties/absence/properties/cover/enum", keyword: "enum", params: { allowedValues: schema11.properties.absence.properties.cover.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err660];
            } else {
              vErrors.push(err660);
            }
            errors++;
          }
        }
        if (data170.dutyCoverProgress !== void 0) {
          let data181 = data170.dutyCoverProgress;
          if (typeof data181 == "number" && isFinite(data181)) {
            if (data181 > 1 || isNaN(data181)) {
              const err661 = { instancePath: instancePath + "/absence/dutyCoverProgress", schemaPath: "#/properties/absence/properties/dutyCoverProgress/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err661];
              } else {
                vErrors.push(err661);
              }
              errors++;
            }
            if (data181 < 0 || isNaN(data181)) {
              const err662 = { instancePath: instancePath + "/absence/dutyCoverProgress", schemaPath: "#/properties/absence/properties/dutyCoverProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err662];
              } else {
                vErrors.push(err662);
              }
              errors++;
            }
          } else {
            const err663 = { instancePath: instancePath + "/absence/dutyCoverProgress", schemaPath: "#/properties/absence/properties/dutyCoverProgress/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err663];
            } else {
              vErrors.push(err663);
            }
            errors++;
          }
        }
        if (data170.reallocateAfterWeeks !== void 0) {
          let data182 = data170.reallocateAfterWeeks;
          if (!(typeof data182 == "number" && (!(data182 % 1) && !isNaN(data182)) && isFinite(data182))) {
            const err664 = { instancePath: instancePath + "/absence/reallocateAfterWeeks", schemaPath: "#/properties/absence/properties/reallocateAfterWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err664];
            } else {
              vErrors.push(err664);
            }
            errors++;
          }
          if (typeof data182 == "number" && isFinite(data182)) {
            if (data182 > 104 || isNaN(data182)) {
              const err665 = { instancePath: instancePath + "/absence/reallocateAfterWeeks", schemaPath: "#/properties/absence/properties/reallocateAfterWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
              if (vErrors === null) {
                vErrors = [err665];
              } else {
                vErrors.push(err665);
              }
              errors++;
            }
            if (data182 < 0 || isNaN(data182)) {
              const err666 = { instancePath: instancePath + "/absence/reallocateAfterWeeks", schemaPath: "#/properties/absence/properties/reallocateAfterWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err666];
              } else {
                vErrors.push(err666);
              }
              errors++;
            }
          }
        }
        if (data170.reallocateIfExpectedWeeks !== void 0) {
          let data183 = data170.reallocateIfExpectedWeeks;
          if (!(typeof data183 == "number" && (!(data183 % 1) && !isNaN(data183)) && isFinite(data183))) {
            const err667 = { instancePath: instancePath + "/absence/reallocateIfExpectedWeeks", schemaPath: "#/properties/absence/properties/reallocateIfExpectedWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err667];
            } else {
              vErrors.push(err667);
            }
            errors++;
          }
          if (typeof data183 == "number" && isFinite(data183)) {
            if (data183 > 104 || isNaN(data183)) {
              const err668 = { instancePath: instancePath + "/absence/reallocateIfExpectedWeeks", schemaPath: "#/properties/absence/properties/reallocateIfExpectedWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
              if (vErrors === null) {
                vErrors = [err668];
              } else {
                vErrors.push(err668);
              }
              errors++;
            }
            if (data183 < 0 || isNaN(data183)) {
              const err669 = { instancePath: instancePath + "/absence/reallocateIfExpectedWeeks", schemaPath: "#/properties/absence/properties/reallocateIfExpectedWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err669];
              } else {
                vErrors.push(err669);
              }
              errors++;
            }
          }
        }
      } else {
        const err670 = { instancePath: instancePath + "/absence", schemaPath: "#/properties/absence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err670];
        } else {
          vErrors.push(err670);
        }
        errors++;
      }
    }
    if (data.recruitment !== void 0) {
      let data184 = data.recruitment;
      if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
        for (const key29 in data184) {
          if (!func2.call(schema11.properties.recruitment.properties, key29)) {
            const err671 = { instancePath: instancePath + "/recruitment", schemaPath: "#/properties/recruitment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err671];
            } else {
              vErrors.push(err671);
            }
            errors++;
          }
        }
        if (data184.enabled !== void 0) {
          if (typeof data184.enabled !== "boolean") {
            const err672 = { instancePath: instancePath + "/recruitment/enabled", schemaPath: "#/properties/recruitment/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err672];
            } else {
              vErrors.push(err672);
            }
            errors++;
          }
        }
        if (data184.timeToHireWeeks !== void 0) {
          let data186 = data184.timeToHireWeeks;
          if (data186 && typeof data186 == "object" && !Array.isArray(data186)) {
            for (const key30 in data186) {
              if (!(key30 === "min" || key30 === "max")) {
                const err673 = { instancePath: instancePath + "/recruitment/timeToHireWeeks", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err673];
                } else {
                  vErrors.push(err673);
                }
                errors++;
              }
            }
            if (data186.min !== void 0) {
              let data187 = data186.min;
              if (!(typeof data187 == "number" && (!(data187 % 1) && !isNaN(data187)) && isFinite(data187))) {
                const err674 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/min", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err674];
                } else {
                  vErrors.push(err674);
                }
                errors++;
              }
              if (typeof data187 == "number" && isFinite(data187)) {
                if (data187 > 104 || isNaN(data187)) {
                  const err675 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/min", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
                  if (vErrors === null) {
                    vErrors = [err675];
                  } else {
                    vErrors.push(err675);
                  }
                  errors++;
                }
                if (data187 < 1 || isNaN(data187)) {
                  const err676 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/min", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err676];
                  } else {
                    vErrors.push(err676);
                  }
                  errors++;
                }
              }
            }
            if (data186.max !== void 0) {
              let data188 = data186.max;
              if (!(typeof data188 == "number" && (!(data188 % 1) && !isNaN(data188)) && isFinite(data188))) {
                const err677 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/max", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err677];
                } else {
                  vErrors.push(err677);
                }
                errors++;
              }
              if (typeof data188 == "number" && isFinite(data188)) {
                if (data188 > 104 || isNaN(data188)) {
                  const err678 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/max", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
                  if (vErrors === null) {
                    vErrors = [err678];
                  } else {
                    vErrors.push(err678);
                  }
                  errors++;
                }
                if (data188 < 1 || isNaN(data188)) {
                  const err679 = { instancePath: instancePath + "/recruitment/timeToHireWeeks/max", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err679];
                  } else {
                    vErrors.push(err679);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err680 = { instancePath: instancePath + "/recruitment/timeToHireWeeks", schemaPath: "#/properties/recruitment/properties/timeToHireWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err680];
            } else {
              vErrors.push(err680);
            }
            errors++;
          }
        }
        if (data184.successProbability !== void 0) {
          let data189 = data184.successProbability;
          if (typeof data189 == "number" && isFinite(data189)) {
            if (data189 > 1 || isNaN(data189)) {
              const err681 = { instancePath: instancePath + "/recruitment/successProbability", schemaPath: "#/properties/recruitment/properties/successProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err681];
              } else {
                vErrors.push(err681);
              }
              errors++;
            }
            if (data189 < 0 || isNaN(data189)) {
              const err682 = { instancePath: instancePath + "/recruitment/successProbability", schemaPath: "#/properties/recruitment/properties/successProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err682];
              } else {
                vErrors.push(err682);
              }
              errors++;
            }
          } else {
            const err683 = { instancePath: instancePath + "/recruitment/successProbability", schemaPath: "#/properties/recruitment/properties/successProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err683];
            } else {
              vErrors.push(err683);
            }
            errors++;
          }
        }
        if (data184.attractiveness !== void 0) {
          let data190 = data184.attractiveness;
          if (typeof data190 == "number" && isFinite(data190)) {
            if (data190 > 5 || isNaN(data190)) {
              const err684 = { instancePath: instancePath + "/recruitment/attractiveness", schemaPath: "#/properties/recruitment/properties/attractiveness/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err684];
              } else {
                vErrors.push(err684);
              }
              errors++;
            }
            if (data190 < 0 || isNaN(data190)) {
              const err685 = { instancePath: instancePath + "/recruitment/attractiveness", schemaPath: "#/properties/recruitment/properties/attractiveness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err685];
              } else {
                vErrors.push(err685);
              }
              errors++;
            }
          } else {
            const err686 = { instancePath: instancePath + "/recruitment/attractiveness", schemaPath: "#/properties/recruitment/properties/attractiveness/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err686];
            } else {
              vErrors.push(err686);
            }
            errors++;
          }
        }
        if (data184.flexibleWorkingBonus !== void 0) {
          let data191 = data184.flexibleWorkingBonus;
          if (typeof data191 == "number" && isFinite(data191)) {
            if (data191 > 2 || isNaN(data191)) {
              const err687 = { instancePath: instancePath + "/recruitment/flexibleWorkingBonus", schemaPath: "#/properties/recruitment/properties/flexibleWorkingBonus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2" };
              if (vErrors === null) {
                vErrors = [err687];
              } else {
                vErrors.push(err687);
              }
              errors++;
            }
            if (data191 < 0 || isNaN(data191)) {
              const err688 = { instancePath: instancePath + "/recruitment/flexibleWorkingBonus", schemaPath: "#/properties/recruitment/properties/flexibleWorkingBonus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err688];
              } else {
                vErrors.push(err688);
              }
              errors++;
            }
          } else {
            const err689 = { instancePath: instancePath + "/recruitment/flexibleWorkingBonus", schemaPath: "#/properties/recruitment/properties/flexibleWorkingBonus/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err689];
            } else {
              vErrors.push(err689);
            }
            errors++;
          }
        }
        if (data184.inadequateRating !== void 0) {
          if (typeof data184.inadequateRating !== "boolean") {
            const err690 = { instancePath: instancePath + "/recruitment/inadequateRating", schemaPath: "#/properties/recruitment/properties/inadequateRating/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err690];
            } else {
              vErrors.push(err690);
            }
            errors++;
          }
        }
        if (data184.inadequatePenalty !== void 0) {
          let data193 = data184.inadequatePenalty;
          if (typeof data193 == "number" && isFinite(data193)) {
            if (data193 > 1 || isNaN(data193)) {
              const err691 = { instancePath: instancePath + "/recruitment/inadequatePenalty", schemaPath: "#/properties/recruitment/properties/inadequatePenalty/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err691];
              } else {
                vErrors.push(err691);
              }
              errors++;
            }
            if (data193 < 0 || isNaN(data193)) {
              const err692 = { instancePath: instancePath + "/recruitment/inadequatePenalty", schemaPath: "#/properties/recruitment/properties/inadequatePenalty/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err692];
              } else {
                vErrors.push(err692);
              }
              errors++;
            }
          } else {
            const err693 = { instancePath: instancePath + "/recruitment/inadequatePenalty", schemaPath: "#/properties/recruitment/properties/inadequatePenalty/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err693];
            } else {
              vErrors.push(err693);
            }
            errors++;
          }
        }
        if (data184.overseasShare !== void 0) {
          let data194 = data184.overseasShare;
          if (typeof data194 == "number" && isFinite(data194)) {
            if (data194 > 1 || isNaN(data194)) {
              const err694 = { instancePath: instancePath + "/recruitment/overseasShare", schemaPath: "#/properties/recruitment/properties/overseasShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err694];
              } else {
                vErrors.push(err694);
              }
              errors++;
            }
            if (data194 < 0 || isNaN(data194)) {
              const err695 = { instancePath: instancePath + "/recruitment/overseasShare", schemaPath: "#/properties/recruitment/properties/overseasShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err695];
              } else {
                vErrors.push(err695);
              }
              errors++;
            }
          } else {
            const err696 = { instancePath: instancePath + "/recruitment/overseasShare", schemaPath: "#/properties/recruitment/properties/overseasShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err696];
            } else {
              vErrors.push(err696);
            }
            errors++;
          }
        }
        if (data184.overseasLeadWeeks !== void 0) {
          let data195 = data184.overseasLeadWeeks;
          if (data195 && typeof data195 == "object" && !Array.isArray(data195)) {
            for (const key31 in data195) {
              if (!(key31 === "min" || key31 === "max")) {
                const err697 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err697];
                } else {
                  vErrors.push(err697);
                }
                errors++;
              }
            }
            if (data195.min !== void 0) {
              let data196 = data195.min;
              if (!(typeof data196 == "number" && (!(data196 % 1) && !isNaN(data196)) && isFinite(data196))) {
                const err698 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/min", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err698];
                } else {
                  vErrors.push(err698);
                }
                errors++;
              }
              if (typeof data196 == "number" && isFinite(data196)) {
                if (data196 > 156 || isNaN(data196)) {
                  const err699 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/min", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 156 }, message: "must be <= 156" };
                  if (vErrors === null) {
                    vErrors = [err699];
                  } else {
                    vErrors.push(err699);
                  }
                  errors++;
                }
                if (data196 < 1 || isNaN(data196)) {
                  const err700 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/min", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err700];
                  } else {
                    vErrors.push(err700);
                  }
                  errors++;
                }
              }
            }
            if (data195.max !== void 0) {
              let data197 = data195.max;
              if (!(typeof data197 == "number" && (!(data197 % 1) && !isNaN(data197)) && isFinite(data197))) {
                const err701 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/max", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err701];
                } else {
                  vErrors.push(err701);
                }
                errors++;
              }
              if (typeof data197 == "number" && isFinite(data197)) {
                if (data197 > 156 || isNaN(data197)) {
                  const err702 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/max", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 156 }, message: "must be <= 156" };
                  if (vErrors === null) {
                    vErrors = [err702];
                  } else {
                    vErrors.push(err702);
                  }
                  errors++;
                }
                if (data197 < 1 || isNaN(data197)) {
                  const err703 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks/max", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err703];
                  } else {
                    vErrors.push(err703);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err704 = { instancePath: instancePath + "/recruitment/overseasLeadWeeks", schemaPath: "#/properties/recruitment/properties/overseasLeadWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err704];
            } else {
              vErrors.push(err704);
            }
            errors++;
          }
        }
        if (data184.overseasInductionWeeks !== void 0) {
          let data198 = data184.overseasInductionWeeks;
          if (!(typeof data198 == "number" && (!(data198 % 1) && !isNaN(data198)) && isFinite(data198))) {
            const err705 = { instancePath: instancePath + "/recruitment/overseasInductionWeeks", schemaPath: "#/properties/recruitment/properties/overseasInductionWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err705];
            } else {
              vErrors.push(err705);
            }
            errors++;
          }
          if (typeof data198 == "number" && isFinite(data198)) {
            if (data198 > 104 || isNaN(data198)) {
              const err706 = { instancePath: instancePath + "/recruitment/overseasInductionWeeks", schemaPath: "#/properties/recruitment/properties/overseasInductionWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
              if (vErrors === null) {
                vErrors = [err706];
              } else {
                vErrors.push(err706);
              }
              errors++;
            }
            if (data198 < 0 || isNaN(data198)) {
              const err707 = { instancePath: instancePath + "/recruitment/overseasInductionWeeks", schemaPath: "#/properties/recruitment/properties/overseasInductionWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err707];
              } else {
                vErrors.push(err707);
              }
              errors++;
            }
          }
        }
        if (data184.priorExperienceYears !== void 0) {
          let data199 = data184.priorExperienceYears;
          if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
            for (const key32 in data199) {
              if (!(key32 === "min" || key32 === "max")) {
                const err708 = { instancePath: instancePath + "/recruitment/priorExperienceYears", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err708];
                } else {
                  vErrors.push(err708);
                }
                errors++;
              }
            }
            if (data199.min !== void 0) {
              let data200 = data199.min;
              if (typeof data200 == "number" && isFinite(data200)) {
                if (data200 > 40 || isNaN(data200)) {
                  const err709 = { instancePath: instancePath + "/recruitment/priorExperienceYears/min", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
                  if (vErrors === null) {
                    vErrors = [err709];
                  } else {
                    vErrors.push(err709);
                  }
                  errors++;
                }
                if (data200 < 0 || isNaN(data200)) {
                  const err710 = { instancePath: instancePath + "/recruitment/priorExperienceYears/min", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err710];
                  } else {
                    vErrors.push(err710);
                  }
                  errors++;
                }
              } else {
                const err711 = { instancePath: instancePath + "/recruitment/priorExperienceYears/min", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err711];
                } else {
                  vErrors.push(err711);
                }
                errors++;
              }
            }
            if (data199.max !== void 0) {
              let data201 = data199.max;
              if (typeof data201 == "number" && isFinite(data201)) {
                if (data201 > 40 || isNaN(data201)) {
                  const err712 = { instancePath: instancePath + "/recruitment/priorExperienceYears/max", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
                  if (vErrors === null) {
                    vErrors = [err712];
                  } else {
                    vErrors.push(err712);
                  }
                  errors++;
                }
                if (data201 < 0 || isNaN(data201)) {
                  const err713 = { instancePath: instancePath + "/recruitment/priorExperienceYears/max", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err713];
                  } else {
                    vErrors.push(err713);
                  }
                  errors++;
                }
              } else {
                const err714 = { instancePath: instancePath + "/recruitment/priorExperienceYears/max", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err714];
                } else {
                  vErrors.push(err714);
                }
                errors++;
              }
            }
          } else {
            const err715 = { instancePath: instancePath + "/recruitment/priorExperienceYears", schemaPath: "#/properties/recruitment/properties/priorExperienceYears/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err715];
            } else {
              vErrors.push(err715);
            }
            errors++;
          }
        }
        if (data184.nqIntakeWeek !== void 0) {
          let data202 = data184.nqIntakeWeek;
          if (!(typeof data202 == "number" && (!(data202 % 1) && !isNaN(data202)) && isFinite(data202))) {
            const err716 = { instancePath: instancePath + "/recruitment/nqIntakeWeek", schemaPath: "#/properties/recruitment/properties/nqIntakeWeek/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err716];
            } else {
              vErrors.push(err716);
            }
            errors++;
          }
          if (typeof data202 == "number" && isFinite(data202)) {
            if (data202 > 51 || isNaN(data202)) {
              const err717 = { instancePath: instancePath + "/recruitment/nqIntakeWeek", schemaPath: "#/properties/recruitment/properties/nqIntakeWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 51 }, message: "must be <= 51" };
              if (vErrors === null) {
                vErrors = [err717];
              } else {
                vErrors.push(err717);
              }
              errors++;
            }
            if (data202 < 0 || isNaN(data202)) {
              const err718 = { instancePath: instancePath + "/recruitment/nqIntakeWeek", schemaPath: "#/properties/recruitment/properties/nqIntakeWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err718];
              } else {
                vErrors.push(err718);
              }
              errors++;
            }
          }
        }
        if (data184.nqIntakePerYear !== void 0) {
          let data203 = data184.nqIntakePerYear;
          if (typeof data203 == "number" && isFinite(data203)) {
            if (data203 > 1e5 || isNaN(data203)) {
              const err719 = { instancePath: instancePath + "/recruitment/nqIntakePerYear", schemaPath: "#/properties/recruitment/properties/nqIntakePerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
              if (vErrors === null) {
                vErrors = [err719];
              } else {
                vErrors.push(err719);
              }
              errors++;
            }
            if (data203 < 0 || isNaN(data203)) {
              const err720 = { instancePath: instancePath + "/recruitment/nqIntakePerYear", schemaPath: "#/properties/recruitment/properties/nqIntakePerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err720];
              } else {
                vErrors.push(err720);
              }
              errors++;
            }
          } else {
            const err721 = { instancePath: instancePath + "/recruitment/nqIntakePerYear", schemaPath: "#/properties/recruitment/properties/nqIntakePerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err721];
            } else {
              vErrors.push(err721);
            }
            errors++;
          }
        }
        if (data184.nqLeavingMultiplier !== void 0) {
          let data204 = data184.nqLeavingMultiplier;
          if (typeof data204 == "number" && isFinite(data204)) {
            if (data204 > 20 || isNaN(data204)) {
              const err722 = { instancePath: instancePath + "/recruitment/nqLeavingMultiplier", schemaPath: "#/properties/recruitment/properties/nqLeavingMultiplier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err722];
              } else {
                vErrors.push(err722);
              }
              errors++;
            }
            if (data204 < 0 || isNaN(data204)) {
              const err723 = { instancePath: instancePath + "/recruitment/nqLeavingMultiplier", schemaPath: "#/properties/recruitment/properties/nqLeavingMultiplier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err723];
              } else {
                vErrors.push(err723);
              }
              errors++;
            }
          } else {
            const err724 = { instancePath: instancePath + "/recruitment/nqLeavingMultiplier", schemaPath: "#/properties/recruitment/properties/nqLeavingMultiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err724];
            } else {
              vErrors.push(err724);
            }
            errors++;
          }
        }
      } else {
        const err725 = { instancePath: instancePath + "/recruitment", schemaPath: "#/properties/recruitment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err725];
        } else {
          vErrors.push(err725);
        }
        errors++;
      }
    }
    if (data.agency !== void 0) {
      let data205 = data.agency;
      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
        for (const key33 in data205) {
          if (!func2.call(schema11.properties.agency.properties, key33)) {
            const err726 = { instancePath: instancePath + "/agency", schemaPath: "#/properties/agency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err726];
            } else {
              vErrors.push(err726);
            }
            errors++;
          }
        }
        if (data205.allowed !== void 0) {
          if (typeof data205.allowed !== "boolean") {
            const err727 = { instancePath: instancePath + "/agency/allowed", schemaPath: "#/properties/agency/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err727];
            } else {
              vErrors.push(err727);
            }
            errors++;
          }
        }
        if (data205.fillDelayWeeks !== void 0) {
          let data207 = data205.fillDelayWeeks;
          if (!(typeof data207 == "number" && (!(data207 % 1) && !isNaN(data207)) && isFinite(data207))) {
            const err728 = { instancePath: instancePath + "/agency/fillDelayWeeks", schemaPath: "#/properties/agency/properties/fillDelayWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err728];
            } else {
              vErrors.push(err728);
            }
            errors++;
          }
          if (typeof data207 == "number" && isFinite(data207)) {
            if (data207 > 52 || isNaN(data207)) {
              const err729 = { instancePath: instancePath + "/agency/fillDelayWeeks", schemaPath: "#/properties/agency/properties/fillDelayWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52" };
              if (vErrors === null) {
                vErrors = [err729];
              } else {
                vErrors.push(err729);
              }
              errors++;
            }
            if (data207 < 0 || isNaN(data207)) {
              const err730 = { instancePath: instancePath + "/agency/fillDelayWeeks", schemaPath: "#/properties/agency/properties/fillDelayWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err730];
              } else {
                vErrors.push(err730);
              }
              errors++;
            }
          }
        }
        if (data205.maxShareOfVacancies !== void 0) {
          let data208 = data205.maxShareOfVacancies;
          if (typeof data208 == "number" && isFinite(data208)) {
            if (data208 > 5 || isNaN(data208)) {
              const err731 = { instancePath: instancePath + "/agency/maxShareOfVacancies", schemaPath: "#/properties/agency/properties/maxShareOfVacancies/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err731];
              } else {
                vErrors.push(err731);
              }
              errors++;
            }
            if (data208 < 0 || isNaN(data208)) {
              const err732 = { instancePath: instancePath + "/agency/maxShareOfVacancies", schemaPath: "#/properties/agency/properties/maxShareOfVacancies/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err732];
              } else {
                vErrors.push(err732);
              }
              errors++;
            }
          } else {
            const err733 = { instancePath: instancePath + "/agency/maxShareOfVacancies", schemaPath: "#/properties/agency/properties/maxShareOfVacancies/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err733];
            } else {
              vErrors.push(err733);
            }
            errors++;
          }
        }
        if (data205.supplyPerWeek !== void 0) {
          let data209 = data205.supplyPerWeek;
          if (typeof data209 == "number" && isFinite(data209)) {
            if (data209 > 1e5 || isNaN(data209)) {
              const err734 = { instancePath: instancePath + "/agency/supplyPerWeek", schemaPath: "#/properties/agency/properties/supplyPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
              if (vErrors === null) {
                vErrors = [err734];
              } else {
                vErrors.push(err734);
              }
              errors++;
            }
            if (data209 < 0 || isNaN(data209)) {
              const err735 = { instancePath: instancePath + "/agency/supplyPerWeek", schemaPath: "#/properties/agency/properties/supplyPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err735];
              } else {
                vErrors.push(err735);
              }
              errors++;
            }
          } else {
            const err736 = { instancePath: instancePath + "/agency/supplyPerWeek", schemaPath: "#/properties/agency/properties/supplyPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err736];
            } else {
              vErrors.push(err736);
            }
            errors++;
          }
        }
        if (data205.poolLeavingPerWeek !== void 0) {
          let data210 = data205.poolLeavingPerWeek;
          if (typeof data210 == "number" && isFinite(data210)) {
            if (data210 > 1 || isNaN(data210)) {
              const err737 = { instancePath: instancePath + "/agency/poolLeavingPerWeek", schemaPath: "#/properties/agency/properties/poolLeavingPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err737];
              } else {
                vErrors.push(err737);
              }
              errors++;
            }
            if (data210 < 0 || isNaN(data210)) {
              const err738 = { instancePath: instancePath + "/agency/poolLeavingPerWeek", schemaPath: "#/properties/agency/properties/poolLeavingPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err738];
              } else {
                vErrors.push(err738);
              }
              errors++;
            }
          } else {
            const err739 = { instancePath: instancePath + "/agency/poolLeavingPerWeek", schemaPath: "#/properties/agency/properties/poolLeavingPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err739];
            } else {
              vErrors.push(err739);
            }
            errors++;
          }
        }
        if (data205.premium !== void 0) {
          let data211 = data205.premium;
          if (typeof data211 == "number" && isFinite(data211)) {
            if (data211 > 5 || isNaN(data211)) {
              const err740 = { instancePath: instancePath + "/agency/premium", schemaPath: "#/properties/agency/properties/premium/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err740];
              } else {
                vErrors.push(err740);
              }
              errors++;
            }
            if (data211 < 0 || isNaN(data211)) {
              const err741 = { instancePath: instancePath + "/agency/premium", schemaPath: "#/properties/agency/properties/premium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err741];
              } else {
                vErrors.push(err741);
              }
              errors++;
            }
          } else {
            const err742 = { instancePath: instancePath + "/agency/premium", schemaPath: "#/properties/agency/properties/premium/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err742];
            } else {
              vErrors.push(err742);
            }
            errors++;
          }
        }
        if (data205.assignmentWeeks !== void 0) {
          let data212 = data205.assignmentWeeks;
          if (data212 && typeof data212 == "object" && !Array.isArray(data212)) {
            for (const key34 in data212) {
              if (!(key34 === "min" || key34 === "max")) {
                const err743 = { instancePath: instancePath + "/agency/assignmentWeeks", schemaPath: "#/properties/agency/properties/assignmentWeeks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err743];
                } else {
                  vErrors.push(err743);
                }
                errors++;
              }
            }
            if (data212.min !== void 0) {
              let data213 = data212.min;
              if (!(typeof data213 == "number" && (!(data213 % 1) && !isNaN(data213)) && isFinite(data213))) {
                const err744 = { instancePath: instancePath + "/agency/assignmentWeeks/min", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err744];
                } else {
                  vErrors.push(err744);
                }
                errors++;
              }
              if (typeof data213 == "number" && isFinite(data213)) {
                if (data213 > 520 || isNaN(data213)) {
                  const err745 = { instancePath: instancePath + "/agency/assignmentWeeks/min", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                  if (vErrors === null) {
                    vErrors = [err745];
                  } else {
                    vErrors.push(err745);
                  }
                  errors++;
                }
                if (data213 < 1 || isNaN(data213)) {
                  const err746 = { instancePath: instancePath + "/agency/assignmentWeeks/min", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err746];
                  } else {
                    vErrors.push(err746);
                  }
                  errors++;
                }
              }
            }
            if (data212.max !== void 0) {
              let data214 = data212.max;
              if (!(typeof data214 == "number" && (!(data214 % 1) && !isNaN(data214)) && isFinite(data214))) {
                const err747 = { instancePath: instancePath + "/agency/assignmentWeeks/max", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err747];
                } else {
                  vErrors.push(err747);
                }
                errors++;
              }
              if (typeof data214 == "number" && isFinite(data214)) {
                if (data214 > 520 || isNaN(data214)) {
                  const err748 = { instancePath: instancePath + "/agency/assignmentWeeks/max", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                  if (vErrors === null) {
                    vErrors = [err748];
                  } else {
                    vErrors.push(err748);
                  }
                  errors++;
                }
                if (data214 < 1 || isNaN(data214)) {
                  const err749 = { instancePath: instancePath + "/agency/assignmentWeeks/max", schemaPath: "#/properties/agency/properties/assignmentWeeks/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err749];
                  } else {
                    vErrors.push(err749);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err750 = { instancePath: instancePath + "/agency/assignmentWeeks", schemaPath: "#/properties/agency/properties/assignmentWeeks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err750];
            } else {
              vErrors.push(err750);
            }
            errors++;
          }
        }
        if (data205.renewalProbability !== void 0) {
          let data215 = data205.renewalProbability;
          if (typeof data215 == "number" && isFinite(data215)) {
            if (data215 > 1 || isNaN(data215)) {
              const err751 = { instancePath: instancePath + "/agency/renewalProbability", schemaPath: "#/properties/agency/properties/renewalProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err751];
              } else {
                vErrors.push(err751);
              }
              errors++;
            }
            if (data215 < 0 || isNaN(data215)) {
              const err752 = { instancePath: instancePath + "/agency/renewalProbability", schemaPath: "#/properties/agency/properties/renewalProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err752];
              } else {
                vErrors.push(err752);
              }
              errors++;
            }
          } else {
            const err753 = { instancePath: instancePath + "/agency/renewalProbability", schemaPath: "#/properties/agency/properties/renewalProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err753];
            } else {
              vErrors.push(err753);
            }
            errors++;
          }
        }
        if (data205.conversionProbability !== void 0) {
          let data216 = data205.conversionProbability;
          if (typeof data216 == "number" && isFinite(data216)) {
            if (data216 > 1 || isNaN(data216)) {
              const err754 = { instancePath: instancePath + "/agency/conversionProbability", schemaPath: "#/properties/agency/properties/conversionProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err754];
              } else {
                vErrors.push(err754);
              }
              errors++;
            }
            if (data216 < 0 || isNaN(data216)) {
              const err755 = { instancePath: instancePath + "/agency/conversionProbability", schemaPath: "#/properties/agency/properties/conversionProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err755];
              } else {
                vErrors.push(err755);
              }
              errors++;
            }
          } else {
            const err756 = { instancePath: instancePath + "/agency/conversionProbability", schemaPath: "#/properties/agency/properties/conversionProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err756];
            } else {
              vErrors.push(err756);
            }
            errors++;
          }
        }
        if (data205.annualLeavingRate !== void 0) {
          let data217 = data205.annualLeavingRate;
          if (typeof data217 == "number" && isFinite(data217)) {
            if (data217 > 1 || isNaN(data217)) {
              const err757 = { instancePath: instancePath + "/agency/annualLeavingRate", schemaPath: "#/properties/agency/properties/annualLeavingRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err757];
              } else {
                vErrors.push(err757);
              }
              errors++;
            }
            if (data217 < 0 || isNaN(data217)) {
              const err758 = { instancePath: instancePath + "/agency/annualLeavingRate", schemaPath: "#/properties/agency/properties/annualLeavingRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err758];
              } else {
                vErrors.push(err758);
              }
              errors++;
            }
          } else {
            const err759 = { instancePath: instancePath + "/agency/annualLeavingRate", schemaPath: "#/properties/agency/properties/annualLeavingRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err759];
            } else {
              vErrors.push(err759);
            }
            errors++;
          }
        }
        if (data205.noticeWeeks !== void 0) {
          let data218 = data205.noticeWeeks;
          if (!(typeof data218 == "number" && (!(data218 % 1) && !isNaN(data218)) && isFinite(data218))) {
            const err760 = { instancePath: instancePath + "/agency/noticeWeeks", schemaPath: "#/properties/agency/properties/noticeWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err760];
            } else {
              vErrors.push(err760);
            }
            errors++;
          }
          if (typeof data218 == "number" && isFinite(data218)) {
            if (data218 > 26 || isNaN(data218)) {
              const err761 = { instancePath: instancePath + "/agency/noticeWeeks", schemaPath: "#/properties/agency/properties/noticeWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 26 }, message: "must be <= 26" };
              if (vErrors === null) {
                vErrors = [err761];
              } else {
                vErrors.push(err761);
              }
              errors++;
            }
            if (data218 < 0 || isNaN(data218)) {
              const err762 = { instancePath: instancePath + "/agency/noticeWeeks", schemaPath: "#/properties/agency/properties/noticeWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err762];
              } else {
                vErrors.push(err762);
              }
              errors++;
            }
          }
        }
        if (data205.payCap !== void 0) {
          let data219 = data205.payCap;
          if (data219 && typeof data219 == "object" && !Array.isArray(data219)) {
            for (const key35 in data219) {
              if (!(key35 === "enabled" || key35 === "premium" || key35 === "supplyFactor")) {
                const err763 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/properties/agency/properties/payCap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err763];
                } else {
                  vErrors.push(err763);
                }
                errors++;
              }
            }
            if (data219.enabled !== void 0) {
              if (typeof data219.enabled !== "boolean") {
                const err764 = { instancePath: instancePath + "/agency/payCap/enabled", schemaPath: "#/properties/agency/properties/payCap/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err764];
                } else {
                  vErrors.push(err764);
                }
                errors++;
              }
            }
            if (data219.premium !== void 0) {
              let data221 = data219.premium;
              if (typeof data221 == "number" && isFinite(data221)) {
                if (data221 > 5 || isNaN(data221)) {
                  const err765 = { instancePath: instancePath + "/agency/payCap/premium", schemaPath: "#/properties/agency/properties/payCap/properties/premium/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                  if (vErrors === null) {
                    vErrors = [err765];
                  } else {
                    vErrors.push(err765);
                  }
                  errors++;
                }
                if (data221 < 0 || isNaN(data221)) {
                  const err766 = { instancePath: instancePath + "/agency/payCap/premium", schemaPath: "#/properties/agency/properties/payCap/properties/premium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err766];
                  } else {
                    vErrors.push(err766);
                  }
                  errors++;
                }
              } else {
                const err767 = { instancePath: instancePath + "/agency/payCap/premium", schemaPath: "#/properties/agency/properties/payCap/properties/premium/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err767];
                } else {
                  vErrors.push(err767);
                }
                errors++;
              }
            }
            if (data219.supplyFactor !== void 0) {
              let data222 = data219.supplyFactor;
              if (typeof data222 == "number" && isFinite(data222)) {
                if (data222 > 1 || isNaN(data222)) {
                  const err768 = { instancePath: instancePath + "/agency/payCap/supplyFactor", schemaPath: "#/properties/agency/properties/payCap/properties/supplyFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err768];
                  } else {
                    vErrors.push(err768);
                  }
                  errors++;
                }
                if (data222 < 0 || isNaN(data222)) {
                  const err769 = { instancePath: instancePath + "/agency/payCap/supplyFactor", schemaPath: "#/properties/agency/properties/payCap/properties/supplyFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err769];
                  } else {
                    vErrors.push(err769);
                  }
                  errors++;
                }
              } else {
                const err770 = { instancePath: instancePath + "/agency/payCap/supplyFactor", schemaPath: "#/properties/agency/properties/payCap/properties/supplyFactor/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err770];
                } else {
                  vErrors.push(err770);
                }
                errors++;
              }
            }
          } else {
            const err771 = { instancePath: instancePath + "/agency/payCap", schemaPath: "#/properties/agency/properties/payCap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err771];
            } else {
              vErrors.push(err771);
            }
            errors++;
          }
        }
        if (data205.rules2024 !== void 0) {
          let data223 = data205.rules2024;
          if (data223 && typeof data223 == "object" && !Array.isArray(data223)) {
            for (const key36 in data223) {
              if (!(key36 === "alignNoticeWithPermanent" || key36 === "requireExperience" || key36 === "experienceSupplyFactor" || key36 === "noLocalLocumWeeks" || key36 === "experienceYears" || key36 === "barredChoice" || key36 === "coolOffChoice" || key36 === "restrictedConversionProbability")) {
                const err772 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/properties/agency/properties/rules2024/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err772];
                } else {
                  vErrors.push(err772);
                }
                errors++;
              }
            }
            if (data223.alignNoticeWithPermanent !== void 0) {
              if (typeof data223.alignNoticeWithPermanent !== "boolean") {
                const err773 = { instancePath: instancePath + "/agency/rules2024/alignNoticeWithPermanent", schemaPath: "#/properties/agency/properties/rules2024/properties/alignNoticeWithPermanent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err773];
                } else {
                  vErrors.push(err773);
                }
                errors++;
              }
            }
            if (data223.requireExperience !== void 0) {
              if (typeof data223.requireExperience !== "boolean") {
                const err774 = { instancePath: instancePath + "/agency/rules2024/requireExperience", schemaPath: "#/properties/agency/properties/rules2024/properties/requireExperience/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err774];
                } else {
                  vErrors.push(err774);
                }
                errors++;
              }
            }
            if (data223.experienceSupplyFactor !== void 0) {
              let data226 = data223.experienceSupplyFactor;
              if (typeof data226 == "number" && isFinite(data226)) {
                if (data226 > 1 || isNaN(data226)) {
                  const err775 = { instancePath: instancePath + "/agency/rules2024/experienceSupplyFactor", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceSupplyFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err775];
                  } else {
                    vErrors.push(err775);
                  }
                  errors++;
                }
                if (data226 < 0 || isNaN(data226)) {
                  const err776 = { instancePath: instancePath + "/agency/rules2024/experienceSupplyFactor", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceSupplyFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err776];
                  } else {
                    vErrors.push(err776);
                  }
                  errors++;
                }
              } else {
                const err777 = { instancePath: instancePath + "/agency/rules2024/experienceSupplyFactor", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceSupplyFactor/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err777];
                } else {
                  vErrors.push(err777);
                }
                errors++;
              }
            }
            if (data223.noLocalLocumWeeks !== void 0) {
              let data227 = data223.noLocalLocumWeeks;
              if (!(typeof data227 == "number" && (!(data227 % 1) && !isNaN(data227)) && isFinite(data227))) {
                const err778 = { instancePath: instancePath + "/agency/rules2024/noLocalLocumWeeks", schemaPath: "#/properties/agency/properties/rules2024/properties/noLocalLocumWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err778];
                } else {
                  vErrors.push(err778);
                }
                errors++;
              }
              if (typeof data227 == "number" && isFinite(data227)) {
                if (data227 > 104 || isNaN(data227)) {
                  const err779 = { instancePath: instancePath + "/agency/rules2024/noLocalLocumWeeks", schemaPath: "#/properties/agency/properties/rules2024/properties/noLocalLocumWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 }, message: "must be <= 104" };
                  if (vErrors === null) {
                    vErrors = [err779];
                  } else {
                    vErrors.push(err779);
                  }
                  errors++;
                }
                if (data227 < 0 || isNaN(data227)) {
                  const err780 = { instancePath: instancePath + "/agency/rules2024/noLocalLocumWeeks", schemaPath: "#/properties/agency/properties/rules2024/properties/noLocalLocumWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err780];
                  } else {
                    vErrors.push(err780);
                  }
                  errors++;
                }
              }
            }
            if (data223.experienceYears !== void 0) {
              let data228 = data223.experienceYears;
              if (typeof data228 == "number" && isFinite(data228)) {
                if (data228 > 40 || isNaN(data228)) {
                  const err781 = { instancePath: instancePath + "/agency/rules2024/experienceYears", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
                  if (vErrors === null) {
                    vErrors = [err781];
                  } else {
                    vErrors.push(err781);
                  }
                  errors++;
                }
                if (data228 < 0 || isNaN(data228)) {
                  const err782 = { instancePath: instancePath + "/agency/rules2024/experienceYears", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceYears/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err782];
                  } else {
                    vErrors.push(err782);
                  }
                  errors++;
                }
              } else {
                const err783 = { instancePath: instancePath + "/agency/rules2024/experienceYears", schemaPath: "#/properties/agency/properties/rules2024/properties/experienceYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err783];
                } else {
                  vErrors.push(err783);
                }
                errors++;
              }
            }
            if (data223.barredChoice !== void 0) {
              let data229 = data223.barredChoice;
              if (data229 && typeof data229 == "object" && !Array.isArray(data229)) {
                for (const key37 in data229) {
                  if (!(key37 === "stay" || key37 === "otherAuthority" || key37 === "outOfSector")) {
                    const err784 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err784];
                    } else {
                      vErrors.push(err784);
                    }
                    errors++;
                  }
                }
                if (data229.stay !== void 0) {
                  let data230 = data229.stay;
                  if (typeof data230 == "number" && isFinite(data230)) {
                    if (data230 > 1 || isNaN(data230)) {
                      const err785 = { instancePath: instancePath + "/agency/rules2024/barredChoice/stay", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/stay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err785];
                      } else {
                        vErrors.push(err785);
                      }
                      errors++;
                    }
                    if (data230 < 0 || isNaN(data230)) {
                      const err786 = { instancePath: instancePath + "/agency/rules2024/barredChoice/stay", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/stay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err786];
                      } else {
                        vErrors.push(err786);
                      }
                      errors++;
                    }
                  } else {
                    const err787 = { instancePath: instancePath + "/agency/rules2024/barredChoice/stay", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/stay/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err787];
                    } else {
                      vErrors.push(err787);
                    }
                    errors++;
                  }
                }
                if (data229.otherAuthority !== void 0) {
                  let data231 = data229.otherAuthority;
                  if (typeof data231 == "number" && isFinite(data231)) {
                    if (data231 > 1 || isNaN(data231)) {
                      const err788 = { instancePath: instancePath + "/agency/rules2024/barredChoice/otherAuthority", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/otherAuthority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err788];
                      } else {
                        vErrors.push(err788);
                      }
                      errors++;
                    }
                    if (data231 < 0 || isNaN(data231)) {
                      const err789 = { instancePath: instancePath + "/agency/rules2024/barredChoice/otherAuthority", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/otherAuthority/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err789];
                      } else {
                        vErrors.push(err789);
                      }
                      errors++;
                    }
                  } else {
                    const err790 = { instancePath: instancePath + "/agency/rules2024/barredChoice/otherAuthority", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/otherAuthority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err790];
                    } else {
                      vErrors.push(err790);
                    }
                    errors++;
                  }
                }
                if (data229.outOfSector !== void 0) {
                  let data232 = data229.outOfSector;
                  if (typeof data232 == "number" && isFinite(data232)) {
                    if (data232 > 1 || isNaN(data232)) {
                      const err791 = { instancePath: instancePath + "/agency/rules2024/barredChoice/outOfSector", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/outOfSector/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err791];
                      } else {
                        vErrors.push(err791);
                      }
                      errors++;
                    }
                    if (data232 < 0 || isNaN(data232)) {
                      const err792 = { instancePath: instancePath + "/agency/rules2024/barredChoice/outOfSector", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/outOfSector/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err792];
                      } else {
                        vErrors.push(err792);
                      }
                      errors++;
                    }
                  } else {
                    const err793 = { instancePath: instancePath + "/agency/rules2024/barredChoice/outOfSector", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/properties/outOfSector/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err793];
                    } else {
                      vErrors.push(err793);
                    }
                    errors++;
                  }
                }
              } else {
                const err794 = { instancePath: instancePath + "/agency/rules2024/barredChoice", schemaPath: "#/properties/agency/properties/rules2024/properties/barredChoice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err794];
                } else {
                  vErrors.push(err794);
                }
                errors++;
              }
            }
            if (data223.coolOffChoice !== void 0) {
              let data233 = data223.coolOffChoice;
              if (data233 && typeof data233 == "object" && !Array.isArray(data233)) {
                for (const key38 in data233) {
                  if (!(key38 === "wait" || key38 === "furtherAfield" || key38 === "permanentPost")) {
                    const err795 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err795];
                    } else {
                      vErrors.push(err795);
                    }
                    errors++;
                  }
                }
                if (data233.wait !== void 0) {
                  let data234 = data233.wait;
                  if (typeof data234 == "number" && isFinite(data234)) {
                    if (data234 > 1 || isNaN(data234)) {
                      const err796 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/wait", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/wait/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err796];
                      } else {
                        vErrors.push(err796);
                      }
                      errors++;
                    }
                    if (data234 < 0 || isNaN(data234)) {
                      const err797 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/wait", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/wait/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err797];
                      } else {
                        vErrors.push(err797);
                      }
                      errors++;
                    }
                  } else {
                    const err798 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/wait", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/wait/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err798];
                    } else {
                      vErrors.push(err798);
                    }
                    errors++;
                  }
                }
                if (data233.furtherAfield !== void 0) {
                  let data235 = data233.furtherAfield;
                  if (typeof data235 == "number" && isFinite(data235)) {
                    if (data235 > 1 || isNaN(data235)) {
                      const err799 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/furtherAfield", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/furtherAfield/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err799];
                      } else {
                        vErrors.push(err799);
                      }
                      errors++;
                    }
                    if (data235 < 0 || isNaN(data235)) {
                      const err800 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/furtherAfield", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/furtherAfield/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err800];
                      } else {
                        vErrors.push(err800);
                      }
                      errors++;
                    }
                  } else {
                    const err801 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/furtherAfield", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/furtherAfield/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err801];
                    } else {
                      vErrors.push(err801);
                    }
                    errors++;
                  }
                }
                if (data233.permanentPost !== void 0) {
                  let data236 = data233.permanentPost;
                  if (typeof data236 == "number" && isFinite(data236)) {
                    if (data236 > 1 || isNaN(data236)) {
                      const err802 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/permanentPost", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/permanentPost/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err802];
                      } else {
                        vErrors.push(err802);
                      }
                      errors++;
                    }
                    if (data236 < 0 || isNaN(data236)) {
                      const err803 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/permanentPost", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/permanentPost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err803];
                      } else {
                        vErrors.push(err803);
                      }
                      errors++;
                    }
                  } else {
                    const err804 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice/permanentPost", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/properties/permanentPost/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err804];
                    } else {
                      vErrors.push(err804);
                    }
                    errors++;
                  }
                }
              } else {
                const err805 = { instancePath: instancePath + "/agency/rules2024/coolOffChoice", schemaPath: "#/properties/agency/properties/rules2024/properties/coolOffChoice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err805];
                } else {
                  vErrors.push(err805);
                }
                errors++;
              }
            }
            if (data223.restrictedConversionProbability !== void 0) {
              let data237 = data223.restrictedConversionProbability;
              if (typeof data237 == "number" && isFinite(data237)) {
                if (data237 > 1 || isNaN(data237)) {
                  const err806 = { instancePath: instancePath + "/agency/rules2024/restrictedConversionProbability", schemaPath: "#/properties/agency/properties/rules2024/properties/restrictedConversionProbability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err806];
                  } else {
                    vErrors.push(err806);
                  }
                  errors++;
                }
                if (data237 < 0 || isNaN(data237)) {
                  const err807 = { instancePath: instancePath + "/agency/rules2024/restrictedConversionProbability", schemaPath: "#/properties/agency/properties/rules2024/properties/restrictedConversionProbability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err807];
                  } else {
                    vErrors.push(err807);
                  }
                  errors++;
                }
              } else {
                const err808 = { instancePath: instancePath + "/agency/rules2024/restrictedConversionProbability", schemaPath: "#/properties/agency/properties/rules2024/properties/restrictedConversionProbability/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err808];
                } else {
                  vErrors.push(err808);
                }
                errors++;
              }
            }
          } else {
            const err809 = { instancePath: instancePath + "/agency/rules2024", schemaPath: "#/properties/agency/properties/rules2024/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err809];
            } else {
              vErrors.push(err809);
            }
            errors++;
          }
        }
      } else {
        const err810 = { instancePath: instancePath + "/agency", schemaPath: "#/properties/agency/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err810];
        } else {
          vErrors.push(err810);
        }
        errors++;
      }
    }
    if (data.overtime !== void 0) {
      let data238 = data.overtime;
      if (data238 && typeof data238 == "object" && !Array.isArray(data238)) {
        for (const key39 in data238) {
          if (!(key39 === "policy" || key39 === "maxHoursPerWeek" || key39 === "paidRateMultiplier" || key39 === "excessiveHoursThreshold" || key39 === "fullOutputHours" || key39 === "noExtraOutputHours")) {
            const err811 = { instancePath: instancePath + "/overtime", schemaPath: "#/properties/overtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err811];
            } else {
              vErrors.push(err811);
            }
            errors++;
          }
        }
        if (data238.policy !== void 0) {
          let data239 = data238.policy;
          if (typeof data239 !== "string") {
            const err812 = { instancePath: instancePath + "/overtime/policy", schemaPath: "#/properties/overtime/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err812];
            } else {
              vErrors.push(err812);
            }
            errors++;
          }
          if (!(data239 === "none" || data239 === "paid" || data239 === "unpaid")) {
            const err813 = { instancePath: instancePath + "/overtime/policy", schemaPath: "#/properties/overtime/properties/policy/enum", keyword: "enum", params: { allowedValues: schema11.properties.overtime.properties.policy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err813];
            } else {
              vErrors.push(err813);
            }
            errors++;
          }
        }
        if (data238.maxHoursPerWeek !== void 0) {
          let data240 = data238.maxHoursPerWeek;
          if (typeof data240 == "number" && isFinite(data240)) {
            if (data240 > 40 || isNaN(data240)) {
              const err814 = { instancePath: instancePath + "/overtime/maxHoursPerWeek", schemaPath: "#/properties/overtime/properties/maxHoursPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
              if (vErrors === null) {
                vErrors = [err814];
              } else {
                vErrors.push(err814);
              }
              errors++;
            }
            if (data240 < 0 || isNaN(data240)) {
              const err815 = { instancePath: instancePath + "/overtime/maxHoursPerWeek", schemaPath: "#/properties/overtime/properties/maxHoursPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err815];
              } else {
                vErrors.push(err815);
              }
              errors++;
            }
          } else {
            const err816 = { instancePath: instancePath + "/overtime/maxHoursPerWeek", schemaPath: "#/properties/overtime/properties/maxHoursPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err816];
            } else {
              vErrors.push(err816);
            }
            errors++;
          }
        }
        if (data238.paidRateMultiplier !== void 0) {
          let data241 = data238.paidRateMultiplier;
          if (typeof data241 == "number" && isFinite(data241)) {
            if (data241 > 5 || isNaN(data241)) {
              const err817 = { instancePath: instancePath + "/overtime/paidRateMultiplier", schemaPath: "#/properties/overtime/properties/paidRateMultiplier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err817];
              } else {
                vErrors.push(err817);
              }
              errors++;
            }
            if (data241 < 0 || isNaN(data241)) {
              const err818 = { instancePath: instancePath + "/overtime/paidRateMultiplier", schemaPath: "#/properties/overtime/properties/paidRateMultiplier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err818];
              } else {
                vErrors.push(err818);
              }
              errors++;
            }
          } else {
            const err819 = { instancePath: instancePath + "/overtime/paidRateMultiplier", schemaPath: "#/properties/overtime/properties/paidRateMultiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err819];
            } else {
              vErrors.push(err819);
            }
            errors++;
          }
        }
        if (data238.excessiveHoursThreshold !== void 0) {
          let data242 = data238.excessiveHoursThreshold;
          if (typeof data242 == "number" && isFinite(data242)) {
            if (data242 > 40 || isNaN(data242)) {
              const err820 = { instancePath: instancePath + "/overtime/excessiveHoursThreshold", schemaPath: "#/properties/overtime/properties/excessiveHoursThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
              if (vErrors === null) {
                vErrors = [err820];
              } else {
                vErrors.push(err820);
              }
              errors++;
            }
            if (data242 < 0 || isNaN(data242)) {
              const err821 = { instancePath: instancePath + "/overtime/excessiveHoursThreshold", schemaPath: "#/properties/overtime/properties/excessiveHoursThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err821];
              } else {
                vErrors.push(err821);
              }
              errors++;
            }
          } else {
            const err822 = { instancePath: instancePath + "/overtime/excessiveHoursThreshold", schemaPath: "#/properties/overtime/properties/excessiveHoursThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err822];
            } else {
              vErrors.push(err822);
            }
            errors++;
          }
        }
        if (data238.fullOutputHours !== void 0) {
          let data243 = data238.fullOutputHours;
          if (typeof data243 == "number" && isFinite(data243)) {
            if (data243 > 100 || isNaN(data243)) {
              const err823 = { instancePath: instancePath + "/overtime/fullOutputHours", schemaPath: "#/properties/overtime/properties/fullOutputHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err823];
              } else {
                vErrors.push(err823);
              }
              errors++;
            }
            if (data243 < 0 || isNaN(data243)) {
              const err824 = { instancePath: instancePath + "/overtime/fullOutputHours", schemaPath: "#/properties/overtime/properties/fullOutputHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err824];
              } else {
                vErrors.push(err824);
              }
              errors++;
            }
          } else {
            const err825 = { instancePath: instancePath + "/overtime/fullOutputHours", schemaPath: "#/properties/overtime/properties/fullOutputHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err825];
            } else {
              vErrors.push(err825);
            }
            errors++;
          }
        }
        if (data238.noExtraOutputHours !== void 0) {
          let data244 = data238.noExtraOutputHours;
          if (typeof data244 == "number" && isFinite(data244)) {
            if (data244 > 100 || isNaN(data244)) {
              const err826 = { instancePath: instancePath + "/overtime/noExtraOutputHours", schemaPath: "#/properties/overtime/properties/noExtraOutputHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err826];
              } else {
                vErrors.push(err826);
              }
              errors++;
            }
            if (data244 < 0 || isNaN(data244)) {
              const err827 = { instancePath: instancePath + "/overtime/noExtraOutputHours", schemaPath: "#/properties/overtime/properties/noExtraOutputHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err827];
              } else {
                vErrors.push(err827);
              }
              errors++;
            }
          } else {
            const err828 = { instancePath: instancePath + "/overtime/noExtraOutputHours", schemaPath: "#/properties/overtime/properties/noExtraOutputHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err828];
            } else {
              vErrors.push(err828);
            }
            errors++;
          }
        }
      } else {
        const err829 = { instancePath: instancePath + "/overtime", schemaPath: "#/properties/overtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err829];
        } else {
          vErrors.push(err829);
        }
        errors++;
      }
    }
    if (data.allocation !== void 0) {
      let data245 = data.allocation;
      if (data245 && typeof data245 == "object" && !Array.isArray(data245)) {
        for (const key40 in data245) {
          if (!(key40 === "policy" || key40 === "caseloadCap" || key40 === "heldByManager" || key40 === "heldCaseProgress" || key40 === "childRequestPerYear" || key40 === "withdrawnPerYear" || key40 === "rebalancing")) {
            const err830 = { instancePath: instancePath + "/allocation", schemaPath: "#/properties/allocation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err830];
            } else {
              vErrors.push(err830);
            }
            errors++;
          }
        }
        if (data245.policy !== void 0) {
          let data246 = data245.policy;
          if (typeof data246 !== "string") {
            const err831 = { instancePath: instancePath + "/allocation/policy", schemaPath: "#/properties/allocation/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err831];
            } else {
              vErrors.push(err831);
            }
            errors++;
          }
          if (!(data246 === "least-loaded" || data246 === "round-robin" || data246 === "continuity-first")) {
            const err832 = { instancePath: instancePath + "/allocation/policy", schemaPath: "#/properties/allocation/properties/policy/enum", keyword: "enum", params: { allowedValues: schema11.properties.allocation.properties.policy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err832];
            } else {
              vErrors.push(err832);
            }
            errors++;
          }
        }
        if (data245.caseloadCap !== void 0) {
          let data247 = data245.caseloadCap;
          if (typeof data247 == "number" && isFinite(data247)) {
            if (data247 > 100 || isNaN(data247)) {
              const err833 = { instancePath: instancePath + "/allocation/caseloadCap", schemaPath: "#/properties/allocation/properties/caseloadCap/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err833];
              } else {
                vErrors.push(err833);
              }
              errors++;
            }
            if (data247 <= 0 || isNaN(data247)) {
              const err834 = { instancePath: instancePath + "/allocation/caseloadCap", schemaPath: "#/properties/allocation/properties/caseloadCap/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err834];
              } else {
                vErrors.push(err834);
              }
              errors++;
            }
          } else {
            const err835 = { instancePath: instancePath + "/allocation/caseloadCap", schemaPath: "#/properties/allocation/properties/caseloadCap/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err835];
            } else {
              vErrors.push(err835);
            }
            errors++;
          }
        }
        if (data245.heldByManager !== void 0) {
          if (typeof data245.heldByManager !== "boolean") {
            const err836 = { instancePath: instancePath + "/allocation/heldByManager", schemaPath: "#/properties/allocation/properties/heldByManager/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err836];
            } else {
              vErrors.push(err836);
            }
            errors++;
          }
        }
        if (data245.heldCaseProgress !== void 0) {
          let data249 = data245.heldCaseProgress;
          if (typeof data249 == "number" && isFinite(data249)) {
            if (data249 > 1 || isNaN(data249)) {
              const err837 = { instancePath: instancePath + "/allocation/heldCaseProgress", schemaPath: "#/properties/allocation/properties/heldCaseProgress/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err837];
              } else {
                vErrors.push(err837);
              }
              errors++;
            }
            if (data249 < 0 || isNaN(data249)) {
              const err838 = { instancePath: instancePath + "/allocation/heldCaseProgress", schemaPath: "#/properties/allocation/properties/heldCaseProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err838];
              } else {
                vErrors.push(err838);
              }
              errors++;
            }
          } else {
            const err839 = { instancePath: instancePath + "/allocation/heldCaseProgress", schemaPath: "#/properties/allocation/properties/heldCaseProgress/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err839];
            } else {
              vErrors.push(err839);
            }
            errors++;
          }
        }
        if (data245.childRequestPerYear !== void 0) {
          let data250 = data245.childRequestPerYear;
          if (typeof data250 == "number" && isFinite(data250)) {
            if (data250 > 1 || isNaN(data250)) {
              const err840 = { instancePath: instancePath + "/allocation/childRequestPerYear", schemaPath: "#/properties/allocation/properties/childRequestPerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err840];
              } else {
                vErrors.push(err840);
              }
              errors++;
            }
            if (data250 < 0 || isNaN(data250)) {
              const err841 = { instancePath: instancePath + "/allocation/childRequestPerYear", schemaPath: "#/properties/allocation/properties/childRequestPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err841];
              } else {
                vErrors.push(err841);
              }
              errors++;
            }
          } else {
            const err842 = { instancePath: instancePath + "/allocation/childRequestPerYear", schemaPath: "#/properties/allocation/properties/childRequestPerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err842];
            } else {
              vErrors.push(err842);
            }
            errors++;
          }
        }
        if (data245.withdrawnPerYear !== void 0) {
          let data251 = data245.withdrawnPerYear;
          if (typeof data251 == "number" && isFinite(data251)) {
            if (data251 > 1 || isNaN(data251)) {
              const err843 = { instancePath: instancePath + "/allocation/withdrawnPerYear", schemaPath: "#/properties/allocation/properties/withdrawnPerYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err843];
              } else {
                vErrors.push(err843);
              }
              errors++;
            }
            if (data251 < 0 || isNaN(data251)) {
              const err844 = { instancePath: instancePath + "/allocation/withdrawnPerYear", schemaPath: "#/properties/allocation/properties/withdrawnPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err844];
              } else {
                vErrors.push(err844);
              }
              errors++;
            }
          } else {
            const err845 = { instancePath: instancePath + "/allocation/withdrawnPerYear", schemaPath: "#/properties/allocation/properties/withdrawnPerYear/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err845];
            } else {
              vErrors.push(err845);
            }
            errors++;
          }
        }
        if (data245.rebalancing !== void 0) {
          let data252 = data245.rebalancing;
          if (data252 && typeof data252 == "object" && !Array.isArray(data252)) {
            for (const key41 in data252) {
              if (!(key41 === "enabled" || key41 === "overloadThreshold" || key41 === "reviewEveryWeeks" || key41 === "reviewTolerance" || key41 === "newStarterShare" || key41 === "agencyStarterShare" || key41 === "maxMovesPerWeek")) {
                const err846 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/properties/allocation/properties/rebalancing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err846];
                } else {
                  vErrors.push(err846);
                }
                errors++;
              }
            }
            if (data252.enabled !== void 0) {
              if (typeof data252.enabled !== "boolean") {
                const err847 = { instancePath: instancePath + "/allocation/rebalancing/enabled", schemaPath: "#/properties/allocation/properties/rebalancing/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err847];
                } else {
                  vErrors.push(err847);
                }
                errors++;
              }
            }
            if (data252.overloadThreshold !== void 0) {
              let data254 = data252.overloadThreshold;
              if (typeof data254 == "number" && isFinite(data254)) {
                if (data254 > 5 || isNaN(data254)) {
                  const err848 = { instancePath: instancePath + "/allocation/rebalancing/overloadThreshold", schemaPath: "#/properties/allocation/properties/rebalancing/properties/overloadThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                  if (vErrors === null) {
                    vErrors = [err848];
                  } else {
                    vErrors.push(err848);
                  }
                  errors++;
                }
                if (data254 < 1 || isNaN(data254)) {
                  const err849 = { instancePath: instancePath + "/allocation/rebalancing/overloadThreshold", schemaPath: "#/properties/allocation/properties/rebalancing/properties/overloadThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err849];
                  } else {
                    vErrors.push(err849);
                  }
                  errors++;
                }
              } else {
                const err850 = { instancePath: instancePath + "/allocation/rebalancing/overloadThreshold", schemaPath: "#/properties/allocation/properties/rebalancing/properties/overloadThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err850];
                } else {
                  vErrors.push(err850);
                }
                errors++;
              }
            }
            if (data252.reviewEveryWeeks !== void 0) {
              let data255 = data252.reviewEveryWeeks;
              if (!(typeof data255 == "number" && (!(data255 % 1) && !isNaN(data255)) && isFinite(data255))) {
                const err851 = { instancePath: instancePath + "/allocation/rebalancing/reviewEveryWeeks", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewEveryWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err851];
                } else {
                  vErrors.push(err851);
                }
                errors++;
              }
              if (typeof data255 == "number" && isFinite(data255)) {
                if (data255 > 520 || isNaN(data255)) {
                  const err852 = { instancePath: instancePath + "/allocation/rebalancing/reviewEveryWeeks", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewEveryWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                  if (vErrors === null) {
                    vErrors = [err852];
                  } else {
                    vErrors.push(err852);
                  }
                  errors++;
                }
                if (data255 < 0 || isNaN(data255)) {
                  const err853 = { instancePath: instancePath + "/allocation/rebalancing/reviewEveryWeeks", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewEveryWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err853];
                  } else {
                    vErrors.push(err853);
                  }
                  errors++;
                }
              }
            }
            if (data252.reviewTolerance !== void 0) {
              let data256 = data252.reviewTolerance;
              if (typeof data256 == "number" && isFinite(data256)) {
                if (data256 > 5 || isNaN(data256)) {
                  const err854 = { instancePath: instancePath + "/allocation/rebalancing/reviewTolerance", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewTolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                  if (vErrors === null) {
                    vErrors = [err854];
                  } else {
                    vErrors.push(err854);
                  }
                  errors++;
                }
                if (data256 < 1 || isNaN(data256)) {
                  const err855 = { instancePath: instancePath + "/allocation/rebalancing/reviewTolerance", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewTolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err855];
                  } else {
                    vErrors.push(err855);
                  }
                  errors++;
                }
              } else {
                const err856 = { instancePath: instancePath + "/allocation/rebalancing/reviewTolerance", schemaPath: "#/properties/allocation/properties/rebalancing/properties/reviewTolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err856];
                } else {
                  vErrors.push(err856);
                }
                errors++;
              }
            }
            if (data252.newStarterShare !== void 0) {
              let data257 = data252.newStarterShare;
              if (typeof data257 == "number" && isFinite(data257)) {
                if (data257 > 1 || isNaN(data257)) {
                  const err857 = { instancePath: instancePath + "/allocation/rebalancing/newStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/newStarterShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err857];
                  } else {
                    vErrors.push(err857);
                  }
                  errors++;
                }
                if (data257 < 0 || isNaN(data257)) {
                  const err858 = { instancePath: instancePath + "/allocation/rebalancing/newStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/newStarterShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err858];
                  } else {
                    vErrors.push(err858);
                  }
                  errors++;
                }
              } else {
                const err859 = { instancePath: instancePath + "/allocation/rebalancing/newStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/newStarterShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err859];
                } else {
                  vErrors.push(err859);
                }
                errors++;
              }
            }
            if (data252.agencyStarterShare !== void 0) {
              let data258 = data252.agencyStarterShare;
              if (typeof data258 == "number" && isFinite(data258)) {
                if (data258 > 1 || isNaN(data258)) {
                  const err860 = { instancePath: instancePath + "/allocation/rebalancing/agencyStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/agencyStarterShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err860];
                  } else {
                    vErrors.push(err860);
                  }
                  errors++;
                }
                if (data258 < 0 || isNaN(data258)) {
                  const err861 = { instancePath: instancePath + "/allocation/rebalancing/agencyStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/agencyStarterShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err861];
                  } else {
                    vErrors.push(err861);
                  }
                  errors++;
                }
              } else {
                const err862 = { instancePath: instancePath + "/allocation/rebalancing/agencyStarterShare", schemaPath: "#/properties/allocation/properties/rebalancing/properties/agencyStarterShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err862];
                } else {
                  vErrors.push(err862);
                }
                errors++;
              }
            }
            if (data252.maxMovesPerWeek !== void 0) {
              let data259 = data252.maxMovesPerWeek;
              if (!(typeof data259 == "number" && (!(data259 % 1) && !isNaN(data259)) && isFinite(data259))) {
                const err863 = { instancePath: instancePath + "/allocation/rebalancing/maxMovesPerWeek", schemaPath: "#/properties/allocation/properties/rebalancing/properties/maxMovesPerWeek/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err863];
                } else {
                  vErrors.push(err863);
                }
                errors++;
              }
              if (typeof data259 == "number" && isFinite(data259)) {
                if (data259 > 1e5 || isNaN(data259)) {
                  const err864 = { instancePath: instancePath + "/allocation/rebalancing/maxMovesPerWeek", schemaPath: "#/properties/allocation/properties/rebalancing/properties/maxMovesPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                  if (vErrors === null) {
                    vErrors = [err864];
                  } else {
                    vErrors.push(err864);
                  }
                  errors++;
                }
                if (data259 < 0 || isNaN(data259)) {
                  const err865 = { instancePath: instancePath + "/allocation/rebalancing/maxMovesPerWeek", schemaPath: "#/properties/allocation/properties/rebalancing/properties/maxMovesPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err865];
                  } else {
                    vErrors.push(err865);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err866 = { instancePath: instancePath + "/allocation/rebalancing", schemaPath: "#/properties/allocation/properties/rebalancing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err866];
            } else {
              vErrors.push(err866);
            }
            errors++;
          }
        }
      } else {
        const err867 = { instancePath: instancePath + "/allocation", schemaPath: "#/properties/allocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err867];
        } else {
          vErrors.push(err867);
        }
        errors++;
      }
    }
    if (data.costs !== void 0) {
      let data260 = data.costs;
      if (data260 && typeof data260 == "object" && !Array.isArray(data260)) {
        for (const key42 in data260) {
          if (!(key42 === "permanentSalary" || key42 === "nqSalary" || key42 === "recruitmentCostPerHire" || key42 === "overseasCostPerHire" || key42 === "annualBudget")) {
            const err868 = { instancePath: instancePath + "/costs", schemaPath: "#/properties/costs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err868];
            } else {
              vErrors.push(err868);
            }
            errors++;
          }
        }
        if (data260.permanentSalary !== void 0) {
          let data261 = data260.permanentSalary;
          if (typeof data261 == "number" && isFinite(data261)) {
            if (data261 > 1e6 || isNaN(data261)) {
              const err869 = { instancePath: instancePath + "/costs/permanentSalary", schemaPath: "#/properties/costs/properties/permanentSalary/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
              if (vErrors === null) {
                vErrors = [err869];
              } else {
                vErrors.push(err869);
              }
              errors++;
            }
            if (data261 < 0 || isNaN(data261)) {
              const err870 = { instancePath: instancePath + "/costs/permanentSalary", schemaPath: "#/properties/costs/properties/permanentSalary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err870];
              } else {
                vErrors.push(err870);
              }
              errors++;
            }
          } else {
            const err871 = { instancePath: instancePath + "/costs/permanentSalary", schemaPath: "#/properties/costs/properties/permanentSalary/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err871];
            } else {
              vErrors.push(err871);
            }
            errors++;
          }
        }
        if (data260.nqSalary !== void 0) {
          let data262 = data260.nqSalary;
          if (typeof data262 == "number" && isFinite(data262)) {
            if (data262 > 1e6 || isNaN(data262)) {
              const err872 = { instancePath: instancePath + "/costs/nqSalary", schemaPath: "#/properties/costs/properties/nqSalary/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
              if (vErrors === null) {
                vErrors = [err872];
              } else {
                vErrors.push(err872);
              }
              errors++;
            }
            if (data262 < 0 || isNaN(data262)) {
              const err873 = { instancePath: instancePath + "/costs/nqSalary", schemaPath: "#/properties/costs/properties/nqSalary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err873];
              } else {
                vErrors.push(err873);
              }
              errors++;
            }
          } else {
            const err874 = { instancePath: instancePath + "/costs/nqSalary", schemaPath: "#/properties/costs/properties/nqSalary/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err874];
            } else {
              vErrors.push(err874);
            }
            errors++;
          }
        }
        if (data260.recruitmentCostPerHire !== void 0) {
          let data263 = data260.recruitmentCostPerHire;
          if (typeof data263 == "number" && isFinite(data263)) {
            if (data263 > 1e6 || isNaN(data263)) {
              const err875 = { instancePath: instancePath + "/costs/recruitmentCostPerHire", schemaPath: "#/properties/costs/properties/recruitmentCostPerHire/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
              if (vErrors === null) {
                vErrors = [err875];
              } else {
                vErrors.push(err875);
              }
              errors++;
            }
            if (data263 < 0 || isNaN(data263)) {
              const err876 = { instancePath: instancePath + "/costs/recruitmentCostPerHire", schemaPath: "#/properties/costs/properties/recruitmentCostPerHire/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err876];
              } else {
                vErrors.push(err876);
              }
              errors++;
            }
          } else {
            const err877 = { instancePath: instancePath + "/costs/recruitmentCostPerHire", schemaPath: "#/properties/costs/properties/recruitmentCostPerHire/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err877];
            } else {
              vErrors.push(err877);
            }
            errors++;
          }
        }
        if (data260.overseasCostPerHire !== void 0) {
          let data264 = data260.overseasCostPerHire;
          if (typeof data264 == "number" && isFinite(data264)) {
            if (data264 > 1e6 || isNaN(data264)) {
              const err878 = { instancePath: instancePath + "/costs/overseasCostPerHire", schemaPath: "#/properties/costs/properties/overseasCostPerHire/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
              if (vErrors === null) {
                vErrors = [err878];
              } else {
                vErrors.push(err878);
              }
              errors++;
            }
            if (data264 < 0 || isNaN(data264)) {
              const err879 = { instancePath: instancePath + "/costs/overseasCostPerHire", schemaPath: "#/properties/costs/properties/overseasCostPerHire/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err879];
              } else {
                vErrors.push(err879);
              }
              errors++;
            }
          } else {
            const err880 = { instancePath: instancePath + "/costs/overseasCostPerHire", schemaPath: "#/properties/costs/properties/overseasCostPerHire/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err880];
            } else {
              vErrors.push(err880);
            }
            errors++;
          }
        }
        if (data260.annualBudget !== void 0) {
          let data265 = data260.annualBudget;
          if (typeof data265 == "number" && isFinite(data265)) {
            if (data265 > 1e11 || isNaN(data265)) {
              const err881 = { instancePath: instancePath + "/costs/annualBudget", schemaPath: "#/properties/costs/properties/annualBudget/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e11 }, message: "must be <= 100000000000" };
              if (vErrors === null) {
                vErrors = [err881];
              } else {
                vErrors.push(err881);
              }
              errors++;
            }
            if (data265 < 0 || isNaN(data265)) {
              const err882 = { instancePath: instancePath + "/costs/annualBudget", schemaPath: "#/properties/costs/properties/annualBudget/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err882];
              } else {
                vErrors.push(err882);
              }
              errors++;
            }
          } else {
            const err883 = { instancePath: instancePath + "/costs/annualBudget", schemaPath: "#/properties/costs/properties/annualBudget/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err883];
            } else {
              vErrors.push(err883);
            }
            errors++;
          }
        }
      } else {
        const err884 = { instancePath: instancePath + "/costs", schemaPath: "#/properties/costs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err884];
        } else {
          vErrors.push(err884);
        }
        errors++;
      }
    }
    if (data.interventions !== void 0) {
      let data266 = data.interventions;
      if (Array.isArray(data266)) {
        if (data266.length > 1e3) {
          const err885 = { instancePath: instancePath + "/interventions", schemaPath: "#/properties/interventions/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err885];
          } else {
            vErrors.push(err885);
          }
          errors++;
        }
        const len9 = data266.length;
        for (let i10 = 0; i10 < len9; i10++) {
          let data267 = data266[i10];
          const _errs586 = errors;
          let valid76 = false;
          let passing0 = null;
          const _errs587 = errors;
          if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
            if (data267.set === void 0) {
              const err886 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/oneOf/0/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property 'set'" };
              if (vErrors === null) {
                vErrors = [err886];
              } else {
                vErrors.push(err886);
              }
              errors++;
            }
          }
          var _valid1 = _errs587 === errors;
          if (_valid1) {
            valid76 = true;
            passing0 = 0;
          }
          const _errs588 = errors;
          if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
            if (data267.leave === void 0) {
              const err887 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/oneOf/1/required", keyword: "required", params: { missingProperty: "leave" }, message: "must have required property 'leave'" };
              if (vErrors === null) {
                vErrors = [err887];
              } else {
                vErrors.push(err887);
              }
              errors++;
            }
          }
          var _valid1 = _errs588 === errors;
          if (_valid1 && valid76) {
            valid76 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid76 = true;
              passing0 = 1;
            }
            const _errs589 = errors;
            if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
              if (data267.surge === void 0) {
                const err888 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/oneOf/2/required", keyword: "required", params: { missingProperty: "surge" }, message: "must have required property 'surge'" };
                if (vErrors === null) {
                  vErrors = [err888];
                } else {
                  vErrors.push(err888);
                }
                errors++;
              }
            }
            var _valid1 = _errs589 === errors;
            if (_valid1 && valid76) {
              valid76 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid1) {
                valid76 = true;
                passing0 = 2;
              }
              const _errs590 = errors;
              if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
                if (data267.recruitmentDrive === void 0) {
                  const err889 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/oneOf/3/required", keyword: "required", params: { missingProperty: "recruitmentDrive" }, message: "must have required property 'recruitmentDrive'" };
                  if (vErrors === null) {
                    vErrors = [err889];
                  } else {
                    vErrors.push(err889);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs590 === errors;
              if (_valid1 && valid76) {
                valid76 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid1) {
                  valid76 = true;
                  passing0 = 3;
                }
              }
            }
          }
          if (!valid76) {
            const err890 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err890];
            } else {
              vErrors.push(err890);
            }
            errors++;
          } else {
            errors = _errs586;
            if (vErrors !== null) {
              if (_errs586) {
                vErrors.length = _errs586;
              } else {
                vErrors = null;
              }
            }
          }
          if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
            if (data267.week === void 0) {
              const err891 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/required", keyword: "required", params: { missingProperty: "week" }, message: "must have required property 'week'" };
              if (vErrors === null) {
                vErrors = [err891];
              } else {
                vErrors.push(err891);
              }
              errors++;
            }
            for (const key43 in data267) {
              if (!(key43 === "week" || key43 === "label" || key43 === "set" || key43 === "leave" || key43 === "surge" || key43 === "recruitmentDrive")) {
                const err892 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err892];
                } else {
                  vErrors.push(err892);
                }
                errors++;
              }
            }
            if (data267.week !== void 0) {
              let data268 = data267.week;
              if (!(typeof data268 == "number" && (!(data268 % 1) && !isNaN(data268)) && isFinite(data268))) {
                const err893 = { instancePath: instancePath + "/interventions/" + i10 + "/week", schemaPath: "#/properties/interventions/items/properties/week/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err893];
                } else {
                  vErrors.push(err893);
                }
                errors++;
              }
              if (typeof data268 == "number" && isFinite(data268)) {
                if (data268 > 1040 || isNaN(data268)) {
                  const err894 = { instancePath: instancePath + "/interventions/" + i10 + "/week", schemaPath: "#/properties/interventions/items/properties/week/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
                  if (vErrors === null) {
                    vErrors = [err894];
                  } else {
                    vErrors.push(err894);
                  }
                  errors++;
                }
                if (data268 < 1 || isNaN(data268)) {
                  const err895 = { instancePath: instancePath + "/interventions/" + i10 + "/week", schemaPath: "#/properties/interventions/items/properties/week/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err895];
                  } else {
                    vErrors.push(err895);
                  }
                  errors++;
                }
              }
            }
            if (data267.label !== void 0) {
              let data269 = data267.label;
              if (typeof data269 === "string") {
                if (func3(data269) > 200) {
                  const err896 = { instancePath: instancePath + "/interventions/" + i10 + "/label", schemaPath: "#/properties/interventions/items/properties/label/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err896];
                  } else {
                    vErrors.push(err896);
                  }
                  errors++;
                }
              } else {
                const err897 = { instancePath: instancePath + "/interventions/" + i10 + "/label", schemaPath: "#/properties/interventions/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err897];
                } else {
                  vErrors.push(err897);
                }
                errors++;
              }
            }
            if (data267.set !== void 0) {
              let data270 = data267.set;
              if (data270 && typeof data270 == "object" && !Array.isArray(data270)) {
                if (Object.keys(data270).length > 200) {
                  const err898 = { instancePath: instancePath + "/interventions/" + i10 + "/set", schemaPath: "#/properties/interventions/items/properties/set/maxProperties", keyword: "maxProperties", params: { limit: 200 }, message: "must NOT have more than 200 properties" };
                  if (vErrors === null) {
                    vErrors = [err898];
                  } else {
                    vErrors.push(err898);
                  }
                  errors++;
                }
                if (Object.keys(data270).length < 1) {
                  const err899 = { instancePath: instancePath + "/interventions/" + i10 + "/set", schemaPath: "#/properties/interventions/items/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err899];
                  } else {
                    vErrors.push(err899);
                  }
                  errors++;
                }
              } else {
                const err900 = { instancePath: instancePath + "/interventions/" + i10 + "/set", schemaPath: "#/properties/interventions/items/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err900];
                } else {
                  vErrors.push(err900);
                }
                errors++;
              }
            }
            if (data267.leave !== void 0) {
              let data271 = data267.leave;
              if (data271 && typeof data271 == "object" && !Array.isArray(data271)) {
                if (data271.count === void 0) {
                  const err901 = { instancePath: instancePath + "/interventions/" + i10 + "/leave", schemaPath: "#/properties/interventions/items/properties/leave/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                  if (vErrors === null) {
                    vErrors = [err901];
                  } else {
                    vErrors.push(err901);
                  }
                  errors++;
                }
                for (const key44 in data271) {
                  if (!(key44 === "count" || key44 === "team" || key44 === "workers")) {
                    const err902 = { instancePath: instancePath + "/interventions/" + i10 + "/leave", schemaPath: "#/properties/interventions/items/properties/leave/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err902];
                    } else {
                      vErrors.push(err902);
                    }
                    errors++;
                  }
                }
                if (data271.count !== void 0) {
                  let data272 = data271.count;
                  if (!(typeof data272 == "number" && (!(data272 % 1) && !isNaN(data272)) && isFinite(data272))) {
                    const err903 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/count", schemaPath: "#/properties/interventions/items/properties/leave/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err903];
                    } else {
                      vErrors.push(err903);
                    }
                    errors++;
                  }
                  if (typeof data272 == "number" && isFinite(data272)) {
                    if (data272 > 1e5 || isNaN(data272)) {
                      const err904 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/count", schemaPath: "#/properties/interventions/items/properties/leave/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                      if (vErrors === null) {
                        vErrors = [err904];
                      } else {
                        vErrors.push(err904);
                      }
                      errors++;
                    }
                    if (data272 < 0 || isNaN(data272)) {
                      const err905 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/count", schemaPath: "#/properties/interventions/items/properties/leave/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err905];
                      } else {
                        vErrors.push(err905);
                      }
                      errors++;
                    }
                  }
                }
                if (data271.team !== void 0) {
                  let data273 = data271.team;
                  if (typeof data273 === "string") {
                    if (!pattern0.test(data273)) {
                      const err906 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/team", schemaPath: "#/properties/interventions/items/properties/leave/properties/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]{0,39}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]{0,39}$"' };
                      if (vErrors === null) {
                        vErrors = [err906];
                      } else {
                        vErrors.push(err906);
                      }
                      errors++;
                    }
                  } else {
                    const err907 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/team", schemaPath: "#/properties/interventions/items/properties/leave/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err907];
                    } else {
                      vErrors.push(err907);
                    }
                    errors++;
                  }
                }
                if (data271.workers !== void 0) {
                  let data274 = data271.workers;
                  if (Array.isArray(data274)) {
                    if (data274.length > 1e4) {
                      const err908 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/workers", schemaPath: "#/properties/interventions/items/properties/leave/properties/workers/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
                      if (vErrors === null) {
                        vErrors = [err908];
                      } else {
                        vErrors.push(err908);
                      }
                      errors++;
                    }
                    const len10 = data274.length;
                    for (let i11 = 0; i11 < len10; i11++) {
                      let data275 = data274[i11];
                      if (!(typeof data275 == "number" && (!(data275 % 1) && !isNaN(data275)) && isFinite(data275))) {
                        const err909 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/workers/" + i11, schemaPath: "#/properties/interventions/items/properties/leave/properties/workers/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err909];
                        } else {
                          vErrors.push(err909);
                        }
                        errors++;
                      }
                      if (typeof data275 == "number" && isFinite(data275)) {
                        if (data275 > 1e8 || isNaN(data275)) {
                          const err910 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/workers/" + i11, schemaPath: "#/properties/interventions/items/properties/leave/properties/workers/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" };
                          if (vErrors === null) {
                            vErrors = [err910];
                          } else {
                            vErrors.push(err910);
                          }
                          errors++;
                        }
                        if (data275 < 0 || isNaN(data275)) {
                          const err911 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/workers/" + i11, schemaPath: "#/properties/interventions/items/properties/leave/properties/workers/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err911];
                          } else {
                            vErrors.push(err911);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err912 = { instancePath: instancePath + "/interventions/" + i10 + "/leave/workers", schemaPath: "#/properties/interventions/items/properties/leave/properties/workers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err912];
                    } else {
                      vErrors.push(err912);
                    }
                    errors++;
                  }
                }
              } else {
                const err913 = { instancePath: instancePath + "/interventions/" + i10 + "/leave", schemaPath: "#/properties/interventions/items/properties/leave/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err913];
                } else {
                  vErrors.push(err913);
                }
                errors++;
              }
            }
            if (data267.surge !== void 0) {
              let data276 = data267.surge;
              if (data276 && typeof data276 == "object" && !Array.isArray(data276)) {
                if (data276.extraContactsPerWeek === void 0) {
                  const err914 = { instancePath: instancePath + "/interventions/" + i10 + "/surge", schemaPath: "#/properties/interventions/items/properties/surge/required", keyword: "required", params: { missingProperty: "extraContactsPerWeek" }, message: "must have required property 'extraContactsPerWeek'" };
                  if (vErrors === null) {
                    vErrors = [err914];
                  } else {
                    vErrors.push(err914);
                  }
                  errors++;
                }
                if (data276.durationWeeks === void 0) {
                  const err915 = { instancePath: instancePath + "/interventions/" + i10 + "/surge", schemaPath: "#/properties/interventions/items/properties/surge/required", keyword: "required", params: { missingProperty: "durationWeeks" }, message: "must have required property 'durationWeeks'" };
                  if (vErrors === null) {
                    vErrors = [err915];
                  } else {
                    vErrors.push(err915);
                  }
                  errors++;
                }
                for (const key45 in data276) {
                  if (!(key45 === "extraContactsPerWeek" || key45 === "durationWeeks")) {
                    const err916 = { instancePath: instancePath + "/interventions/" + i10 + "/surge", schemaPath: "#/properties/interventions/items/properties/surge/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err916];
                    } else {
                      vErrors.push(err916);
                    }
                    errors++;
                  }
                }
                if (data276.extraContactsPerWeek !== void 0) {
                  let data277 = data276.extraContactsPerWeek;
                  if (typeof data277 == "number" && isFinite(data277)) {
                    if (data277 > 1e6 || isNaN(data277)) {
                      const err917 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/extraContactsPerWeek", schemaPath: "#/properties/interventions/items/properties/surge/properties/extraContactsPerWeek/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                      if (vErrors === null) {
                        vErrors = [err917];
                      } else {
                        vErrors.push(err917);
                      }
                      errors++;
                    }
                    if (data277 < 0 || isNaN(data277)) {
                      const err918 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/extraContactsPerWeek", schemaPath: "#/properties/interventions/items/properties/surge/properties/extraContactsPerWeek/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err918];
                      } else {
                        vErrors.push(err918);
                      }
                      errors++;
                    }
                  } else {
                    const err919 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/extraContactsPerWeek", schemaPath: "#/properties/interventions/items/properties/surge/properties/extraContactsPerWeek/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err919];
                    } else {
                      vErrors.push(err919);
                    }
                    errors++;
                  }
                }
                if (data276.durationWeeks !== void 0) {
                  let data278 = data276.durationWeeks;
                  if (!(typeof data278 == "number" && (!(data278 % 1) && !isNaN(data278)) && isFinite(data278))) {
                    const err920 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/durationWeeks", schemaPath: "#/properties/interventions/items/properties/surge/properties/durationWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err920];
                    } else {
                      vErrors.push(err920);
                    }
                    errors++;
                  }
                  if (typeof data278 == "number" && isFinite(data278)) {
                    if (data278 > 1040 || isNaN(data278)) {
                      const err921 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/durationWeeks", schemaPath: "#/properties/interventions/items/properties/surge/properties/durationWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
                      if (vErrors === null) {
                        vErrors = [err921];
                      } else {
                        vErrors.push(err921);
                      }
                      errors++;
                    }
                    if (data278 < 1 || isNaN(data278)) {
                      const err922 = { instancePath: instancePath + "/interventions/" + i10 + "/surge/durationWeeks", schemaPath: "#/properties/interventions/items/properties/surge/properties/durationWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err922];
                      } else {
                        vErrors.push(err922);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err923 = { instancePath: instancePath + "/interventions/" + i10 + "/surge", schemaPath: "#/properties/interventions/items/properties/surge/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err923];
                } else {
                  vErrors.push(err923);
                }
                errors++;
              }
            }
            if (data267.recruitmentDrive !== void 0) {
              let data279 = data267.recruitmentDrive;
              if (data279 && typeof data279 == "object" && !Array.isArray(data279)) {
                if (data279.hires === void 0) {
                  const err924 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/required", keyword: "required", params: { missingProperty: "hires" }, message: "must have required property 'hires'" };
                  if (vErrors === null) {
                    vErrors = [err924];
                  } else {
                    vErrors.push(err924);
                  }
                  errors++;
                }
                if (data279.leadWeeks === void 0) {
                  const err925 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/required", keyword: "required", params: { missingProperty: "leadWeeks" }, message: "must have required property 'leadWeeks'" };
                  if (vErrors === null) {
                    vErrors = [err925];
                  } else {
                    vErrors.push(err925);
                  }
                  errors++;
                }
                for (const key46 in data279) {
                  if (!(key46 === "hires" || key46 === "leadWeeks" || key46 === "route")) {
                    const err926 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err926];
                    } else {
                      vErrors.push(err926);
                    }
                    errors++;
                  }
                }
                if (data279.hires !== void 0) {
                  let data280 = data279.hires;
                  if (!(typeof data280 == "number" && (!(data280 % 1) && !isNaN(data280)) && isFinite(data280))) {
                    const err927 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/hires", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/hires/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err927];
                    } else {
                      vErrors.push(err927);
                    }
                    errors++;
                  }
                  if (typeof data280 == "number" && isFinite(data280)) {
                    if (data280 > 1e5 || isNaN(data280)) {
                      const err928 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/hires", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/hires/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
                      if (vErrors === null) {
                        vErrors = [err928];
                      } else {
                        vErrors.push(err928);
                      }
                      errors++;
                    }
                    if (data280 < 0 || isNaN(data280)) {
                      const err929 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/hires", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/hires/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err929];
                      } else {
                        vErrors.push(err929);
                      }
                      errors++;
                    }
                  }
                }
                if (data279.leadWeeks !== void 0) {
                  let data281 = data279.leadWeeks;
                  if (!(typeof data281 == "number" && (!(data281 % 1) && !isNaN(data281)) && isFinite(data281))) {
                    const err930 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/leadWeeks", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/leadWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err930];
                    } else {
                      vErrors.push(err930);
                    }
                    errors++;
                  }
                  if (typeof data281 == "number" && isFinite(data281)) {
                    if (data281 > 520 || isNaN(data281)) {
                      const err931 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/leadWeeks", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/leadWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520" };
                      if (vErrors === null) {
                        vErrors = [err931];
                      } else {
                        vErrors.push(err931);
                      }
                      errors++;
                    }
                    if (data281 < 0 || isNaN(data281)) {
                      const err932 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/leadWeeks", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/leadWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err932];
                      } else {
                        vErrors.push(err932);
                      }
                      errors++;
                    }
                  }
                }
                if (data279.route !== void 0) {
                  let data282 = data279.route;
                  if (typeof data282 !== "string") {
                    const err933 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/route", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/route/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err933];
                    } else {
                      vErrors.push(err933);
                    }
                    errors++;
                  }
                  if (!(data282 === "experienced" || data282 === "newly-qualified" || data282 === "overseas")) {
                    const err934 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive/route", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/properties/route/enum", keyword: "enum", params: { allowedValues: schema11.properties.interventions.items.properties.recruitmentDrive.properties.route.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err934];
                    } else {
                      vErrors.push(err934);
                    }
                    errors++;
                  }
                }
              } else {
                const err935 = { instancePath: instancePath + "/interventions/" + i10 + "/recruitmentDrive", schemaPath: "#/properties/interventions/items/properties/recruitmentDrive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err935];
                } else {
                  vErrors.push(err935);
                }
                errors++;
              }
            }
          } else {
            const err936 = { instancePath: instancePath + "/interventions/" + i10, schemaPath: "#/properties/interventions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err936];
            } else {
              vErrors.push(err936);
            }
            errors++;
          }
        }
      } else {
        const err937 = { instancePath: instancePath + "/interventions", schemaPath: "#/properties/interventions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err937];
        } else {
          vErrors.push(err937);
        }
        errors++;
      }
    }
  } else {
    const err938 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err938];
    } else {
      vErrors.push(err938);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  stdin_default as default,
  validate
};
