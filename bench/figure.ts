// One row of `pnpm bench`. Every figure names its unit, its target and, where the target is a
// ratio, the anchor measured in the same run (a ratio survives a noisy machine; a time does not).
export interface BenchFigure {
  /** stable id, e.g. `workflows.loan_decision_median` */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** human-readable target, e.g. "< 1 ms" or "≥ 1.0× anchor" */
  readonly target: string;
  readonly pass: boolean;
  readonly anchor?: { readonly label: string; readonly value: number; readonly unit: string };
}

/** A bench module: `bench/<area>.bench.ts` default-exports one of these. */
export type BenchSuite = () => Promise<BenchFigure[]>;
