import type { Catalogue } from '../i18n.ts';

/** The form's kind warning about personal details (the same detector staff rely on). */
export const safeguarding = {
  title: 'Please take these details out',
  intro:
    'Everyone can read the map, so we never show anything that could help a stranger find or contact a child.',
  item: 'In “{field}”, “{match}” looks like {kind}.',
  'kind.email': 'an email address',
  'kind.phone': 'a phone number',
  'kind.address': 'a street address',
  'kind.name': 'a person’s name',
  'why.email': 'Someone you do not know could write to you.',
  'why.phone': 'Someone you do not know could call or message you.',
  'why.address': 'Someone you do not know could find where you live or meet.',
  'why.name': 'Write about your group instead, like “our club” or “the members”.',
  outro:
    'You can still send your story. If something like this is left in, our team takes it out before anyone else sees it.',
} satisfies Catalogue;
