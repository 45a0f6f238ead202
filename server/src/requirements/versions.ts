// Just enough of PEP 440 to answer one question: does a requirement's version specifier allow any
// release at or after the first one with Python 3 support? Release segments compare numerically;
// pre-, post- and dev-releases are ordered roughly (a pre-release sorts before its release), which is
// all a question about "1.4 versus 1.5" needs.

export type Version = { release: number[]; pre: boolean };

export function parseVersion(text: string): Version | undefined {
  const match = /^\s*v?(\d+(?:\.\d+)*)(.*)$/i.exec(text);
  if (!match) return undefined;
  const release = match[1]!.split('.').map(Number);
  const rest = match[2]!.toLowerCase();
  return { release, pre: /^[-_.]?(a|b|c|rc|alpha|beta|pre|preview|dev)/.test(rest) };
}

export function compareVersions(a: Version, b: Version): number {
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    const diff = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return a.pre === b.pre ? 0 : a.pre ? -1 : 1;
}

export interface SpecifierClause {
  operator: string;
  version: string;
}

/** `>=1.4, <2.0` -> clauses. Unknown text yields no clause (and so restricts nothing). */
export function parseSpecifiers(text: string): SpecifierClause[] {
  const clauses: SpecifierClause[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(===|~=|==|!=|<=|>=|<|>|\^|~)\s*([^\s,;]+)\s*$/.exec(part);
    if (match) clauses.push({ operator: match[1]!, version: match[2]! });
  }
  return clauses;
}

/**
 * The clause that rules out every version from `first` on, if one does: `==1.4`, `<1.5`,
 * `<=1.4.9`, `~=1.4.0`, Poetry's `^0.9` / `~1.4`. Clauses that only set a lower bound never do.
 */
export function clauseExcluding(clauses: readonly SpecifierClause[], first: Version): SpecifierClause | undefined {
  for (const clause of clauses) {
    const wildcard = clause.version.endsWith('.*');
    const version = parseVersion(wildcard ? clause.version.slice(0, -2) : clause.version);
    if (!version) continue;
    switch (clause.operator) {
      case '==':
      case '===':
        if (wildcard ? below(prefixUpperBound(version), first, true) : compareVersions(version, first) < 0) return clause;
        break;
      case '<':
        if (compareVersions(version, first) <= 0) return clause;
        break;
      case '<=':
        if (compareVersions(version, first) < 0) return clause;
        break;
      case '~=':
        // ~=1.4.2 means >=1.4.2, ==1.4.*: the upper bound drops the last segment and adds one.
        if (version.release.length >= 2 && below(prefixUpperBound({ release: version.release.slice(0, -1), pre: false }), first, true)) return clause;
        break;
      case '^': {
        // Poetry: ^1.2 allows < 2.0; ^0.9 allows < 0.10; ^0.0.3 allows < 0.0.4.
        const firstNonZero = version.release.findIndex((n) => n !== 0);
        const keep = firstNonZero === -1 ? version.release.length : firstNonZero + 1;
        if (below(prefixUpperBound({ release: version.release.slice(0, keep), pre: false }), first, true)) return clause;
        break;
      }
      case '~': {
        // Poetry: ~1.2 allows < 1.3; ~1 allows < 2.
        const keep = version.release.length >= 2 ? 2 : 1;
        if (below(prefixUpperBound({ release: version.release.slice(0, keep), pre: false }), first, true)) return clause;
        break;
      }
    }
  }
  return undefined;
}

/** The smallest version above every version starting with `prefix`: 1.4 -> 1.5. */
function prefixUpperBound(prefix: Version): Version {
  const release = [...prefix.release];
  release[release.length - 1] = (release[release.length - 1] ?? 0) + 1;
  return { release, pre: false };
}

/** `bound` (exclusive when `exclusive`) leaves nothing at or above `first`. */
function below(bound: Version, first: Version, exclusive: boolean): boolean {
  const c = compareVersions(bound, first);
  return exclusive ? c <= 0 : c < 0;
}
