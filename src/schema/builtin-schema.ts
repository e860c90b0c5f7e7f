import type { AttributeDef, ChoiceOption, EntityDef, LookupDef } from './schema-types.ts';

/** The built-in CRM entities, with display names as the Dynamics 365 designer shows them. */

const opts = (...pairs: (readonly [string, string])[]): ChoiceOption[] =>
  pairs.map(([value, label]) => ({ value, label }));

/**
 * A single line of text holding at most `maxLength` characters: the MaxLength Dataverse gives the same
 * column (Microsoft's contact, account and lead table references).
 */
const str = (name: string, displayName: string, maxLength: number): AttributeDef => ({
  name,
  displayName,
  type: 'string',
  maxLength,
});

const address = (): AttributeDef[] => [
  str('address1_line1', 'Address 1: Street 1', 250),
  str('address1_city', 'Address 1: City', 80),
  str('address1_stateorprovince', 'Address 1: State/Province', 50),
  str('address1_postalcode', 'Address 1: ZIP/Postal Code', 20),
  str('address1_country', 'Address 1: Country/Region', 80),
];

const createdOn: AttributeDef = { name: 'createdon', displayName: 'Created On', type: 'datetime' };
const modifiedOn: AttributeDef = { name: 'modifiedon', displayName: 'Modified On', type: 'datetime' };

export const interestOptions = opts(
  ['wine', 'Wine'],
  ['craftbeer', 'Craft Beer'],
  ['cooking', 'Cooking'],
  ['travel', 'Travel'],
  ['sports', 'Sports'],
  ['outdoors', 'Outdoors'],
  ['music', 'Music'],
  ['art', 'Art'],
  ['fashion', 'Fashion'],
  ['technology', 'Technology'],
  ['gardening', 'Gardening'],
  ['fitness', 'Fitness'],
);

export const interactionTypeOptions = opts(
  ['EmailSent', 'Email Sent'],
  ['EmailDelivered', 'Email Delivered'],
  ['EmailOpened', 'Email Opened'],
  ['EmailClicked', 'Email Clicked'],
  ['EmailBounced', 'Email Bounced'],
  ['EmailUnsubscribed', 'Email Unsubscribed'],
  ['WebsiteVisited', 'Website Visited'],
  ['FormSubmitted', 'Form Submitted'],
  ['EventRegistration', 'Event Registration'],
  ['EventCheckIn', 'Event Check-in'],
  ['Purchase', 'Purchase'],
);

export const industryOptions = opts(
  ['accounting', 'Accounting'],
  ['agriculture', 'Agriculture and Non-petrol Natural Resource Extraction'],
  ['broadcasting', 'Broadcasting Printing and Publishing'],
  ['brewing', 'Brewing, Wineries and Distilleries'],
  ['consulting', 'Consulting'],
  ['education', 'Education'],
  ['financial', 'Financial'],
  ['food', 'Food and Tobacco Processing'],
  ['hospitality', 'Hospitality'],
  ['manufacturing', 'Manufacturing'],
  ['retail', 'Retail'],
  ['software', 'Software and Technology'],
  ['transportation', 'Transportation'],
  ['other', 'Other'],
);

const contact: EntityDef = {
  name: 'contact',
  displayName: 'Contact',
  pluralDisplayName: 'Contacts',
  primaryAttribute: 'fullname',
  attributes: [
    str('firstname', 'First Name', 50),
    str('lastname', 'Last Name', 50),
    { ...str('fullname', 'Full Name', 160), computed: true },
    str('jobtitle', 'Job Title', 100),
    str('emailaddress1', 'Email', 100),
    str('telephone1', 'Business Phone', 50),
    str('mobilephone', 'Mobile Phone', 50),
    ...address(),
    { name: 'birthdate', displayName: 'Birthday', type: 'date' },
    { name: 'anniversary', displayName: 'Anniversary', type: 'date' },
    {
      name: 'gendercode',
      displayName: 'Gender',
      type: 'choice',
      options: opts(['female', 'Female'], ['male', 'Male'], ['nonbinary', 'Non-binary']),
    },
    {
      name: 'familystatuscode',
      displayName: 'Marital Status',
      type: 'choice',
      options: opts(
        ['single', 'Single'],
        ['married', 'Married'],
        ['divorced', 'Divorced'],
        ['widowed', 'Widowed'],
      ),
    },
    {
      name: 'preferredcontactmethodcode',
      displayName: 'Preferred Method of Contact',
      type: 'choice',
      options: opts(['any', 'Any'], ['email', 'Email'], ['phone', 'Phone'], ['mail', 'Mail']),
    },
    { name: 'interests', displayName: 'Interests', type: 'multichoice', options: interestOptions },
    { name: 'donotbulkemail', displayName: 'Do not allow Bulk Emails', type: 'boolean' },
    { name: 'donotemail', displayName: 'Do not allow Emails', type: 'boolean' },
    { name: 'creditlimit', displayName: 'Credit Limit', type: 'money', scale: 4 },
    { name: 'annualincome', displayName: 'Annual Income', type: 'money', scale: 4 },
    { name: 'numberofchildren', displayName: 'No. of Children', type: 'integer' },
    { name: 'exchangerate', displayName: 'Exchange Rate', type: 'decimal', scale: 10 },
    { name: 'parentcustomerid', displayName: 'Company Name', type: 'lookup', target: 'account' },
    createdOn,
    modifiedOn,
  ],
};

const account: EntityDef = {
  name: 'account',
  displayName: 'Account',
  pluralDisplayName: 'Accounts',
  primaryAttribute: 'name',
  attributes: [
    str('name', 'Account Name', 160),
    str('accountnumber', 'Account Number', 20),
    str('emailaddress1', 'Email', 100),
    str('telephone1', 'Main Phone', 50),
    str('websiteurl', 'Website', 200),
    ...address(),
    { name: 'industrycode', displayName: 'Industry', type: 'choice', options: industryOptions },
    {
      name: 'accountcategorycode',
      displayName: 'Category',
      type: 'choice',
      options: opts(['preferred', 'Preferred Customer'], ['standard', 'Standard']),
    },
    { name: 'numberofemployees', displayName: 'Number of Employees', type: 'integer' },
    { name: 'revenue', displayName: 'Annual Revenue', type: 'money', scale: 4 },
    { name: 'primarycontactid', displayName: 'Primary Contact', type: 'lookup', target: 'contact' },
    createdOn,
    modifiedOn,
  ],
};

const lead: EntityDef = {
  name: 'lead',
  displayName: 'Lead',
  pluralDisplayName: 'Leads',
  primaryAttribute: 'fullname',
  attributes: [
    str('subject', 'Topic', 300),
    str('firstname', 'First Name', 50),
    str('lastname', 'Last Name', 50),
    { ...str('fullname', 'Name', 160), computed: true },
    str('emailaddress1', 'Email', 100),
    str('companyname', 'Company Name', 100),
    str('jobtitle', 'Job Title', 100),
    ...address(),
    {
      name: 'leadsourcecode',
      displayName: 'Lead Source',
      type: 'choice',
      options: opts(
        ['advertisement', 'Advertisement'],
        ['employeereferral', 'Employee Referral'],
        ['externalreferral', 'External Referral'],
        ['partner', 'Partner'],
        ['seminar', 'Seminar'],
        ['tradeshow', 'Trade Show'],
        ['web', 'Web'],
        ['wordofmouth', 'Word of Mouth'],
        ['other', 'Other'],
      ),
    },
    {
      name: 'leadqualitycode',
      displayName: 'Rating',
      type: 'choice',
      options: opts(['hot', 'Hot'], ['warm', 'Warm'], ['cold', 'Cold']),
    },
    {
      name: 'statecode',
      displayName: 'Status',
      type: 'choice',
      options: opts(['open', 'Open'], ['qualified', 'Qualified'], ['disqualified', 'Disqualified']),
    },
    { name: 'estimatedvalue', displayName: 'Est. Value', type: 'money', scale: 4 },
    { name: 'leadscore', displayName: 'Lead Score', type: 'integer' },
    { name: 'parentcontactid', displayName: 'Existing Contact', type: 'lookup', target: 'contact' },
    { name: 'parentaccountid', displayName: 'Existing Account', type: 'lookup', target: 'account' },
    createdOn,
    modifiedOn,
  ],
};

const interaction: EntityDef = {
  name: 'interaction',
  displayName: 'Interaction',
  pluralDisplayName: 'Interactions',
  primaryAttribute: 'type',
  attributes: [
    { name: 'type', displayName: 'Interaction Type', type: 'choice', options: interactionTypeOptions },
    { name: 'occurredon', displayName: 'Occurred On', type: 'datetime' },
    // Not Dataverse columns: an asset id as long as an email's name, a URL as long as a single line.
    str('assetid', 'Asset', 100),
    str('url', 'URL', 4000),
    { name: 'value', displayName: 'Value', type: 'money', scale: 4 },
    { name: 'contactid', displayName: 'Contact', type: 'lookup', target: 'contact' },
  ],
};

/** The built-in entities. */
export const builtinEntities: readonly EntityDef[] = [contact, account, lead, interaction];

/** The built-in lookups, each with the name of its one-to-many relationship on the target. */
export const builtinLookups: readonly (LookupDef & { readonly entity: string })[] = [
  {
    entity: 'contact',
    attribute: 'parentcustomerid',
    to: 'account',
    relationship: 'contacts',
    relationshipDisplayName: 'Contacts',
  },
  {
    entity: 'account',
    attribute: 'primarycontactid',
    to: 'contact',
    relationship: 'primaryofaccounts',
    relationshipDisplayName: 'Accounts (as Primary Contact)',
  },
  {
    entity: 'lead',
    attribute: 'parentcontactid',
    to: 'contact',
    relationship: 'leads',
    relationshipDisplayName: 'Leads',
  },
  {
    entity: 'lead',
    attribute: 'parentaccountid',
    to: 'account',
    relationship: 'leads',
    relationshipDisplayName: 'Leads',
  },
  {
    entity: 'interaction',
    attribute: 'contactid',
    to: 'contact',
    relationship: 'interactions',
    relationshipDisplayName: 'Interactions',
  },
];
