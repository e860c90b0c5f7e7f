import { describe, expect, it } from 'vitest';
import { builtinLookups } from './builtin-schema.ts';
import { deleteBehaviour } from './delete-behaviour.ts';

describe('deleteBehaviour', () => {
  it('deletes interactions with their contact and only unlinks everything else built in', () => {
    const rules = Object.fromEntries(
      builtinLookups.map((lookup) => [`${lookup.entity}.${lookup.attribute}`, deleteBehaviour(lookup)]),
    );
    expect(rules).toEqual({
      'contact.parentcustomerid': 'removeLink',
      'account.primarycontactid': 'removeLink',
      'lead.parentcontactid': 'removeLink',
      'lead.parentaccountid': 'removeLink',
      'interaction.contactid': 'cascade',
    });
  });

  it("removes the link of a lookup an installation added, as Dataverse's referential default does", () => {
    expect(deleteBehaviour({ entity: 'eventregistration', attribute: 'contactid' })).toBe('removeLink');
    expect(deleteBehaviour({ entity: 'contact', attribute: 'favouritestore' })).toBe('removeLink');
  });
});
