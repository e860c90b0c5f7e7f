import { Random } from '../src/demo-data/index.ts';
import {
  and,
  condition,
  contactBlock,
  didRecently,
  dynamic,
  not,
  or,
  related,
  segmentBlock,
  type BenchSegment,
  type JsonObject,
} from './segment-builders.ts';

// prettier-ignore
const cities = [
  'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Seattle', 'Boston', 'Austin', 'Raleigh',
  'Charlotte', 'Denver', 'London', 'Toronto', 'Atlantis',
];
const states = ['NY', 'CA', 'TX', 'NC', 'WA', 'MA', 'FL', 'CO'];
// prettier-ignore
const interestValues = [
  'wine', 'craftbeer', 'cooking', 'travel', 'sports', 'outdoors', 'music', 'art', 'fashion', 'technology',
  'gardening', 'fitness',
];
// prettier-ignore
const industryValues = [
  'software', 'retail', 'consulting', 'financial', 'manufacturing', 'hospitality', 'education', 'food',
  'brewing', 'transportation',
];
// prettier-ignore
const behaviours = [
  'EmailOpened', 'EmailClicked', 'WebsiteVisited', 'FormSubmitted', 'EventRegistration', 'EventCheckIn',
  'Purchase',
];

/** The shapes a mixed segment takes, in turn: live systems hold mostly profile and behavioural segments. */
const shapes = [
  'profile',
  'account',
  'behaviour',
  'nested',
  'profile',
  'behaviour',
  'lead',
  'profile',
  'account',
  'segments',
] as const;

type Shape = (typeof shapes)[number];

/**
 * `count` live segments of mixed shapes for the write scenario, varied by a seeded draw of their
 * parameters: profile conditions (city, state, interests, age, children, credit), firmographic rows
 * through the contact's account, behaviour in sliding windows, nested OR groups with a negated group,
 * leads, and every tenth a segment made of earlier ones (union, intersect or exclude). Ids are
 * `mixed-000`… and every segment comes after the segments it reads.
 */
export function mixedSegments(count: number, seed: number): BenchSegment[] {
  const random = new Random(seed);
  const segments: BenchSegment[] = [];
  for (let i = 0; i < count; i++) {
    const id = `mixed-${String(i).padStart(3, '0')}`;
    const shape = shapes[i % shapes.length] ?? 'profile';
    segments.push(segmentOf(shape, id, random, segments));
  }
  return segments;
}

function segmentOf(shape: Shape, id: string, random: Random, earlier: readonly BenchSegment[]): BenchSegment {
  const some = <T>(items: readonly T[], max: number) => {
    const chosen = new Set<T>();
    const wanted = random.int(1, max);
    while (chosen.size < wanted) chosen.add(random.pick(items));
    return [...chosen];
  };
  switch (shape) {
    case 'profile': {
      const rows: JsonObject[] = [profileRow(random, some)];
      if (random.chance(0.6)) rows.push(profileRow(random, some));
      if (random.chance(0.3)) rows.push(condition('donotbulkemail', 'equals', [false]));
      return dynamic(id, `Profile ${id}`, [contactBlock(and(...rows))]);
    }
    case 'account': {
      const firm = and(
        condition('industrycode', 'equals', some(industryValues, 2)),
        condition('numberofemployees', random.chance(0.5) ? 'greaterOrEqual' : 'lessThan', [
          random.pick([10, 50, 200, 1000]),
        ]),
      );
      const rows: JsonObject[] = [related('parentcustomerid', firm)];
      if (random.chance(0.4)) rows.push(profileRow(random, some));
      return dynamic(id, `Firmographic ${id}`, [contactBlock(and(...rows))]);
    }
    case 'behaviour': {
      const type = random.pick(behaviours);
      const rows: JsonObject[] = [
        didRecently(type, random.pick([1, 1, 2, 3, 5]), random.pick([7, 14, 30, 90, 365])),
      ];
      if (random.chance(0.3)) rows.push(condition('interests', 'containsAnyOf', some(interestValues, 2)));
      return dynamic(id, `Behaviour ${id}`, [contactBlock(and(...rows))]);
    }
    case 'nested':
      return dynamic(id, `Nested ${id}`, [
        contactBlock(
          or(
            and(profileRow(random, some), profileRow(random, some)),
            and(
              profileRow(random, some),
              not(or(profileRow(random, some), condition('donotbulkemail', 'equals', [true]))),
            ),
          ),
        ),
      ]);
    case 'lead':
      return dynamic(id, `Leads ${id}`, [
        contactBlock(
          and(
            related(
              'leads',
              and(
                condition('leadqualitycode', 'equals', some(['hot', 'warm', 'cold'], 2)),
                condition('statecode', 'equals', ['open']),
              ),
            ),
          ),
        ),
      ]);
    case 'segments': {
      if (earlier.length < 2) return segmentOf('profile', id, random, earlier);
      const first = random.pick(earlier);
      const second = random.pick(earlier.filter((s) => s !== first));
      const combine = random.pick(['union', 'intersect', 'exclude']);
      return dynamic(id, `Combined ${id}`, [segmentBlock(first.id), segmentBlock(second.id, combine)]);
    }
  }
}

/** One condition on a contact's own attributes. */
function profileRow(random: Random, some: <T>(items: readonly T[], max: number) => T[]): JsonObject {
  switch (random.int(0, 6)) {
    case 0:
      return condition('address1_city', 'equals', some(cities, 3));
    case 1:
      return condition('address1_stateorprovince', 'equals', some(states, 2));
    case 2:
      return condition(
        'interests',
        random.chance(0.8) ? 'containsAnyOf' : 'containsAllOf',
        some(interestValues, 2),
      );
    case 3:
      return condition(
        'birthdate',
        random.chance(0.5) ? 'olderThan' : 'inLast',
        [random.int(25, 65)],
        'years',
      );
    case 4:
      return condition('numberofchildren', 'greaterOrEqual', [random.int(1, 3)]);
    case 5:
      return condition('gendercode', 'equals', [random.pick(['female', 'male'])]);
    default:
      return condition('creditlimit', 'between', [random.int(1, 5) * 1000, random.int(6, 30) * 1000]);
  }
}
