// The migration panel and the checklist link into docs/guides/<file>#<anchor>; a renamed heading
// would leave a dead link that nobody notices until they click it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORY_INFO } from '../../client/src/panel/guides';
import { MANUAL_ITEMS } from '../../shared/checklist';

const GUIDES = path.join(__dirname, '..', '..', 'docs', 'guides');

/** The anchors GitHub and VS Code's markdown preview give a page's headings. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    anchors.add(heading[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return anchors;
}

export function assertGuideLinkResolves(link: string): void {
  const [file, anchor] = link.split('#');
  const page = path.join(GUIDES, file!);
  assert.ok(fs.existsSync(page), `docs/guides/${file} does not exist`);
  if (anchor) assert.ok(headingAnchors(fs.readFileSync(page, 'utf8')).has(anchor), `docs/guides/${file} has no heading for #${anchor}`);
}

describe('docs/guides', () => {
  it('has the five guides the issue asks for, each with a title', () => {
    for (const file of ['writing-2-and-3.md', 'what-changed.md', 'logging.md', 'release-plan.md', 'dev-environments.md']) {
      const text = fs.readFileSync(path.join(GUIDES, file), 'utf8');
      assert.match(text, /^# \S/, `${file} starts with a title`);
    }
  });

  it('has a section for every manual checklist item link', () => {
    for (const item of MANUAL_ITEMS) assertGuideLinkResolves(item.guide);
  });

  it('has a section for every category the migration panel links to', () => {
    for (const info of CATEGORY_INFO) assertGuideLinkResolves(`${info.guide}#${info.anchor}`);
  });

  it('links between guides resolve', () => {
    for (const file of fs.readdirSync(GUIDES).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(GUIDES, file), 'utf8');
      for (const match of text.matchAll(/\]\(([a-z0-9-]+\.md(?:#[a-z0-9-]+)?)\)/g)) assertGuideLinkResolves(match[1]!);
    }
  });

  it('computes anchors the way the markdown preview does', () => {
    assert.deepEqual([...headingAnchors('# A\n## Strings and bytes\n```\n# not a heading\n```\n### Running under Python 3\n')], ['a', 'strings-and-bytes', 'running-under-python-3']);
  });
});
