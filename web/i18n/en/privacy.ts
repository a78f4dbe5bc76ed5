import type { Catalogue } from '../i18n.ts';

export const privacy = {
  title: 'Privacy',
  intro:
    'The Participation Map shows what children and young people do to end violence. We keep as little as we can about anyone.',
  collectTitle: 'What we keep when a group tells its story',
  collect:
    'The story itself (a name for the project, what the group does, the country and, if given, the town), the topics and ways of acting, the age range and size of the group, who leads it, and an optional link.',
  emailTitle: 'The only personal data: an optional email',
  email:
    'A group may give the email of an adult supporter or of its organisation. It is kept private, apart from the public entry, never published or shared, and used only by our staff to contact the group about its story.',
  childTitle: 'Nothing that identifies a child',
  child:
    'We never ask for, keep or show a child’s name, age, photo or exact place. A group is placed at its town, never at a street or a home. If a story mentions a name, an address or a phone number, our staff remove it before anything is public, and our record of their changes keeps only a note such as “[phone number removed]”, never the detail itself.',
  retentionTitle: 'How long we keep the email',
  retention: {
    one: 'We delete the email {count} day after our staff decide on the story, whether it is published or not. If you ask, an administrator can delete it sooner, together with any personal detail left in the story or in our records of it.',
    other:
      'We delete the email {count} days after our staff decide on the story, whether it is published or not. If you ask, an administrator can delete it sooner, together with any personal detail left in the story or in our records of it.',
  },
  retentionUnknown:
    'We delete the email a fixed number of days after our staff decide on the story, whether it is published or not. If you ask, an administrator can delete it sooner, together with any personal detail left in the story or in our records of it.',
  reviewTitle: 'Every story is checked before it is public',
  review:
    'New stories wait for review. Our staff read each one and decide whether to publish it. Stories that are waiting, not accepted or taken down are never shown on the map or in the open data.',
  networkTitle: 'Protecting the form from abuse',
  network:
    'To stop automated spam, the server counts how many stories come from one network address in a short time. This count is kept in memory only, for a few minutes, and the address is not stored with a story or anywhere else.',
  draftTitle: 'Your draft stays on your device',
  draft:
    'While you fill in the form, your answers are saved in your own browser so nothing is lost. They are deleted from the browser once the story is sent, or when you choose to start again.',
  rightsTitle: 'Questions and removal',
  rights:
    'To ask what we hold about your group, to change it or to remove it, ask the adult who helped you to contact the office that runs this map, giving your story’s code.',
} satisfies Catalogue;
