import { holdLimit } from '../../../src/domain/deprovision/deprovision-hold.service';

describe('holdLimit', () => {
  it.each([
    // [count, percent, active now, applied in the window, limit]
    [50, 10, 300, 0, 50],
    [50, 10, 250, 50, 50],
    [50, 10, 1_000, 0, 100],
    [50, 10, 950, 50, 100],
    [50, 10, 999, 0, 99],
    [5, 10, 60, 0, 6],
    [5, 10, 54, 6, 6],
    [5, 10, 10, 0, 5],
    [1, 100, 7, 3, 10],
    [50, 10, 0, 0, 50],
  ])('count %i, %i %%, %i active and %i deprovisioned → %i', (count, percent, active, applied, limit) => {
    expect(holdLimit({ count, percent }, active, applied)).toBe(limit);
  });
});
