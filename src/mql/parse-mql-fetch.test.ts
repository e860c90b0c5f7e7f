import { describe, expect, it } from 'vitest';
import { Schema } from '../schema/index.ts';
import { parseMql, parseMqlFetch } from './index.ts';

const schema = Schema.builtin();
const resolveSegment = () => 'seg_1';

describe('parseMqlFetch', () => {
  it("reads the segmentation API's FetchContactsByQuery example: members, order, page and columns", () => {
    const result = parseMqlFetch(
      '(SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc)).ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)',
      schema,
      { resolveSegment },
    );
    expect(result).toEqual({
      ok: true,
      fetch: {
        query: { blocks: [{ segment: 'seg_1' }] },
        orderBy: [{ attribute: 'fullname', descending: false }],
        skip: 0,
        take: 15,
        select: ['id'],
      },
    });
  });

  it('takes several columns in any case, and no paging at all', () => {
    const result = parseMqlFetch(
      "PROFILE(contact).FILTER(address1_city == 'Seattle').ORDERBY(LastName DESC, contact_1.firstname).SELECT(EmailAddress1, fullname)",
      schema,
    );
    expect(result.ok && result.fetch).toMatchObject({
      orderBy: [
        { attribute: 'lastname', descending: true },
        { attribute: 'firstname', descending: false },
      ],
      select: ['emailaddress1', 'fullname'],
    });
    expect(parseMqlFetch('PROFILE(contact)', schema)).toMatchObject({
      ok: true,
      fetch: { orderBy: [], select: [] },
    });
  });

  it('refuses unknown columns, parts out of order and a negative page, at their positions', () => {
    expect(parseMqlFetch('PROFILE(contact).SELECT(shoesize)', schema)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'MQL_UNKNOWN_ATTRIBUTE', line: 1, column: 25 })],
    });
    expect(parseMqlFetch('PROFILE(contact).TAKE(5).SKIP(5)', schema)).toMatchObject({
      ok: false,
      problems: [{ code: 'MQL_SYNTAX', line: 1, column: 26 }],
    });
    expect(parseMqlFetch('PROFILE(contact).SKIP(-1)', schema)).toMatchObject({
      ok: false,
      problems: [{ code: 'MQL_SYNTAX', line: 1, column: 23 }],
    });
  });

  it('is refused by parseMql, which reads segment queries only', () => {
    expect(parseMql('PROFILE(contact).TAKE(5)', schema)).toMatchObject({
      ok: false,
      problems: [{ code: 'MQL_NOT_EXPRESSIBLE', line: 1, column: 18 }],
    });
  });
});
