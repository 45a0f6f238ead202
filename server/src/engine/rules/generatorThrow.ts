// `g.throw(E, V[, T])` (catalog H2): the type-and-value signature of generator.throw().

import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { asAtom, plainArguments } from './builtinReference';

export const generatorThrow3Arg: Rule = {
  id: 'generator-throw-3-arg',
  category: 'exceptions',
  severity: 'warning',
  summary: '`throw(type, value[, traceback])` is deprecated in Python 3; throw an exception instance',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `x.throw(E, V)` and `x.throw(E, V, T)` calls.',
    whyItBreaks:
      'Python 3 deprecates the multi-argument signature of `generator.throw()` (DeprecationWarning since 3.12) in favour of ' +
      '`g.throw(E(V))`; with a traceback, `g.throw(E(V).with_traceback(T))`, which has no Python 2 spelling.',
    example: 'gen.throw(ValueError, "bad input")',
    useInstead: 'gen.throw(ValueError("bad input"))',
    fixSafety:
      'Unsafe: Python 2 uses V itself when it is already an instance of E and unpacks a tuple V into the arguments, while `E(V)` always ' +
      'wraps it; and `x` may not be a generator at all. The three-argument form is not fixed.',
  },
  identifiers: ['throw'],
  onIdentifier(name, ctx) {
    const attribute = name.parent;
    if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== name.id) return;
    const call = attribute.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id || isInCompatCode(call)) return;
    const args = plainArguments(call);
    if (!args || args.length < 2 || args.length > 3) return;
    let fixes: { py3?: Fix; compat?: Fix } = {};
    if (args.length === 2) {
      const [type, value] = args;
      const list = call.childForFieldName('arguments')!;
      // Python 2 instantiates `E()` for a None value.
      const instance = `${asAtom(type)}(${value.type === 'none' ? '' : value.text})`;
      const fix: Fix = {
        title: `Throw \`${instance}\``,
        safety: 'unsafe',
        edits: [{ start: list.startIndex, end: list.endIndex, newText: `(${instance})` }],
      };
      fixes = { py3: fix, compat: fix };
    }
    ctx.report({
      node: call,
      message: args.length === 2
        ? '`throw(type, value)` is deprecated in Python 3; throw an exception instance'
        : '`throw(type, value, traceback)` is deprecated in Python 3; Python 3 spells it `throw(E(V).with_traceback(T))`',
      fixes,
    });
  },
};
