// The registry: every rule py3migrate knows, in the order `py3migrate rules` lists them.
// One rule per file, its docs beside its check; add a rule by adding its file and a line here.

import type { Rule } from '../types';
import { mixedTabsSpaces } from './mixedTabsSpaces';
import { keywordIdentifier } from './keywordIdentifier';
import { syntaxError } from './syntaxError';
import { longSuffix } from './longSuffix';
import { oldNeOperator } from './oldNeOperator';
import { printStatement } from './printStatement';
import { execStatement } from './execStatement';
import { oldOctalLiteral } from './oldOctalLiteral';
import { exceptComma } from './exceptComma';
import { exceptUnpacking } from './exceptUnpacking';
import { raiseComma } from './raiseComma';
import { listCompBareTuple } from './listCompBareTuple';
import { backtickRepr } from './backtickRepr';
import { tupleParameterUnpacking } from './tupleParameterUnpacking';
import { importStarNotModuleLevel } from './importStarNotModuleLevel';
import { urStringPrefix } from './urStringPrefix';
import { nonAsciiBytesLiteral } from './nonAsciiBytesLiteral';
import { unicodeEscapeInNativeStr } from './unicodeEscapeInNativeStr';
import { applyBuiltin } from './applyBuiltin';
import { BUILTIN_RENAME_RULES } from './builtinRenames';
import { cmpBuiltin } from './cmpBuiltin';
import { execfileBuiltin } from './execfileBuiltin';
import { inputBuiltin } from './inputBuiltin';
import { intLongIsinstanceTuple, longBuiltin } from './longBuiltin';
import { reloadBuiltin } from './reloadBuiltin';
import { getcwdu, sysExcAttrs, sysMaxint } from './sysOsAttributes';
import { sysExcClear, sysExitfunc } from './sysExitAttributes';
import { cmpArgument } from './cmpArgument';
import { operatorDiv, operatorRemovedFunction } from './operatorFunctions';
import { stringModuleFunction } from './stringModuleFunction';
import { typesModuleConstant } from './typesModuleConstant';
import { itertoolsIFunction } from './itertoolsIFunction';
import { removedStdlibAttribute } from './removedStdlibAttribute';
import { strLiteralDecode } from './strLiteralDecode';
import { gettextUnicode } from './gettextUnicode';
import { dictHasKey, dictIterMethod, dictListMethodNotIterating, dictViewMethod } from './dictMethods';
import { filterNotIterating, mapNotIterating, rangeNotIterating, zipNotIterating } from './lazyBuiltins';
import { nextMethodCalled, nextMethodDefined, nextMethodReference } from './nextMethod';
import { xreadlines } from './xreadlines';
import { renamedStdlibModule } from './renamedStdlibModule';
import { dbmModuleRename } from './dbmModuleRename';
import { urllibReorganisation } from './urllibReorganisation';
import { removedStdlibModule } from './removedStdlibModule';
import { emailMimeModule } from './emailMimeModule';
import { userdictModule } from './userdictModule';
import { stringioChoice } from './stringioChoice';
import { metaclassAttribute, oldStyleClass } from './metaclassAttribute';
import { oldStylePropertySetter } from './oldStylePropertySetter';
import { chrNonAscii, mathFloorCeilInt } from './numericTextGaps';
import { SPECIAL_METHOD_RULES } from './specialMethods';
import { eqWithoutHash, eqWithoutNe } from './eqWithoutHash';
import { functionAttrs, methodAttrs } from './functionAttrs';
import { unicodeMethod } from './unicodeMethod';
import { raisingString } from './raisingString';
import { generatorThrow3Arg } from './generatorThrow';
import { exceptionEscape, exceptionMessageAttribute, indexingException } from './exceptionInstance';
import { stopIterationInGenerator } from './stopIterationInGenerator';
import { classicDivision } from './classicDivision';
import { unittestDeprecatedAlias } from './unittestDeprecatedAlias';
import { nonTextCodec } from './nonTextCodec';
import { roundBuiltin } from './roundBuiltin';
import { hashValueStored } from './hashValueStored';
import { octHexOutput } from './octHexOutput';
import { implicitRelativeImport } from './implicitRelativeImport';
import { strTranslateDeletechars } from './strTranslateDeletechars';
import { unicodeLiteralPrefix } from './unicodeLiteralPrefix';
import { comprehensionEscape } from './comprehensionEscape';
import { openTextMode } from './openTextMode';
import { isinstanceDuplicateType } from './isinstanceDuplicateType';
import { setLiteral } from './setLiteral';
import { idioms } from './idioms';
import { wsComma } from './wsComma';
import { mixedTypeOrdering } from './mixedTypeOrdering';

export const ALL_RULES: readonly Rule[] = [
  printStatement,
  execStatement,
  mixedTabsSpaces,
  keywordIdentifier,
  syntaxError,
  oldNeOperator,
  longSuffix,
  oldOctalLiteral,
  exceptComma,
  exceptUnpacking,
  raiseComma,
  listCompBareTuple,
  backtickRepr,
  tupleParameterUnpacking,
  importStarNotModuleLevel,
  urStringPrefix,
  nonAsciiBytesLiteral,
  unicodeEscapeInNativeStr,
  applyBuiltin,
  cmpBuiltin,
  execfileBuiltin,
  longBuiltin,
  intLongIsinstanceTuple,
  inputBuiltin,
  reloadBuiltin,
  ...BUILTIN_RENAME_RULES,
  getcwdu,
  sysMaxint,
  sysExcAttrs,
  sysExcClear,
  sysExitfunc,
  cmpArgument,
  operatorRemovedFunction,
  operatorDiv,
  stringModuleFunction,
  typesModuleConstant,
  itertoolsIFunction,
  removedStdlibAttribute,
  strLiteralDecode,
  gettextUnicode,
  dictListMethodNotIterating,
  dictIterMethod,
  dictViewMethod,
  dictHasKey,
  mapNotIterating,
  filterNotIterating,
  zipNotIterating,
  rangeNotIterating,
  nextMethodCalled,
  nextMethodDefined,
  nextMethodReference,
  xreadlines,
  renamedStdlibModule,
  dbmModuleRename,
  urllibReorganisation,
  removedStdlibModule,
  emailMimeModule,
  userdictModule,
  stringioChoice,
  metaclassAttribute,
  oldStyleClass,
  oldStylePropertySetter,
  mathFloorCeilInt,
  chrNonAscii,
  ...SPECIAL_METHOD_RULES,
  eqWithoutHash,
  eqWithoutNe,
  functionAttrs,
  methodAttrs,
  unicodeMethod,
  raisingString,
  generatorThrow3Arg,
  indexingException,
  exceptionMessageAttribute,
  exceptionEscape,
  stopIterationInGenerator,
  classicDivision,
  unittestDeprecatedAlias,
  nonTextCodec,
  roundBuiltin,
  hashValueStored,
  octHexOutput,
  implicitRelativeImport,
  strTranslateDeletechars,
  unicodeLiteralPrefix,
  comprehensionEscape,
  openTextMode,
  isinstanceDuplicateType,
  setLiteral,
  idioms,
  wsComma,
  mixedTypeOrdering,
];
