import type { Fix, Rule, TextEdit } from '../types';

/** What may follow a comma or colon without a space: a space (or line break) or a closing bracket. */
const SPACE_OR_CLOSER = /[\s)\]}]/;

/** SPACE_OR_CLOSER.test(text[at]), from the character code for ASCII (nearly every character after a comma). */
function isSpaceOrCloser(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x80) return SPACE_OR_CLOSER.test(text[at]);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x29 || code === 0x5d || code === 0x7d;
}

// 2to3's optional fix_ws_comma: `a ,b` -> `a, b` and `{a :b}` -> `{a: b}`. Pure layout, so off by
// default and information only; kept because teams that ran 2to3 with it expect the same cleanup.
export const wsComma: Rule = {
  id: 'ws-comma',
  category: 'other',
  severity: 'information',
  defaultEnabled: false,
  summary: 'Space before a comma (or a dict colon), or none after it',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags a comma with a space before it or no space after it (`f(a ,b)`), and the same around the colon of a dict entry (`{a :b}`), and rewrites them as `a, b` and `{a: b}`. Off by default (cosmetic, like 2to3\'s explicit-only `ws_comma` fixer); select it by id or give it a severity in settings to use it.',
    whyItBreaks: 'Nothing breaks: it is layout, the spacing PEP 8 asks for. A formatter does the same job; use this only if the team has none.',
    example: 'point = (x ,y)\nconfig = {"debug" :True}',
    useInstead: 'point = (x, y)\nconfig = {"debug": True}',
    fixSafety: 'Safe: only spaces on one line change, never inside strings or comments; a comma at the end of a line or before a closing bracket is left as it is.',
  },
  checkFile(ctx) {
    const text = ctx.file.text;
    // Each comma and colon in text order, found with indexOf: a hit when spaces come before it, or a
    // character other than a space or closing bracket after it. (The regular expression this replaces,
    // /[ \t]+[,:]|[,:](?=[^\s)\]}])/g, retried its `[ \t]+` at every space of every indentation run:
    // quadratic in the run, ~150 ms over the stdlib.)
    // Most hits lie in strings and comments: one lookup covers the rest of that string's content or
    // comment, where no token starts. A colon's parent (a walk down from the root) is asked last.
    let skipUntil = -1;
    let comma = text.indexOf(',');
    let colon = text.indexOf(':');
    while (comma >= 0 || colon >= 0) {
      let mark: number;
      if (colon < 0 || (comma >= 0 && comma < colon)) {
        mark = comma;
        comma = text.indexOf(',', comma + 1);
      } else {
        mark = colon;
        colon = text.indexOf(':', colon + 1);
      }
      const before = text.charCodeAt(mark - 1);
      const spacedBefore = before === 0x20 || before === 0x09;
      if (!spacedBefore && (mark + 1 >= text.length || isSpaceOrCloser(text, mark + 1))) continue;
      if (mark < skipUntil) continue;
      const token = ctx.file.root.descendantForIndex(mark, mark + 1);
      if (!token) continue;
      const type = token.type;
      if (type === 'string_content' || type === 'comment') {
        skipUntil = token.endIndex;
        continue;
      }
      if (token.startIndex !== mark || token.endIndex !== mark + 1) continue;
      if (type !== ',' && type !== ':') continue;
      if (type === ':' && token.parent?.type !== 'pair') continue;
      let spacesStart = mark;
      while (spacesStart > 0 && (text[spacesStart - 1] === ' ' || text[spacesStart - 1] === '\t')) spacesStart--;
      const afterLineStart = text.lastIndexOf('\n', mark - 1) + 1;
      const edits: TextEdit[] = [];
      // Spaces before the token, unless they are the line's indentation.
      if (spacesStart < mark && text.slice(afterLineStart, spacesStart).trim() !== '') edits.push({ start: spacesStart, end: mark, newText: '' });
      const next = text[mark + 1];
      if (next !== undefined && !isSpaceOrCloser(text, mark + 1)) edits.push({ start: mark + 1, end: mark + 1, newText: ' ' });
      if (edits.length === 0) continue;
      const fix: Fix = { title: `Write \`${token.type} \` with one space after it`, safety: 'safe', edits };
      ctx.report({ node: token, message: token.type === ',' ? 'Comma spacing: no space before a comma, one after it' : 'Dict colon spacing: no space before the colon, one after it', fixes: { py3: fix, compat: fix } });
    }
  },
};
