// Table-driven rule tests in the manner of ESLint's RuleTester:
//   valid:   code the rule must not flag;
//   invalid: code it must flag, with the expected output per target, or `output: null`
//            meaning "flagged, deliberately not fixed" for that target.
// Every expected output is fixed once more and must not change: fixing is idempotent.

import * as assert from 'node:assert/strict';
import { fixText, loadRules, type Finding, type RuleSet, type Target } from '../../server/src/engine';
import { SourceFile } from '../../server/src/engine/sourceFile';

export interface InvalidCase {
  code: string;
  /** How many findings of this rule (default: at least one). */
  count?: number;
  /** Each reported message must include this text. */
  message?: string;
  severity?: Finding['severity'];
  /** Expected text after fixing, per target; `null` = flagged but not fixed for that target. */
  output?: Partial<Record<Target, string | null>>;
  /** Apply unsafe fixes too when producing `output`. */
  unsafe?: boolean;
  name?: string;
}

export interface RuleCases {
  valid: (string | { code: string; name?: string })[];
  invalid: InvalidCase[];
}

let rules: RuleSet;

export async function rulesReady(): Promise<RuleSet> {
  rules ??= await loadRules();
  return rules;
}

export function findingsOf(ruleSet: RuleSet, ruleId: string, code: string): Finding[] {
  const file = SourceFile.parse(code);
  try {
    return ruleSet.analyze(file, { select: new Set([ruleId]) });
  } finally {
    file.dispose();
  }
}

function label(code: string, name?: string): string {
  return name ?? JSON.stringify(code.length > 60 ? code.slice(0, 57) + '...' : code);
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(`rule ${ruleId}`, () => {
    before(async () => {
      await rulesReady();
      assert.ok(rules.get(ruleId), `rule ${ruleId} is registered`);
    });

    for (const valid of cases.valid) {
      const { code, name } = typeof valid === 'string' ? { code: valid, name: undefined } : valid;
      it(`does not flag ${label(code, name)}`, () => {
        const findings = findingsOf(rules, ruleId, code);
        assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.start}: ${f.message}`), []);
      });
    }

    for (const invalid of cases.invalid) {
      it(`flags ${label(invalid.code, invalid.name)}`, () => {
        const findings = findingsOf(rules, ruleId, invalid.code);
        if (invalid.count !== undefined) assert.equal(findings.length, invalid.count, `number of findings in ${invalid.code}`);
        else assert.ok(findings.length > 0, `expected a finding in ${JSON.stringify(invalid.code)}`);
        for (const f of findings) {
          if (invalid.message) assert.ok(f.message.includes(invalid.message), `message "${f.message}" includes "${invalid.message}"`);
          if (invalid.severity) assert.equal(f.severity, invalid.severity);
          assert.ok(f.start >= 0 && f.end <= invalid.code.length && f.start <= f.end, 'finding lies inside the code');
        }
      });
      for (const [target, expected] of Object.entries(invalid.output ?? {}) as [Target, string | null][]) {
        it(`fixes ${label(invalid.code, invalid.name)} for ${target}${invalid.unsafe ? ' (unsafe)' : ''}`, () => {
          const result = fixText(rules, invalid.code, { target, unsafe: invalid.unsafe, select: new Set([ruleId]) });
          assert.equal(result.refused, undefined, 'the fix was not refused');
          if (expected === null) {
            assert.equal(result.text, invalid.code, 'flagged but deliberately not fixed');
            return;
          }
          assert.equal(result.text, expected);
          const again = fixText(rules, expected, { target, unsafe: true, select: new Set([ruleId]) });
          assert.equal(again.text, expected, 'fixing the output again changes nothing');
        });
      }
    }
  });
}
