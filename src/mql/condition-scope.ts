import type { AttributeDef, EntityDef, Schema } from '../schema/index.ts';
import { mqlProblem, type MqlProblem } from './mql-problem.ts';
import { attributeOf, closest } from './schema-names.ts';
import type { ValueExpr } from './syntax.ts';

/** What a FILTER's condition reads: one step's entity, the names that qualify it, where problems go. */
export interface ConditionScope {
  readonly schema: Schema;
  readonly entity: EntityDef;
  /** The step's alias and entity name, lower case: `contact_1.emailaddress1`, `contact.emailaddress1`. */
  readonly qualifiers: ReadonlySet<string>;
  /** The aliases of the chain's other steps, lower case. */
  readonly otherAliases: ReadonlySet<string>;
  readonly problems: MqlProblem[];
}

/** A name in a condition: an attribute, or the record's own id (`accountid`), which Segmint has no attribute for. */
export type ResolvedName =
  | { readonly kind: 'attribute'; readonly attribute: AttributeDef }
  | { readonly kind: 'primaryKey'; readonly text: string };

type NameExpr = Extract<ValueExpr, { kind: 'name' }>;

/** The attribute a name means, or undefined with its problem reported (unless `silent`). */
export function resolveName(scope: ConditionScope, expr: NameExpr, silent = false): ResolvedName | undefined {
  const report = (problem: MqlProblem): ResolvedName | undefined => {
    if (!silent) scope.problems.push(problem);
    return undefined;
  };
  if (expr.qualifier) {
    const qualifier = expr.qualifier.text.toLowerCase();
    if (scope.otherAliases.has(qualifier) && !scope.qualifiers.has(qualifier)) {
      return report(
        mqlProblem(
          'MQL_NOT_EXPRESSIBLE',
          expr.qualifier.at,
          `This FILTER reads ${expr.qualifier.text}, another step of the chain: a FILTER can only read the records of its own step, so move the condition to the FILTER of ${expr.qualifier.text}.`,
        ),
      );
    }
    if (!scope.qualifiers.has(qualifier)) {
      return report(
        mqlProblem(
          'MQL_UNKNOWN_ALIAS',
          expr.qualifier.at,
          `No step is called "${expr.qualifier.text}": name the alias in PROFILE(${scope.entity.name}, ${expr.qualifier.text}) or TRAVERSE(…, ${expr.qualifier.text}), or write the attribute alone.`,
        ),
      );
    }
  }
  const attribute = attributeOf(scope.schema, scope.entity, expr.name.text);
  if (attribute) return { kind: 'attribute', attribute };
  if (expr.name.text.toLowerCase() === `${scope.entity.name}id`)
    return { kind: 'primaryKey', text: expr.name.text };
  const hint = closest(
    expr.name.text,
    scope.entity.attributes.map((a) => a.name),
  );
  return report(
    mqlProblem(
      'MQL_UNKNOWN_ATTRIBUTE',
      expr.name.at,
      `${scope.entity.displayName} has no attribute "${expr.name.text}"${hint ? `; did you mean ${hint}?` : '.'} If "${expr.name.text}" is a value, put it in quotes: '${expr.name.text}'.`,
    ),
  );
}
