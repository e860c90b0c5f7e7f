/** Names, job titles and email domains for generated people. */

// prettier-ignore
export const femaleNames = [
  'Olivia', 'Emma', 'Ava', 'Sophia', 'Isabella', 'Mia', 'Amelia', 'Harper', 'Evelyn', 'Abigail', 'Emily',
  'Elizabeth', 'Sofia', 'Avery', 'Ella', 'Scarlett', 'Grace', 'Chloe', 'Victoria', 'Riley', 'Aria', 'Lily',
  'Zoey', 'Hannah', 'Nora', 'Layla', 'Zoe', 'Stella', 'Hazel', 'Ellie', 'Paisley', 'Audrey', 'Maria',
  'Sarah', 'Jennifer', 'Linda', 'Patricia', 'Susan', 'Margaret', 'Dorothy', 'Chloé', 'Zoë', 'Inés',
  'Siobhán', 'Anaïs',
] as const;

// prettier-ignore
export const maleNames = [
  'Liam', 'Noah', 'Oliver', 'Elijah', 'James', 'William', 'Benjamin', 'Lucas', 'Henry', 'Alexander', 'Mason',
  'Michael', 'Ethan', 'Daniel', 'Jacob', 'Logan', 'Jackson', 'Levi', 'Sebastian', 'Mateo', 'Jack', 'Owen',
  'Theodore', 'Aiden', 'Samuel', 'Joseph', 'John', 'David', 'Wyatt', 'Matthew', 'Robert', 'Richard',
  'Thomas', 'Charles', 'Christopher', 'Mark', 'Paul', 'Steven', 'Andrew', 'José', 'François', 'Jürgen',
  'Søren', 'Seán',
] as const;

// prettier-ignore
export const neutralNames = [
  'Alex', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Jamie', 'Quinn', 'Robin', 'Sam',
] as const;

// prettier-ignore
export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green',
  'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Kim', 'Patel',
  'Chen', 'Wang', 'Müller', 'Schmidt', "O'Brien", 'MacDonald', 'Dubois', 'Rossi', 'Kowalski', 'Novak',
  'Jensen', 'Murphy', 'Kelly', 'Walsh', 'Lovelace', 'Hopper', 'Turing', 'Parker', 'Kent', 'Wayne',
] as const;

// prettier-ignore
export const jobTitles = [
  'Marketing Manager', 'Sales Director', 'Software Engineer', 'Account Executive', 'CEO', 'CFO', 'CTO',
  'Office Manager', 'Product Manager', 'Consultant', 'Teacher', 'Nurse', 'Chef', 'Brewer', 'Sommelier',
  'Designer', 'Analyst', 'Operations Lead', 'HR Generalist', 'Owner', 'Student', 'Retired',
] as const;

// prettier-ignore
export const emailDomains = [
  'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com',
] as const;

/** Lower-case ASCII for an email local part: accents dropped, apostrophes and spaces removed. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
