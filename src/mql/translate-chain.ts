import type { GroupNode, QueryBlock, TraverseHop, WhereNode } from '../definition/index.ts';
import type { EntityDef, RelationshipDef, Schema } from '../schema/index.ts';
import { resolveName, type ConditionScope } from './condition-scope.ts';
import { mqlProblem, type MqlProblem } from './mql-problem.ts';
import { closest, findEntity, findRelationship, linkNames } from './schema-names.ts';
import type { CondExpr, Name, SetOperand } from './syntax.ts';
import { translateCondition } from './translate-condition.ts';
import { condition, group } from './where-nodes.ts';

type Profile = Extract<SetOperand, { kind: 'profile' }>;

/** One step of a chain: its entity, its alias, the relationship that reached it, its FILTERs. */
interface Step {
  readonly entity: EntityDef;
  readonly alias?: Name | undefined;
  readonly via?: RelationshipDef | undefined;
  readonly filters: CondExpr[];
  readonly at: Name['at'];
}

/**
 * `PROFILE(entity[, alias]).FILTER(…).TRAVERSE(relationship[, alias | FILTER(…)])…` as a query block:
 * the PROFILE's entity and FILTERs, then one hop per TRAVERSE with the FILTERs that follow it (a
 * FILTER inside TRAVERSE filters the records it reaches, like one after it). The chain must end on
 * contacts. A record's own id (`account_1.accountid == '…'`), which Segmint has no attribute for, may be
 * compared where a neighbouring step holds a lookup to it: before a TRAVERSE to the records pointing
 * at this one, or after a TRAVERSE along this step's lookup.
 */
export function translateChain(
  profile: Profile,
  schema: Schema,
  problems: MqlProblem[],
): QueryBlock | undefined {
  const before = problems.length;
  const entity = findEntity(schema, profile.entity.text);
  if (!entity) {
    const names = [...schema.entities.keys()];
    const hint = closest(profile.entity.text, names);
    problems.push(
      mqlProblem(
        'MQL_UNKNOWN_ENTITY',
        profile.entity.at,
        `There is no entity "${profile.entity.text}"${hint ? `; did you mean ${hint}?` : ''}. Segmint has ${names.join(', ')}.`,
      ),
    );
    return undefined;
  }
  const steps: Step[] = [{ entity, alias: profile.alias, filters: [], at: profile.entity.at }];
  let broken = false;
  for (const step of profile.steps) {
    const current = steps[steps.length - 1] as Step;
    if (step.kind === 'filter') {
      current.filters.push(step.condition);
      continue;
    }
    if (broken) continue;
    const relationship = findRelationship(schema, current.entity.name, step.relationship.text);
    const target = relationship && schema.entity(relationship.to);
    if (!relationship || !target) {
      const names = schema
        .relationshipsOf(current.entity.name)
        .map((r) => `${linkNames(r)[0] ?? r.name} (to ${r.to})`);
      problems.push(
        mqlProblem(
          'MQL_UNKNOWN_RELATIONSHIP',
          step.relationship.at,
          `${current.entity.displayName} has no relationship "${step.relationship.text}". From ${current.entity.name}, TRAVERSE can follow ${names.join(', ') || 'nothing'}.`,
        ),
      );
      broken = true;
      continue;
    }
    steps.push({
      entity: target,
      alias: step.alias,
      via: relationship,
      filters: step.filter ? [step.filter] : [],
      at: step.relationship.at,
    });
  }
  if (broken) return undefined;

  const aliases = steps.flatMap((s) => (s.alias ? [s.alias.text.toLowerCase()] : []));
  const scopeOf = (step: Step): ConditionScope => {
    const qualifiers = new Set([step.entity.name, ...(step.alias ? [step.alias.text.toLowerCase()] : [])]);
    return {
      schema,
      entity: step.entity,
      qualifiers,
      otherAliases: new Set(aliases.filter((a) => !qualifiers.has(a))),
      problems,
    };
  };
  // First the id tests that move to a neighbouring step's lookup, then every step's conditions.
  const carried: WhereNode[][] = steps.map(() => []);
  const rests = steps.map((step, i) => {
    const next = steps[i + 1];
    const idTarget =
      next?.via?.cardinality === 'oneToMany'
        ? { index: i + 1, lookup: next.via.lookupAttribute }
        : step.via?.cardinality === 'manyToOne' && i > 0
          ? { index: i - 1, lookup: step.via.lookupAttribute }
          : undefined;
    return step.filters.flatMap((filter) => {
      if (!idTarget) return [filter];
      const { rest, ids } = takeIds(filter, scopeOf(step));
      carried[idTarget.index]?.push(...ids.map((id) => condition(idTarget.lookup, 'equals', [id])));
      return rest ? [rest] : [];
    });
  });
  const wheres = steps.map((step, i): GroupNode | undefined => {
    const scope = scopeOf(step);
    const children: WhereNode[] = [...(carried[i] ?? [])];
    for (const filter of rests[i] ?? []) {
      const where = translateCondition(filter, scope);
      if (where) children.push(where);
    }
    const [only] = children;
    if (children.length === 1 && only?.kind === 'group') return only;
    return children.length > 0 ? group('and', children) : undefined;
  });
  const last = steps[steps.length - 1] as Step;
  if (last.entity.name !== 'contact') {
    const toContacts = schema
      .relationshipsOf(last.entity.name)
      .filter((r) => r.to === 'contact')
      .map((r) => `.TRAVERSE(${linkNames(r)[0] ?? r.name})`);
    problems.push(
      mqlProblem(
        'MQL_NOT_CONTACTS',
        last.at,
        `This query ends on ${last.entity.pluralDisplayName.toLowerCase()}, and a segment holds contacts${toContacts.length > 0 ? `: add ${toContacts.join(' or ')} to reach their contacts` : ''}.`,
      ),
    );
  }
  if (problems.length > before) return undefined;
  const traverse: TraverseHop[] = steps.slice(1).map((step, i) => ({
    relationship: step.via?.name ?? '',
    where: wheres[i + 1],
  }));
  return { kind: 'queryBlock', entity: entity.name, where: wheres[0], traverse };
}

/**
 * Takes `<entity>id == '…'` out of the top AND of a FILTER, for a neighbouring step's lookup: when the
 * next step follows a one-to-many relationship, the records it reaches are those whose lookup holds
 * the id; when this step was reached by a many-to-one relationship, the previous step's records are
 * those whose lookup holds it.
 */
function takeIds(filter: CondExpr, scope: ConditionScope): { rest?: CondExpr | undefined; ids: string[] } {
  const items = filter.kind === 'and' ? filter.items : [filter];
  const ids: string[] = [];
  const rest = items.filter((item) => {
    if (item.kind !== 'compare' || item.op !== '==') return true;
    const [name, value] = item.left.kind === 'name' ? [item.left, item.right] : [item.right, item.left];
    if (name.kind !== 'name' || value.kind !== 'string') return true;
    if (resolveName(scope, name, true)?.kind !== 'primaryKey') return true;
    ids.push(/^\{.*\}$/.test(value.value) ? value.value.slice(1, -1) : value.value);
    return false;
  });
  if (rest.length === 0) return { ids };
  const first = rest[0] as CondExpr;
  return { rest: rest.length === 1 ? first : { kind: 'and', items: rest, at: first.at }, ids };
}
