// Stubs until the contacts pages land (being written now).
export const ContactsPage = () => null;
export const NewContactPage = () => null;
export const ContactPage = () => null;
