/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { startApi, type TestApi } from '../api-test-kit.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`schema routes ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('describes entities, attributes with display names and options, relationships and operators', async () => {
      const answer = await api.call('GET', '/api/schema');
      expect(answer.status).toBe(200);
      const contact = answer.json.entities.find((e: { name: string }) => e.name === 'contact');
      expect(contact).toMatchObject({ displayName: 'Contact', primaryAttribute: 'fullname', custom: false });
      const city = contact.attributes.find((a: { name: string }) => a.name === 'address1_city');
      expect(city).toEqual({
        name: 'address1_city',
        displayName: 'Address 1: City',
        type: 'string',
        maxLength: 80,
        custom: false,
        computed: false,
      });
      const gender = contact.attributes.find((a: { name: string }) => a.name === 'gendercode');
      expect(gender.type).toBe('choice');
      expect(gender.options.length).toBeGreaterThan(0);
      expect(gender.options[0]).toEqual({
        value: expect.any(String),
        label: expect.any(String),
        dataverseValue: expect.any(Number),
      });
      expect(contact.relationships).toContainEqual(
        expect.objectContaining({ name: 'interactions', to: 'interaction', cardinality: 'oneToMany' }),
      );
      expect(answer.json.operators.string[0]).toEqual({ id: 'equals', label: 'Equals', values: 'oneOrMore' });
      expect(Object.keys(answer.json.operators)).toContain('multichoice');
    });

    it("shows Dynamics' vocabulary: Dataverse option values, yes/no labels and relationship schema names", async () => {
      const answer = await api.call('GET', '/api/schema');
      const entity = (name: string) => answer.json.entities.find((e: { name: string }) => e.name === name);
      const attribute = (entityName: string, name: string) =>
        entity(entityName).attributes.find((a: { name: string }) => a.name === name);
      expect(attribute('contact', 'gendercode').options).toEqual(
        expect.arrayContaining([
          { value: 'female', label: 'Female', dataverseValue: 2 },
          { value: 'male', label: 'Male', dataverseValue: 1 },
          // An option Dataverse lacks has no Dataverse value.
          { value: 'nonbinary', label: 'Non-binary' },
        ]),
      );
      expect(attribute('contact', 'donotbulkemail').booleanLabels).toEqual({
        true: 'Do Not Allow',
        false: 'Allow',
      });
      expect(attribute('contact', 'address1_city').booleanLabels).toBeUndefined();
      const toAccount = entity('contact').relationships.find(
        (r: { name: string }) => r.name === 'parentcustomerid',
      );
      expect(toAccount).toMatchObject({
        to: 'account',
        schemaName: 'contact_customer_accounts',
        schemaNames: ['contact_account_parentcustomerid', 'contact_customer_accounts'],
      });
      const back = entity('account').relationships.find((r: { name: string }) => r.name === 'contacts');
      expect(back.schemaNames).toEqual(toAccount.schemaNames);
      // What the schema shows is what MQL reads: a TRAVERSE by that name and a choice by that value.
      const parsed = await api.call('POST', '/api/mql/parse', {
        mql: "PROFILE(account).FILTER(name == 'Contoso').TRAVERSE(contact_customer_accounts).FILTER(gendercode == 2)",
      });
      expect(parsed.json.query.blocks[0].traverse).toEqual([
        {
          relationship: 'contacts',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['female'] },
            ],
          },
        },
      ]);
    });

    it('adds a custom attribute that records can then hold', async () => {
      const added = await api.call('POST', '/api/schema/contact/attributes', {
        name: 'loyaltypoints',
        displayName: 'Loyalty Points',
        type: 'integer',
      });
      expect(added.status).toBe(201);
      expect(added.json).toEqual({
        name: 'loyaltypoints',
        displayName: 'Loyalty Points',
        type: 'integer',
        custom: true,
        computed: false,
      });
      const schema = await api.call('GET', '/api/schema');
      const contact = schema.json.entities.find((e: { name: string }) => e.name === 'contact');
      expect(contact.attributes.map((a: { name: string }) => a.name)).toContain('loyaltypoints');
      const created = await api.call('POST', '/api/contacts', { firstname: 'Ada', loyaltypoints: 12 });
      expect(created.json.loyaltypoints).toBe(12);
    });

    it('adds a choice attribute with its options', async () => {
      const added = await api.call('POST', '/api/schema/contact/attributes', {
        name: 'winelover',
        displayName: 'Wine Lover',
        type: 'choice',
        options: [{ value: 'yes', label: 'Yes' }, { value: 'no' }],
      });
      expect(added.status).toBe(201);
      expect(added.json.options).toEqual([
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'no' },
      ]);
    });

    it('answers 404 for an attribute of an entity that does not exist', async () => {
      const answer = await api.call('POST', '/api/schema/spaceship/attributes', {
        name: 'speed',
        displayName: 'Speed',
        type: 'integer',
      });
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe('NOT_FOUND');
    });

    it('answers 422 with every problem of a bad attribute', async () => {
      const answer = await api.call('POST', '/api/schema/contact/attributes', {
        name: 'Bad Name',
        displayName: '',
        type: 'colour',
      });
      expect(answer.status).toBe(422);
      expect(answer.json.error.code).toBe('INVALID_ATTRIBUTE');
      const paths = answer.json.error.details.map((p: { path: string }) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['name', 'displayName', 'type']));
    });

    it('answers 409 for an attribute name the entity already has', async () => {
      const answer = await api.call('POST', '/api/schema/contact/attributes', {
        name: 'firstname',
        displayName: 'First',
        type: 'string',
      });
      expect(answer.status).toBe(409);
      expect(answer.json.error.code).toBe('ALREADY_EXISTS');
    });

    it('answers 400 for an attribute body with an unknown field', async () => {
      const answer = await api.call('POST', '/api/schema/contact/attributes', {
        name: 'points',
        displayName: 'Points',
        type: 'integer',
        colour: 'red',
      });
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('INVALID_REQUEST');
    });

    it('adds a custom entity with a lookup to contacts, usable through the records routes', async () => {
      const added = await api.call('POST', '/api/schema/entities', {
        name: 'eventregistration',
        displayName: 'Event Registration',
        attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
      expect(added.status).toBe(201);
      expect(added.json).toMatchObject({ name: 'eventregistration', custom: true });
      expect(added.json.relationships).toContainEqual(
        expect.objectContaining({ name: 'contactid', to: 'contact', cardinality: 'manyToOne' }),
      );
      const schema = await api.call('GET', '/api/schema');
      const contact = schema.json.entities.find((e: { name: string }) => e.name === 'contact');
      expect(contact.relationships.map((r: { name: string }) => r.name)).toContain('eventregistrations');

      const ada = await api.call('POST', '/api/contacts', { firstname: 'Ada' });
      const registration = await api.call('POST', '/api/records/eventregistration', {
        eventname: 'Wine tasting',
        contactid: ada.json.id,
      });
      expect(registration.status).toBe(201);
      expect(registration.json).toMatchObject({ eventname: 'Wine tasting', contactid: ada.json.id });
    });

    it('answers 409 for an entity that exists and 422 for a bad one', async () => {
      const taken = await api.call('POST', '/api/schema/entities', {
        name: 'contact',
        displayName: 'Contact',
        attributes: [{ name: 'nickname', displayName: 'Nickname', type: 'string' }],
      });
      expect(taken.status).toBe(409);
      const bad = await api.call('POST', '/api/schema/entities', { name: '9lives', displayName: '' });
      expect(bad.status).toBe(422);
      expect(bad.json.error.code).toBe('INVALID_ENTITY');
      expect(bad.json.error.details.length).toBeGreaterThanOrEqual(2);
    });
  });
}
