/** The contact pages: the list, New Contact, and one contact with its segments. */
export { ContactPage } from './contact-page.tsx';
export { ContactsPage } from './contacts-page.tsx';
export { NewContactPage } from './new-contact-page.tsx';
