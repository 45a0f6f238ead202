// The module rules' fixes cover every use of an import, and some of their findings sit on a use while they come from the
// import's match. The language server re-analyses only edited statements, so these rules declare the uses as a
// whole-file fact (usesOf in moduleImports.ts); after settle() the findings, fixes included, must equal a fresh analysis.

import { strict as assert } from 'node:assert';
import { loadRules, RuleSet, SourceFile, type Finding } from '../../../server/src/engine';
import { IncrementalAnalysis, splitRuleSet } from '../../../server/src/lsp/incrementalAnalysis';

const MODULE_RULES = new Set([
  'renamed-stdlib-module', 'dbm-module-rename', 'urllib-reorganisation', 'removed-stdlib-module', 'email-mime-module', 'userdict-module', 'stringio-choice',
]);

const BASE = `import Queue
import urllib, urllib2
import email
from cStringIO import StringIO


def work(items):
    q = Queue.Queue()
    for item in items:
        q.put(urllib.quote(item))
    return q


try:
    page = urllib2.urlopen("http://example.org")
except urllib2.HTTPError:
    page = None
stamp = email.Utils.formatdate(0)
`;

const INSERTS = [
  '\nr = Queue.LifoQueue()\n', '\nu = urllib.basejoin(a, b)\n', '\nqueue = 1\n', '\nx = Queue\n', '\ne = urllib2.URLError\n',
  '\nd = email.MIMEText.MIMEText("x")\n', 'x', ' ', '\n', '#', 'Queue.', 'urllib.', '\nimport httplib\nh = httplib.HTTP()\n',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function key(findings: Finding[]): string[] {
  return findings.filter((f) => MODULE_RULES.has(f.ruleId)).map((f) => JSON.stringify([f.ruleId, f.start, f.end, f.message, f.fixes]));
}

function fresh(rules: RuleSet, text: string): Finding[] {
  const file = SourceFile.parse(text);
  try {
    return rules.analyze(file);
  } finally {
    file.dispose();
  }
}

describe('module rules under incremental analysis', () => {
  let rules: RuleSet;
  before(async () => {
    rules = await loadRules();
  });

  for (const seed of [11, 12, 13, 14]) {
    it(`match a fresh analysis after settling, over 60 random edits (seed ${seed})`, () => {
      const random = rng(seed);
      const analysis = new IncrementalAnalysis(splitRuleSet(rules), BASE);
      try {
        for (let step = 0; step < 60; step++) {
          const text = analysis.text;
          const start = Math.floor(random() * (text.length + 1));
          const end = Math.min(text.length, start + (random() < 0.3 ? Math.floor(random() * 5) : 0));
          const newText = INSERTS[Math.floor(random() * INSERTS.length)];
          analysis.update([{ start, end, newText }]);
          analysis.settle();
          const expected = text.slice(0, start) + newText + text.slice(end);
          assert.equal(analysis.text, expected);
          assert.deepEqual(key(analysis.findings()), key(fresh(rules, expected)), `step ${step}, seed ${seed}`);
        }
      } finally {
        analysis.dispose();
      }
    });
  }
});
