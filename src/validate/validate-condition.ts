import type { ConditionNode } from '../definition/nodes.ts';
import { isOperator, operators, type Operator } from '../definition/operator-catalogue.ts';
import { operatorsByType, typeOffers } from '../definition/operator-sets.ts';
import type { AttributeType } from '../schema/attribute-type.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { AttributeDef, EntityDef } from '../schema/schema-types.ts';
import { labelOf, nameWithType, operatorChoices } from './describe.ts';
import { problem } from './problem-codes.ts';
import { editDistance } from './suggest.ts';
import { unknownAttribute } from './unknown-names.ts';
import { validateConditionValues } from './validate-condition-values.ts';
import { validateConditionUnit } from './validate-unit.ts';
import type { WhereScope } from './validation-context.ts';

/**
 * One condition on an attribute of `entity`: the attribute exists, its type offers the operator, and
 * the unit and values fit the operator. Computed attributes are readable, so they are fine here.
 */
export function validateCondition(
  node: ConditionNode,
  entity: EntityDef,
  path: string,
  scope: WhereScope,
): Problem[] {
  const attribute = entity.attributes.find((a) => a.name === node.attribute);
  const operatorPath = joinPath(path, 'operator');
  if (!attribute) {
    const problems = [unknownAttribute(entity, node.attribute, joinPath(path, 'attribute'))];
    // A row with no attribute chosen yet is one problem: its operator is chosen after the attribute.
    if (node.attribute !== '' && !isOperator(node.operator))
      problems.push(unknownOperator(node.operator, undefined, operatorPath));
    return problems;
  }
  if (!isOperator(node.operator)) return [unknownOperator(node.operator, attribute, operatorPath)];
  if (!typeOffers(attribute.type, node.operator)) {
    return [
      problem(
        'OPERATOR_NOT_ALLOWED',
        operatorPath,
        `${labelOf(node.operator)} cannot be used with ${nameWithType(attribute)}. Choose one of: ${operatorChoices(attribute.type)}.`,
      ),
    ];
  }
  return [
    ...validateConditionUnit(attribute, node.operator, node.unit, path),
    ...validateConditionValues(entity, attribute, node.operator, node.values, path, scope),
  ];
}

function unknownOperator(operator: string, attribute: AttributeDef | undefined, path: string): Problem {
  if (operator === '') return problem('INCOMPLETE', path, 'Select an operator for this row.');
  const start = `"${operator}" is not an operator.`;
  if (!attribute) return problem('UNKNOWN_OPERATOR', path, start);
  const guess = meantOperator(operator, attribute.type).map(
    (id) => ` Did you mean "${id}" (${operators[id].label})?`,
  );
  return problem(
    'UNKNOWN_OPERATOR',
    path,
    `${start}${guess.join('')} ${nameWithType(attribute)}, takes one of: ${operatorChoices(attribute.type)}.`,
  );
}

/** The operator of `type` that was probably meant: its label typed as the id, or its id nearly. */
function meantOperator(typed: string, type: AttributeType): Operator[] {
  const wanted = typed.toLowerCase();
  const offered = operatorsByType[type];
  const byLabel = offered.filter((id) => operators[id].label.toLowerCase() === wanted);
  if (byLabel.length > 0) return byLabel;
  const close = offered.filter((id) => editDistance(wanted, id.toLowerCase()) <= 2);
  return close
    .sort((a, b) => editDistance(wanted, a.toLowerCase()) - editDistance(wanted, b.toLowerCase()))
    .slice(0, 1);
}
