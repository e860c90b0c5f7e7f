import { describe, expect, it } from 'vitest';
import { normalizeValue } from './attribute-value.ts';
import {
  findAttribute,
  findEntity,
  findInteractionLink,
  findRelationship,
  resolveBooleanLabel,
  resolveChoice,
} from './dataverse-names.ts';
import { Schema } from './schema.ts';
import type { AttributeDef } from './schema-types.ts';

const schema = Schema.builtin();
const attribute = (entity: string, name: string): AttributeDef => {
  const found = schema.attribute(entity, name);
  if (!found) throw new Error(`${entity}.${name}`);
  return found;
};
const dataverseValues = (entity: string, name: string) =>
  Object.fromEntries((attribute(entity, name).options ?? []).map((o) => [o.value, o.dataverseValue]));

describe('the Dataverse integer values of built-in choices', () => {
  it('gives gender, marital status and preferred contact method the values Dataverse gives them', () => {
    expect(dataverseValues('contact', 'gendercode')).toEqual({ male: 1, female: 2, nonbinary: undefined });
    expect(dataverseValues('contact', 'familystatuscode')).toEqual({
      single: 1,
      married: 2,
      divorced: 3,
      widowed: 4,
    });
    expect(dataverseValues('contact', 'preferredcontactmethodcode')).toEqual({
      any: 1,
      email: 2,
      phone: 3,
      fax: 4,
      mail: 5,
    });
  });

  it("numbers account industries as Dataverse does, keeping Segmint's own options without a number", () => {
    const industry = dataverseValues('account', 'industrycode');
    expect(industry).toMatchObject({ accounting: 1, agriculture: 2, broadcasting: 3, consulting: 7 });
    expect(industry).toMatchObject({ financial: 16, food: 17, transportation: 30, wholesale: 33 });
    expect(industry).toMatchObject({ software: undefined, manufacturing: undefined, other: undefined });
    const numbers = Object.values(industry).filter((n): n is number => n !== undefined);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('numbers account category and the lead source, rating and status', () => {
    expect(dataverseValues('account', 'accountcategorycode')).toEqual({ preferred: 1, standard: 2 });
    expect(dataverseValues('lead', 'leadqualitycode')).toEqual({ hot: 1, warm: 2, cold: 3 });
    expect(dataverseValues('lead', 'statecode')).toEqual({ open: 0, qualified: 1, disqualified: 2 });
    expect(dataverseValues('lead', 'leadsourcecode')).toMatchObject({
      advertisement: 1,
      publicrelations: 5,
      wordofmouth: 9,
      other: 10,
    });
  });

  it('never gives two options of one choice the same Dataverse value', () => {
    for (const entity of schema.entities.values())
      for (const a of entity.attributes) {
        const numbers = (a.options ?? []).flatMap((o) =>
          o.dataverseValue === undefined ? [] : [o.dataverseValue],
        );
        expect(new Set(numbers).size, `${entity.name}.${a.name}`).toBe(numbers.length);
      }
  });
});

describe('interaction types', () => {
  it("offers every interaction type Dynamics' retrieve-interactions page lists, beside Segmint's", () => {
    const types = (attribute('interaction', 'type').options ?? []).map((o) => o.value);
    const dynamics = `ActivityContactBlocked ActivityContactDispatched ActivityContactProcessingFailed
      CreateCrmActivityContactProcessed CreateCustomChannelActivityContactProcessed CustomChannelResponse
      CustomerJourneyContactRecordUpdated EmailBlockBounced EmailBlocked EmailClicked
      EmailContainsBlacklistedLinks EmailDelivered EmailFeedbackLoop EmailForwarded EmailHardBounced
      EmailOpened EmailSendingFailed EmailSent EmailSoftBounced EmailSubscriptionSubmit EventCheckIn
      EventRegistration FormSubmitted FormVisited InvalidRecipientAddress InvalidSenderAddress
      LeadScoreBoost OutOfEmailCredits PassThroughActivityContactProcessed RedirectLinkClicked
      SchedulerActivityContactProcessed SegmentRelationshipEdited SegmentSubscribed SegmentUnsubscribed
      SplitterActivityContactProcessed SurveyResponse TriggerActivityContactProcessed
      TriggerCrmWorkflowActivityContactProcessed WebsiteClicked WebsiteVisited`.split(/\s+/);
    expect(dynamics).toHaveLength(40);
    expect(types).toEqual(expect.arrayContaining(dynamics));
    expect(types).toEqual(expect.arrayContaining(['EmailBounced', 'EmailUnsubscribed', 'Purchase']));
    expect(new Set(types).size).toBe(types.length);
  });

  it('resolves an interaction link of a segment query to the type and the contact it links', () => {
    const link = findInteractionLink(schema, 'EmailSoftBounced_ContactLink');
    expect(link?.type.value).toBe('EmailSoftBounced');
    expect(link?.relationship).toMatchObject({ from: 'interaction', to: 'contact', name: 'contactid' });
    expect(findInteractionLink(schema, 'redirectlinkclicked_contactlink')?.type.value).toBe(
      'RedirectLinkClicked',
    );
    expect(findInteractionLink(schema, 'EmailOpenedLeadLink')).toBeUndefined();
    expect(findInteractionLink(schema, 'Nonsense_ContactLink')).toBeUndefined();
  });
});

describe('findRelationship', () => {
  it('takes the name Dynamics segment queries use, from either end of the link', () => {
    expect(findRelationship(schema, 'account', 'contact_account_parentcustomerid')).toMatchObject({
      name: 'contacts',
      from: 'account',
      to: 'contact',
      cardinality: 'oneToMany',
    });
    expect(findRelationship(schema, 'contact', 'contact_account_parentcustomerid')).toMatchObject({
      name: 'parentcustomerid',
      to: 'account',
      cardinality: 'manyToOne',
    });
  });

  it("takes Dataverse's relationship schema names, in any case", () => {
    expect(findRelationship(schema, 'Account', 'Contact_Customer_Accounts')?.name).toBe('contacts');
    expect(findRelationship(schema, 'contact', 'account_primary_contact')?.name).toBe('primaryofaccounts');
    expect(findRelationship(schema, 'contact', 'lead_parent_contact')?.name).toBe('leads');
    expect(findRelationship(schema, 'lead', 'LEAD_PARENT_ACCOUNT')?.name).toBe('parentaccountid');
    expect(findRelationship(schema, 'contact', 'interaction_contact_contactid')?.name).toBe('interactions');
  });

  it("takes Segmint's own relationship names, in any case", () => {
    expect(findRelationship(schema, 'account', 'Contacts')?.name).toBe('contacts');
    expect(findRelationship(schema, 'contact', 'parentcustomerid')?.name).toBe('parentcustomerid');
  });

  it('finds nothing for a link that does not start at the entity, or an unknown name', () => {
    expect(findRelationship(schema, 'interaction', 'contact_customer_accounts')).toBeUndefined();
    expect(findRelationship(schema, 'contact', 'HavingAccount')).toBeUndefined();
    expect(findRelationship(schema, 'nothing', 'contacts')).toBeUndefined();
  });

  it('exposes the schema names on both ends of a built-in link', () => {
    const toAccount = schema.relationship('contact', 'parentcustomerid');
    expect(toAccount?.schemaName).toBe('contact_customer_accounts');
    expect(toAccount?.schemaNames).toEqual(['contact_account_parentcustomerid', 'contact_customer_accounts']);
    expect(schema.relationship('account', 'contacts')?.schemaNames).toEqual(toAccount?.schemaNames);
    expect(schema.relationship('contact', 'interactions')?.schemaName).toBeUndefined();
  });

  it('names a custom lookup as segment queries would', () => {
    const wider = schema.withEntity(
      {
        name: 'eventregistration',
        displayName: 'Event Registration',
        pluralDisplayName: 'Event Registrations',
        primaryAttribute: 'id',
        attributes: [{ name: 'contactid', displayName: 'Contact', type: 'lookup', target: 'contact' }],
      },
      [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
    );
    expect(findRelationship(wider, 'contact', 'eventregistration_contact_contactid')?.name).toBe(
      'eventregistrations',
    );
  });
});

describe('findEntity and findAttribute', () => {
  it('match logical names in any case, and never display names', () => {
    expect(findEntity(schema, 'Contact')?.name).toBe('contact');
    expect(findAttribute(schema, 'contact', 'EMailAddress1')?.name).toBe('emailaddress1');
    expect(findAttribute(schema, 'contact', 'First Name')).toBeUndefined();
  });
});

describe('resolveChoice', () => {
  const gender = attribute('contact', 'gendercode');

  it("takes Segmint's option value, the Dataverse integer as a number or as digits, and the label", () => {
    expect(resolveChoice(gender, 'female')).toMatchObject({
      ok: true,
      option: { value: 'female' },
      by: 'value',
    });
    expect(resolveChoice(gender, 2)).toMatchObject({
      ok: true,
      option: { value: 'female' },
      by: 'dataverseValue',
    });
    expect(resolveChoice(gender, ' 1 ')).toMatchObject({ ok: true, option: { value: 'male' } });
    expect(resolveChoice(gender, 'NON-BINARY')).toMatchObject({
      ok: true,
      option: { value: 'nonbinary' },
      by: 'label',
    });
    expect(resolveChoice(attribute('account', 'industrycode'), "doctor's offices and clinics")).toMatchObject(
      {
        option: { value: 'doctors', dataverseValue: 11 },
      },
    );
  });

  it('refuses what names no option, and a label two options share', () => {
    expect(resolveChoice(gender, 3)).toEqual({ ok: false, reason: '"3" is not one of its options' });
    expect(resolveChoice(gender, 'F')).toEqual({ ok: false, reason: '"F" is not one of its options' });
    const twice: AttributeDef = {
      name: 'tier',
      displayName: 'Tier',
      type: 'choice',
      options: [
        { value: 'gold', label: 'Top' },
        { value: 'platinum', label: 'top' },
      ],
    };
    const refused = resolveChoice(twice, 'TOP');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toBe(
      '"TOP" is the label of 2 options ("gold", "platinum"); give the option value',
    );
  });

  it('prefers an option value over a Dataverse integer it happens to spell', () => {
    const numbered: AttributeDef = {
      name: 'size',
      displayName: 'Size',
      type: 'choice',
      options: [
        { value: '2', label: 'Two', dataverseValue: 100 },
        { value: 'other', label: 'Other', dataverseValue: 2 },
      ],
    };
    expect(resolveChoice(numbered, '2')).toMatchObject({ option: { value: '2' }, by: 'value' });
    expect(resolveChoice(numbered, 100)).toMatchObject({ option: { value: '2' }, by: 'dataverseValue' });
  });
});

describe('resolveBooleanLabel', () => {
  it("reads Dataverse's labels of the do-not-allow flags, and nothing else", () => {
    const bulk = attribute('contact', 'donotbulkemail');
    expect(resolveBooleanLabel(bulk, 'Do Not Allow')).toBe(true);
    expect(resolveBooleanLabel(bulk, ' allow ')).toBe(false);
    expect(resolveBooleanLabel(bulk, 'Maybe')).toBeUndefined();
    expect(resolveBooleanLabel(attribute('contact', 'donotemail'), 'DO NOT ALLOW')).toBe(true);
    expect(resolveBooleanLabel(attribute('contact', 'firstname'), 'Allow')).toBeUndefined();
  });
});

describe('choices sent as JSON', () => {
  it('take a Dataverse integer as a number, but a label only in a CSV file', () => {
    expect(normalizeValue(attribute('contact', 'gendercode'), 2)).toEqual({ ok: true, value: 'female' });
    expect(normalizeValue(attribute('contact', 'gendercode'), 'Female')).toEqual({
      ok: false,
      reason: '"Female" is not one of its options',
    });
    expect(normalizeValue(attribute('contact', 'gendercode'), 7)).toEqual({
      ok: false,
      reason: '"7" is not one of its options',
    });
    expect(normalizeValue(attribute('contact', 'familystatuscode'), '2')).toEqual({
      ok: false,
      reason: '"2" is not one of its options',
    });
  });

  it('take Dataverse integers in a multi-choice list', () => {
    const tags: AttributeDef = {
      name: 'tags',
      displayName: 'Tags',
      type: 'multichoice',
      options: [
        { value: 'a', label: 'A', dataverseValue: 100000000 },
        { value: 'b', label: 'B', dataverseValue: 100000001 },
      ],
    };
    expect(normalizeValue(tags, [100000001, 'a'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(normalizeValue(tags, [5])).toEqual({ ok: false, reason: '"5" not among its options' });
  });
});
