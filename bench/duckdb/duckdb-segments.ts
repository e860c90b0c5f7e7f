/**
 * The representative segments (`bench/segments.ts`) written by hand in DuckDB SQL, as someone answering
 * the same questions over the same tables in DuckDB would write them. Each query selects the member
 * contact ids; the go-live scenario stores them as a table `m_<segment id>` (its "members"), which the
 * segments built from other segments read, as Segmint reads the stored members of a live segment.
 *
 * The semantics follow SEGMENTS.md: text equality ignores case, a window is the last N days up to and
 * including `now`, "older than N years" means N full years by the segment's time zone, "anniversary in
 * the next 7 days" counts today.
 */

/** The SQL selecting the members of each representative segment, by segment id, for the moment `now`. */
export function duckdbSegmentSql(now: Date): Readonly<Record<string, string>> {
  const instant = `TIMESTAMP '${now.toISOString().replace('T', ' ').replace('Z', '')}'`;
  const zonedToday = (zone: string) => `CAST(timezone('${zone}', timezone('UTC', ${instant})) AS DATE)`;
  const utcToday = `CAST(${instant} AS DATE)`;
  const member = (segment: string) => `(SELECT id FROM ${membersTable(segment)})`;
  return {
    'bench-raleigh': `SELECT id FROM contact WHERE lower(address1_city) = 'raleigh'`,
    'bench-opted-out': `SELECT id FROM contact WHERE donotbulkemail
      OR id IN (SELECT contactid FROM interaction WHERE type IN ('EmailUnsubscribed', 'EmailBounced'))`,
    'bench-sf-wine': `SELECT id FROM contact
      WHERE lower(address1_city) = 'san francisco' AND gendercode = 'female'
        AND list_contains(interests, 'wine')
        AND birthdate <= ${zonedToday('America/Los_Angeles')} - INTERVAL 40 YEAR
        AND id NOT IN ${member('bench-opted-out')}`,
    'bench-nc-craft-beer': `SELECT id FROM contact
      WHERE lower(address1_stateorprovince) = 'nc' AND list_contains(interests, 'craftbeer')
        AND id IN (SELECT contactid FROM interaction WHERE type = 'EventCheckIn')`,
    'bench-nested-or': `SELECT id FROM contact
      WHERE (lower(address1_city) IN ('san francisco', 'los angeles', 'seattle', 'portland', 'san diego')
          AND list_has_any(interests, ['cooking', 'wine']))
        OR (lower(address1_stateorprovince) IN ('ny', 'ma', 'nc') AND numberofchildren >= 2
          AND NOT coalesce(donotbulkemail, false) AND emailaddress1 IS NOT NULL)`,
    'bench-big-software': `SELECT c.id FROM contact c JOIN account a ON a.id = c.parentcustomerid
      WHERE a.industrycode = 'software' AND a.numberofemployees >= 200`,
    'bench-engaged-readers': `SELECT contactid AS id FROM interaction
      WHERE type = 'EmailOpened' AND occurredon > ${instant} - INTERVAL 30 DAY AND occurredon <= ${instant}
      GROUP BY contactid HAVING count(*) >= 3`,
    'bench-brewery-staff': `SELECT c.id FROM contact c JOIN account a ON a.id = c.parentcustomerid
      WHERE a.industrycode = 'brewing' AND NOT c.donotbulkemail`,
    'bench-hot-leads': `SELECT DISTINCT parentcontactid AS id FROM lead
      WHERE leadqualitycode = 'hot' AND statecode = 'open' AND parentcontactid IS NOT NULL
        AND createdon > ${instant} - INTERVAL 90 DAY AND createdon <= ${instant}`,
    'bench-birthdays': `SELECT id FROM contact
      WHERE strftime(birthdate, '%m-%d') BETWEEN strftime(${utcToday}, '%m-%d')
        AND strftime(${utcToday} + INTERVAL 6 DAY, '%m-%d')`,
    'bench-union': `SELECT id FROM ${membersTable('bench-raleigh')}
      UNION SELECT id FROM ${membersTable('bench-nc-craft-beer')}`,
    'bench-intersect': `SELECT id FROM ${membersTable('bench-engaged-readers')}
      INTERSECT SELECT id FROM ${membersTable('bench-big-software')}`,
    // Money is kept scaled by 10^4, as in SQLite: 20,000 is 200,000,000.
    'bench-three-combinations': `SELECT id FROM contact
      WHERE (creditlimit >= 200000000 OR id IN ${member('bench-sf-wine')})
        AND id IN (SELECT contactid FROM interaction WHERE type IN ('EmailOpened', 'EmailClicked'))
        AND id NOT IN ${member('bench-opted-out')}`,
  };
}

/** The DuckDB table that holds a segment's members once it has "gone live". */
export function membersTable(segmentId: string): string {
  return `"m_${segmentId.replaceAll('"', '""')}"`;
}
