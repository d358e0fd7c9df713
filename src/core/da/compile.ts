import type { CompileRefusalCode, RuleRefusal } from '../agreement/compileRefusal';

/** Why an agreement is decided by json-rules-engine instead of the compiled rules (CompileRefusal): for the command line's summary. */
export const compile = {
  what: {
    notACondition: 'en betingelse, der ikke er et objekt',
    unknownNamedCondition: 'en navngiven betingelse, som aftalen ikke har',
    circularNamedCondition: 'en navngiven betingelse, der henviser til sig selv',
    factNotText: 'et "fact", der ikke er tekst',
    operatorNotText: 'en "operator", der ikke er tekst',
    jsonPath: 'JSONPath ("path")',
    factParams: 'parametre til et fact ("params")',
    decoratedOperator: 'en operator med præfiks',
    unknownOperator: 'en operator, json-rules-engine ikke har indbygget',
    noValue: 'en betingelse uden "value"',
    listOperatorWithoutList: 'in/notIn mod noget, der ikke er en liste',
    factReferenceWithMore: 'en værdi, der henviser til et fact og har mere end "fact"',
  } satisfies Record<CompileRefusalCode, string>,
  refusal: (r: RuleRefusal, where: string): string =>
    `Reglerne afgøres af json-rules-engine, ikke af de oversatte regler (omkring tusind gange langsommere): reglen "${r.rule}" bruger ${compile.what[r.refused]}${r.name === undefined ? '' : ` (${r.name})`} i ${where}.`,
};
