import { resolveName, type ConditionScope } from './condition-scope.ts';
import { anniversaryLeaf, dateDiffLeaf } from './calendar-condition.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import { closest } from './schema-names.ts';
import type { CompareOp, CondExpr, ValueExpr } from './syntax.ts';
import { valueLeaf } from './value-condition.ts';
import type { Leaf } from './where-nodes.ts';

/** The operator with its sides swapped: `a < b` is `b > a`. */
export const flip = {
  '==': '==',
  '!=': '!=',
  '>': '<',
  '>=': '<=',
  '<': '>',
  '<=': '>=',
} as const satisfies Record<CompareOp, CompareOp>;

const knownFunctions = ['DATETIMEUTCNOW', 'DATEADD', 'DATEDIFF', 'DATE', 'DAYSTOANNIVERSARY'];

/** The calls in a value of functions MQL (with Segmint's DAYSTOANNIVERSARY) does not have. */
function unknownCalls(value: ValueExpr): Extract<ValueExpr, { kind: 'call' }>[] {
  if (value.kind === 'arithmetic') return [...unknownCalls(value.left), ...unknownCalls(value.right)];
  if (value.kind !== 'call') return [];
  const own = [...knownFunctions, 'UTCNOW'].includes(value.name.text.toUpperCase()) ? [] : [value];
  return [...own, ...value.args.flatMap(unknownCalls)];
}

function isCall(expr: ValueExpr, name: string): boolean {
  return expr.kind === 'call' && expr.name.text.toUpperCase() === name;
}

export function compareLeaf(
  expr: Extract<CondExpr, { kind: 'compare' }>,
  scope: ConditionScope,
): Leaf | undefined {
  const report = (
    at: Position,
    message: string,
    code: 'MQL_NOT_EXPRESSIBLE' | 'MQL_WRONG_VALUE' = 'MQL_NOT_EXPRESSIBLE',
  ): Leaf | undefined => {
    scope.problems.push(mqlProblem(code, at, message));
    return undefined;
  };
  const { left, right } = expr;
  const unknown = [left, right].flatMap(unknownCalls);
  for (const call of unknown) {
    const hint =
      closest(call.name.text, knownFunctions) ?? (/now/i.test(call.name.text) ? 'DATETIMEUTCNOW' : undefined);
    scope.problems.push(
      mqlProblem(
        'MQL_UNKNOWN_FUNCTION',
        call.name.at,
        `MQL has no function ${call.name.text}()${hint ? `; did you mean ${hint}()?` : '.'}`,
      ),
    );
  }
  if (unknown.length > 0) return undefined;
  if (isCall(left, 'DATEDIFF') && left.kind === 'call') return dateDiffLeaf(left, expr.op, right, scope);
  if (isCall(right, 'DATEDIFF') && right.kind === 'call')
    return dateDiffLeaf(right, flip[expr.op], left, scope);
  if (left.kind === 'call' && isCall(left, 'DAYSTOANNIVERSARY'))
    return anniversaryLeaf(left, expr.op, right, scope);
  if (right.kind === 'call' && isCall(right, 'DAYSTOANNIVERSARY'))
    return anniversaryLeaf(right, flip[expr.op], left, scope);
  for (const side of [left, right]) {
    if (side.kind === 'arithmetic') {
      return report(
        side.at,
        'Segmint compares an attribute with a value; arithmetic (+ - * /) cannot be expressed.',
      );
    }
  }
  let nameSide = left;
  let valueSide = right;
  let op = expr.op;
  if (left.kind !== 'name' && right.kind === 'name') {
    nameSide = right;
    valueSide = left;
    op = flip[op];
  }
  if (nameSide.kind !== 'name')
    return report(expr.at, "A comparison needs an attribute on one side, as in address1_city == 'Seattle'.");
  if (valueSide.kind === 'name') {
    const a = resolveName(scope, nameSide, true);
    const b = resolveName(scope, valueSide, true);
    if (a && b) {
      return report(
        expr.at,
        `Segmint compares an attribute with a value, not two attributes (${nameSide.name.text} and ${valueSide.name.text}).`,
      );
    }
    resolveName(scope, a ? valueSide : nameSide);
    return undefined;
  }
  const resolved = resolveName(scope, nameSide);
  if (!resolved) return undefined;
  if (resolved.kind === 'primaryKey') {
    return report(
      nameSide.at,
      `Segmint cannot select ${scope.entity.pluralDisplayName.toLowerCase()} by their own id here. An id can be compared, with == and on its own or joined by &&, only next to a TRAVERSE along a lookup to it: PROFILE(account).FILTER(accountid == '…').TRAVERSE(contact_account_parentcustomerid), or PROFILE(lead).TRAVERSE(lead_contact_parentcontactid).FILTER(contactid == '…'). To pick contacts by id, use a static segment.`,
    );
  }
  const attribute = resolved.attribute;
  if (valueSide.kind === 'null') {
    return report(
      valueSide.at,
      `Test a missing value with ${op === '!=' ? 'ISNOTNULL' : 'ISNULL'}(${attribute.name}).`,
    );
  }
  return valueLeaf(attribute, op, valueSide, expr.opAt, scope);
}
