// The registry: every rule py3migrate knows, in the order `py3migrate rules` lists them.
// One rule per file, its docs beside its check; add a rule by adding its file and a line here.

import type { Rule } from '../types';
import { mixedTabsSpaces } from './mixedTabsSpaces';
import { longSuffix } from './longSuffix';
import { oldNeOperator } from './oldNeOperator';
import { oldOctalLiteral } from './oldOctalLiteral';
import { exceptComma } from './exceptComma';
import { tupleParameterUnpacking } from './tupleParameterUnpacking';
import { importStarNotModuleLevel } from './importStarNotModuleLevel';
import { urStringPrefix } from './urStringPrefix';
import { nonAsciiBytesLiteral } from './nonAsciiBytesLiteral';
import { unicodeEscapeInNativeStr } from './unicodeEscapeInNativeStr';
import { exceptUnpacking } from './exceptUnpacking';

export const ALL_RULES: readonly Rule[] = [
  mixedTabsSpaces,
  oldNeOperator,
  longSuffix,
  oldOctalLiteral,
  exceptComma,
  tupleParameterUnpacking,
  importStarNotModuleLevel,
  urStringPrefix,
  nonAsciiBytesLiteral,
  unicodeEscapeInNativeStr,
  exceptUnpacking,
];
