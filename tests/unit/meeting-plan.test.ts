import { describe, expect, it } from 'vitest';
import { PHASE_IDS, defaultPlan, movePhase, plannedMinutes, setMinutes, toPlan, toggleSkipped } from '../../content/meeting-plan';

describe('a meeting’s plan', () => {
  it('starts with every phase in the framework’s order, 75 minutes in all', () => {
    expect(defaultPlan().map((p) => p.id)).toEqual([...PHASE_IDS]);
    expect(plannedMinutes(defaultPlan())).toBe(75);
  });

  it('moves a phase, skips one (its minutes leave the total), and takes a timebox of 1–120 whole minutes only', () => {
    let plan = movePhase(defaultPlan(), 'checkin', 1);
    expect(plan.slice(0, 2).map((p) => p.id)).toEqual(['follow-up', 'checkin']);
    expect(movePhase(plan, 'follow-up', -1)).toEqual(plan); // already first
    plan = toggleSkipped(plan, 'picture');
    expect(plannedMinutes(plan)).toBe(65);
    expect(setMinutes(plan, 'dialogue', ' 30 ')).toEqual({ plan: plan.map((p) => (p.id === 'dialogue' ? { ...p, minutes: 30 } : p)), ok: true });
    for (const bad of ['0', '121', '2.5', 'tyve', '']) expect(setMinutes(plan, 'dialogue', bad)).toEqual({ plan, ok: false });
  });

  it('reads a stored plan, or falls back to the default one where it is not whole', () => {
    const plan = toggleSkipped(movePhase(defaultPlan(), 'close', -1), 'round');
    expect(toPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(toPlan(plan.slice(1))).toEqual(defaultPlan());
    expect(toPlan([...plan.slice(1), plan[1]])).toEqual(defaultPlan());
    expect(toPlan('nonsense')).toEqual(defaultPlan());
  });
});
