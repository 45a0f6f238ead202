// Judges declared dependencies against the bundled dataset: packages that never ran on Python 3,
// pins older than the first release with Python 3 support, dead packages with a successor, and
// backports Python 3 does not need. Plain TypeScript: the CLI and the language server both use it.

import { lookupPackage, type PackageEntry } from './dataset';
import { parseRequirementsFile, type DeclaredRequirement, type RequirementsFileKind } from './parse';
import { clauseExcluding, parseSpecifiers, parseVersion } from './versions';

export type RequirementCheckId =
  | 'requirement-never-python3'
  | 'requirement-pinned-before-python3'
  | 'requirement-unmaintained'
  | 'requirement-backport';

export interface RequirementFinding {
  id: RequirementCheckId;
  severity: 'error' | 'warning' | 'information';
  /** The package name as the file writes it. */
  name: string;
  start: number;
  end: number;
  message: string;
  /** What to depend on instead (a package, a version range, or a marker to add). */
  suggestion: string;
  source: string;
}

export interface RequirementsCheck {
  findings: RequirementFinding[];
  includes: { target: string; start: number; end: number }[];
  problems: string[];
  /** How many requirements were read (for "checked N requirements"). */
  requirements: number;
}

export function checkRequirementsText(kind: RequirementsFileKind, text: string): RequirementsCheck {
  const parsed = parseRequirementsFile(kind, text);
  const findings: RequirementFinding[] = [];
  for (const requirement of parsed.requirements) {
    const entry = lookupPackage(requirement.name);
    if (!entry) continue;
    const finding = judge(requirement, entry);
    if (finding) findings.push(finding);
  }
  return { findings, includes: parsed.includes, problems: parsed.problems, requirements: parsed.requirements.length };
}

/** Markers that keep a requirement off Python 3 (`python_version < "3"`, `< '3.4'`...). */
function onlyBelow(marker: string): string | undefined {
  const match = /python_(?:full_)?version\s*(<|<=)\s*["']([\d.]+)["']/.exec(marker);
  if (!match) return /python_version\s*==\s*["']2/.test(marker) ? '3' : undefined;
  return match[1] === '<' ? match[2] : `${match[2]}.1`;
}

function judge(requirement: DeclaredRequirement, entry: PackageEntry): RequirementFinding | undefined {
  const base = { name: requirement.name, start: requirement.start, end: requirement.end, source: entry.source };
  const limit = onlyBelow(requirement.marker);
  // `; python_version < "3"`: the team already keeps this one off Python 3.
  const python2Only = limit !== undefined && compareDotted(limit, '3') <= 0;
  const verdict = entry.verdict;
  switch (verdict.kind) {
    case 'never-python3':
      if (python2Only) return undefined;
      return {
        ...base, id: 'requirement-never-python3', severity: 'error',
        message: `${requirement.name} never supported Python 3: use ${verdict.replacement}. ${entry.note}`,
        suggestion: verdict.replacement,
      };
    case 'unmaintained':
      if (python2Only) return undefined;
      return {
        ...base, id: 'requirement-unmaintained', severity: 'warning',
        message: `${requirement.name} is unmaintained: use ${verdict.replacement}. ${entry.note}`,
        suggestion: verdict.replacement,
      };
    case 'python3-since': {
      if (python2Only) return undefined;
      const first = parseVersion(verdict.firstPython3)!;
      const excluding = clauseExcluding(parseSpecifiers(requirement.specifier), first);
      if (!excluding) return undefined;
      return {
        ...base, id: 'requirement-pinned-before-python3', severity: 'error',
        message: excluding.operator.startsWith('=')
          ? `${requirement.name}${excluding.operator}${excluding.version} is older than ${verdict.firstPython3}, the first release with Python 3 support. ${entry.note}`
          : `${requirement.name}${excluding.operator}${excluding.version} rules out ${verdict.firstPython3} and later, the only releases with Python 3 support. ${entry.note}`,
        suggestion: `${requirement.name}>=${verdict.firstPython3}`,
      };
    }
    case 'backport': {
      // Already limited to the Pythons that need it: nothing to say.
      if (limit && compareDotted(limit, verdict.since) <= 0) return undefined;
      const harm = verdict.harmful ? ` ${verdict.harmful[0]!.toUpperCase()}${verdict.harmful.slice(1)}.` : '';
      return {
        ...base, id: 'requirement-backport', severity: verdict.harmful ? 'warning' : 'information',
        message: `${requirement.name} backports \`${verdict.stdlib}\`, in the standard library since Python ${verdict.since}.${harm} ${entry.note}`,
        suggestion: `${requirement.name}; python_version < "${verdict.since}"`,
      };
    }
  }
}

function compareDotted(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
