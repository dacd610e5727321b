// Types for stress-cases.cjs, which the stress script runs as CommonJS.
/** The largest page a resume of `jsonBytes` may give: the output budget. */
export function pageBudget(jsonBytes: number): number;
export const cases: unknown[];
export const fixedCases: unknown[];
