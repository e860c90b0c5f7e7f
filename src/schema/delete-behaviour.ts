/**
 * What deleting a record does to the records whose lookup names it: Dataverse's cascade rule for the
 * Delete action of a one-to-many relationship (`CascadeConfiguration.Delete`).
 *
 * - `cascade`: the records belong to the deleted one and are deleted with it (Dataverse "Cascade All").
 * - `removeLink`: the records only refer to it; they stay, and their lookup is cleared (Dataverse
 *   "Remove Link").
 *
 * Sources: "Table relationship behavior" in Microsoft's Dataverse docs (maker/data-platform,
 * create-edit-entity-relationships: Delete offers Cascade All, Remove Link or Restrict; "Referential"
 * means Remove Link) and the table reference pages (developer/data-platform/reference/entities,
 * account.md and contact.md), which list each system relationship's `CascadeConfiguration`.
 */
export type DeleteBehaviour = 'cascade' | 'removeLink';

/**
 * The rule of each built-in lookup, by `entity.attribute`, with the Dataverse relationship it follows:
 *
 * - `interaction.contactid` → contact: **cascade**. An interaction is something the contact did; it
 *   has no meaning without them. Dataverse deletes the activities regarding a contact with it
 *   (`Contact_Emails`, `Contact_Appointments`, `Contact_Phonecalls`, …: Delete `Cascade`).
 * - `lead.parentcontactid` → contact: **removeLink**, as `lead_parent_contact` (Delete `RemoveLink`).
 * - `lead.parentaccountid` → account: **removeLink**, as `lead_parent_account` (Delete `RemoveLink`).
 * - `account.primarycontactid` → contact: **removeLink**, as `account_primary_contact` (Delete
 *   `RemoveLink`).
 * - `contact.parentcustomerid` → account: **removeLink**. Here Segmint departs from Dataverse on
 *   purpose: `contact_customer_accounts` is parental there (Delete `Cascade`: deleting an account
 *   deletes its contacts). In Segmint the contact is the person marketed to, not a part of the company
 *   record: cascading would silently delete every person of a company, with their interactions and
 *   their place in every segment, from one request about a company, and nothing can bring them back.
 *   A contact keeps existing and loses its company, as `contact_customer_contacts` (the same lookup
 *   pointing at a parent contact) does in Dataverse.
 */
const builtinBehaviours: Readonly<Record<string, DeleteBehaviour>> = {
  'interaction.contactid': 'cascade',
  'lead.parentcontactid': 'removeLink',
  'lead.parentaccountid': 'removeLink',
  'account.primarycontactid': 'removeLink',
  'contact.parentcustomerid': 'removeLink',
};

/**
 * The rule for a lookup, given the entity that holds it: its built-in rule, or `removeLink` for a
 * lookup an installation added (a custom entity's, or a custom lookup attribute). That is Dataverse's
 * default for a new relationship: the "Referential" behaviour, whose Delete is Remove Link (the
 * `CascadeConfiguration` of Microsoft's Dataverse SDK for Python defaults to `delete='RemoveLink'`,
 * and a parental relationship must be chosen explicitly).
 *
 * @example
 * deleteBehaviour({ entity: 'interaction', attribute: 'contactid' }); // 'cascade'
 * deleteBehaviour({ entity: 'eventregistration', attribute: 'contactid' }); // 'removeLink'
 */
export function deleteBehaviour(lookup: {
  readonly entity: string;
  readonly attribute: string;
}): DeleteBehaviour {
  return builtinBehaviours[`${lookup.entity}.${lookup.attribute}`] ?? 'removeLink';
}
