import { registerMessages, type Catalogue } from '../i18n.ts';

/** Who runs the map and how to reach them: the contact page and the links to it. */
export const contact = {
  navContact: 'Contact',
  title: 'Contact the office',
  pageTitle: 'Contact · Participation Map',
  owner:
    'The Participation Map is kept by the United Nations Office of the Special Representative of the Secretary-General on Violence against Children, as part of its “Let’s tell the world” campaign, which invites children and young people to share what they do to end violence.',
  ownerShort:
    'A map of the UN Office of the Special Representative of the Secretary-General on Violence against Children, for its “Let’s tell the world” campaign.',
  loading: 'Loading the office’s contact…',
  emailLabel: 'Write to the office',
  urlLabel: 'Contact form',
  websiteLabel: 'The office’s website',
  noDirect:
    'No direct contact is set up for this map yet. You can reach the office through its website.',
  loadFailed:
    'The contact details could not be loaded just now. You can always reach the office through its website.',
  childrenTitle: 'If you are under 18',
  children:
    'Ask an adult you trust, a parent, a teacher or a youth worker, to write with you. Do not send your own phone number, address or photos.',
  storyTitle: 'About a story you sent',
  story:
    'Give your story’s code (you got it when you sent the story). It lets the office find your story without any other details.',
  dangerTitle: 'If a child is in danger',
  danger:
    'This map cannot help in an emergency. If a child is in danger now, call your local emergency number or a child helpline in your country.',
  howToContact: 'How to contact the office',
  askOffice: 'Questions? Contact the office that runs this map.',
} satisfies Catalogue;

registerMessages('contact', contact);
