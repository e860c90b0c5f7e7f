import type { AttributeDef, ChoiceOption, EntityDef, LookupDef } from './schema-types.ts';

/** The built-in CRM entities, with display names as the Dynamics 365 designer shows them. */

/** Options from `[value, label]` pairs, or `[value, label, dataverseValue]` where Dataverse has the option. */
const opts = (...options: (readonly [string, string, number?])[]): ChoiceOption[] =>
  options.map(([value, label, dataverseValue]) =>
    dataverseValue === undefined ? { value, label } : { value, label, dataverseValue },
  );

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

/** Dataverse's labels of its "Do not allow …" flags: true is Do Not Allow, false is Allow. */
const doNotAllow = { true: 'Do Not Allow', false: 'Allow' } as const;

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

/**
 * Interaction types: Segmint's own first, then the others Dynamics 365 Marketing records, as its
 * "Retrieve interactions for a contact" page lists them (`msdyncrm_LoadInteractionsPublic`), so that
 * their segment queries (`INTERACTION(EmailSoftBounced, …)`) and exported interactions keep their
 * names. Interaction types are names in Dynamics too: they have no Dataverse integer value.
 */
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
  ['ActivityContactBlocked', 'Activity Contact Blocked'],
  ['ActivityContactDispatched', 'Activity Contact Dispatched'],
  ['ActivityContactProcessingFailed', 'Activity Contact Processing Failed'],
  ['CreateCrmActivityContactProcessed', 'Create CRM Activity Contact Processed'],
  ['CreateCustomChannelActivityContactProcessed', 'Create Custom Channel Activity Contact Processed'],
  ['CustomChannelResponse', 'Custom Channel Response'],
  ['CustomerJourneyContactRecordUpdated', 'Customer Journey Contact Record Updated'],
  ['EmailBlockBounced', 'Email Block Bounced'],
  ['EmailBlocked', 'Email Blocked'],
  ['EmailContainsBlacklistedLinks', 'Email Contains Blacklisted Links'],
  ['EmailFeedbackLoop', 'Email Feedback Loop'],
  ['EmailForwarded', 'Email Forwarded'],
  ['EmailHardBounced', 'Email Hard Bounced'],
  ['EmailSendingFailed', 'Email Sending Failed'],
  ['EmailSoftBounced', 'Email Soft Bounced'],
  ['EmailSubscriptionSubmit', 'Email Subscription Submit'],
  ['FormVisited', 'Form Visited'],
  ['InvalidRecipientAddress', 'Invalid Recipient Address'],
  ['InvalidSenderAddress', 'Invalid Sender Address'],
  ['LeadScoreBoost', 'Lead Score Boost'],
  ['OutOfEmailCredits', 'Out of Email Credits'],
  ['PassThroughActivityContactProcessed', 'Pass-through Activity Contact Processed'],
  ['RedirectLinkClicked', 'Redirect Link Clicked'],
  ['SchedulerActivityContactProcessed', 'Scheduler Activity Contact Processed'],
  ['SegmentRelationshipEdited', 'Segment Relationship Edited'],
  ['SegmentSubscribed', 'Segment Subscribed'],
  ['SegmentUnsubscribed', 'Segment Unsubscribed'],
  ['SplitterActivityContactProcessed', 'Splitter Activity Contact Processed'],
  ['SurveyResponse', 'Survey Response'],
  ['TriggerActivityContactProcessed', 'Trigger Activity Contact Processed'],
  ['TriggerCrmWorkflowActivityContactProcessed', 'Trigger CRM Workflow Activity Contact Processed'],
  ['WebsiteClicked', 'Website Clicked'],
);

/**
 * Account industries: Dataverse's `industrycode` options with their values (Microsoft's account table
 * reference), and Segmint's own (brewing, education, hospitality, manufacturing, retail, software,
 * other), which have none. Dataverse's "Durable Manufacturing" and the several kinds of retail are
 * narrower than Segmint's "Manufacturing" and "Retail", so they are options of their own.
 */
export const industryOptions = opts(
  ['accounting', 'Accounting', 1],
  ['agriculture', 'Agriculture and Non-petrol Natural Resource Extraction', 2],
  ['broadcasting', 'Broadcasting Printing and Publishing', 3],
  ['brewing', 'Brewing, Wineries and Distilleries'],
  ['brokers', 'Brokers', 4],
  ['buildingsupplyretail', 'Building Supply Retail', 5],
  ['businessservices', 'Business Services', 6],
  ['consulting', 'Consulting', 7],
  ['consumerservices', 'Consumer Services', 8],
  ['design', 'Design, Direction and Creative Management', 9],
  ['distributors', 'Distributors, Dispatchers and Processors', 10],
  ['doctors', "Doctor's Offices and Clinics", 11],
  ['durablemanufacturing', 'Durable Manufacturing', 12],
  ['eatingdrinking', 'Eating and Drinking Places', 13],
  ['education', 'Education'],
  ['entertainmentretail', 'Entertainment Retail', 14],
  ['equipmentrental', 'Equipment Rental and Leasing', 15],
  ['financial', 'Financial', 16],
  ['food', 'Food and Tobacco Processing', 17],
  ['hospitality', 'Hospitality'],
  ['inboundcapital', 'Inbound Capital Intensive Processing', 18],
  ['inboundrepair', 'Inbound Repair and Services', 19],
  ['insurance', 'Insurance', 20],
  ['legal', 'Legal Services', 21],
  ['manufacturing', 'Manufacturing'],
  ['nondurableretail', 'Non-Durable Merchandise Retail', 22],
  ['outboundconsumer', 'Outbound Consumer Service', 23],
  ['petrochemical', 'Petrochemical Extraction and Distribution', 24],
  ['retail', 'Retail'],
  ['serviceretail', 'Service Retail', 25],
  ['sigaffiliations', 'SIG Affiliations', 26],
  ['socialservices', 'Social Services', 27],
  ['software', 'Software and Technology'],
  ['specialoutbound', 'Special Outbound Trade Contractors', 28],
  ['specialtyrealty', 'Specialty Realty', 29],
  ['transportation', 'Transportation', 30],
  ['utility', 'Utility Creation and Distribution', 31],
  ['vehicleretail', 'Vehicle Retail', 32],
  ['wholesale', 'Wholesale', 33],
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
      // Dataverse's gendercode has Male 1 and Female 2 only.
      options: opts(['female', 'Female', 2], ['male', 'Male', 1], ['nonbinary', 'Non-binary']),
    },
    {
      name: 'familystatuscode',
      displayName: 'Marital Status',
      type: 'choice',
      options: opts(
        ['single', 'Single', 1],
        ['married', 'Married', 2],
        ['divorced', 'Divorced', 3],
        ['widowed', 'Widowed', 4],
      ),
    },
    {
      name: 'preferredcontactmethodcode',
      displayName: 'Preferred Method of Contact',
      type: 'choice',
      options: opts(
        ['any', 'Any', 1],
        ['email', 'Email', 2],
        ['phone', 'Phone', 3],
        ['fax', 'Fax', 4],
        ['mail', 'Mail', 5],
      ),
    },
    { name: 'interests', displayName: 'Interests', type: 'multichoice', options: interestOptions },
    {
      name: 'donotbulkemail',
      displayName: 'Do not allow Bulk Emails',
      type: 'boolean',
      booleanLabels: doNotAllow,
    },
    { name: 'donotemail', displayName: 'Do not allow Emails', type: 'boolean', booleanLabels: doNotAllow },
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
      options: opts(['preferred', 'Preferred Customer', 1], ['standard', 'Standard', 2]),
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
        ['advertisement', 'Advertisement', 1],
        ['employeereferral', 'Employee Referral', 2],
        ['externalreferral', 'External Referral', 3],
        ['partner', 'Partner', 4],
        ['publicrelations', 'Public Relations', 5],
        ['seminar', 'Seminar', 6],
        ['tradeshow', 'Trade Show', 7],
        ['web', 'Web', 8],
        ['wordofmouth', 'Word of Mouth', 9],
        ['other', 'Other', 10],
      ),
    },
    {
      name: 'leadqualitycode',
      displayName: 'Rating',
      type: 'choice',
      options: opts(['hot', 'Hot', 1], ['warm', 'Warm', 2], ['cold', 'Cold', 3]),
    },
    {
      name: 'statecode',
      displayName: 'Status',
      type: 'choice',
      options: opts(['open', 'Open', 0], ['qualified', 'Qualified', 1], ['disqualified', 'Disqualified', 2]),
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
    schemaName: 'contact_customer_accounts',
    to: 'account',
    relationship: 'contacts',
    relationshipDisplayName: 'Contacts',
  },
  {
    entity: 'account',
    attribute: 'primarycontactid',
    schemaName: 'account_primary_contact',
    to: 'contact',
    relationship: 'primaryofaccounts',
    relationshipDisplayName: 'Accounts (as Primary Contact)',
  },
  {
    entity: 'lead',
    attribute: 'parentcontactid',
    schemaName: 'lead_parent_contact',
    to: 'contact',
    relationship: 'leads',
    relationshipDisplayName: 'Leads',
  },
  {
    entity: 'lead',
    attribute: 'parentaccountid',
    schemaName: 'lead_parent_account',
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
