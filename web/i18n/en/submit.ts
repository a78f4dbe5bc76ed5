import type { Catalogue } from '../i18n.ts';

/**
 * "Let's tell the world": written for a 10-14 year old. Short sentences, plain words, one
 * idea at a time, and a kind voice.
 */
export const submit = {
  pageTitle: "Let's tell the world",
  intro: 'Tell the world what your group does to make life safer, greener or fairer for children.',
  introTime:
    'It takes about 10 minutes. You can stop and come back: we keep your answers on this device.',

  safetyTitle: 'Before you start: keep everyone safe',
  safety1: 'Do not write anyone’s full name.',
  safety2: 'Do not write addresses, phone numbers or school names of children.',
  safety3: 'Do not add photos of faces, or anything that shows who a child is.',
  safety4: 'Ask a trusted adult, like a teacher or a youth worker, to help you.',
  noPersonalData: 'We never ask for, keep or show a child’s name, age, photo or exact place.',
  whatHappensTitle: 'What happens next',
  whatHappens:
    'Our team reads every story before it goes on the map. We may change small things to keep you safe. You get a code to check if your story is on the map.',
  whatIsKept:
    'We keep your answers and, if you give one, an adult’s email. The email stays private: only our team sees it, to contact your group.',
  privacyLink: 'Read more about privacy',
  start: "Let's start",

  draftRestored: 'Welcome back! We kept what you wrote last time.',
  startOver: 'Start again',
  startOverConfirm: 'Delete your answers and start again?',

  progress: 'Step {step} of {total}: {name}',
  next: 'Next',
  back: 'Back',
  optional: '(optional)',
  counter: '{count} of {max} characters',
  counterMin: 'at least {min}',
  example: 'For example: {text}',

  stepAbout: 'Your group',
  stepWhere: 'Where',
  stepThemes: 'What it is about',
  stepActions: 'How you act',
  stepWho: 'Who takes part',
  stepContact: 'Contact',
  stepCheck: 'Check and send',

  aboutHeading: 'What does your group do?',
  titleLabel: 'Give your project a short name',
  titleHint: 'For example: Green streets for kids',
  summaryLabel: 'What do you do, and why?',
  summaryHint:
    'Two or three short sentences are enough. For example: We clean our park every month and ask the town council for more lights, so children feel safe walking home.',
  textLanguageLabel: 'Which language did you write in?',
  textLanguageOther: 'Another language',
  quoteLabel: 'In your own words',
  quoteHint:
    'One or two sentences from your group, shown with your entry, at most {max} words. For example: We want every child in our town to feel safe at school. Please do not write anyone’s name.',
  organizationLabel: 'Name of your group, club or organisation',
  organizationHint: 'For example: Youth Voices Club. Not a person’s name.',

  whereHeading: 'Where does your group act?',
  countryLabel: 'Country',
  countryChoose: 'Choose a country',
  countriesFailed: 'We could not load the list of countries.',
  localityLabel: 'Town or city',
  localityHint:
    'Type the first letters and pick your town. If it is not in the list, just type its name. Never write a street or a home.',
  localityNeedsCountry: 'Choose a country first.',
  suggestions: 'Towns that match',
  noSuggestions: 'No town found. You can keep what you typed.',
  picked: 'We will show your group near {name}, never at an exact place.',
  yearLabel: 'When did you start?',
  yearNotSure: 'Not sure',

  themesHeading: 'What is your project about?',
  themesHint: 'Choose 1, 2 or 3 topics.',
  themesCount: '{count} of 3 chosen',
  actionsHeading: 'How does your group make change?',
  actionsHint: 'Choose 1 or 2.',
  actionsCount: '{count} of 2 chosen',
  limitReached: 'You can choose up to {max}.',

  whoHeading: 'Who takes part?',
  ageRangeLabel: 'How old are most children in your group?',
  'ageRange.under-10': 'Under 10',
  'ageRange.10-14': '10 to 14',
  'ageRange.15-17': '15 to 17',
  'ageRange.18-24': '18 to 24',
  'ageRange.mixed': 'Mixed ages',
  groupSizeLabel: 'How many people take part?',
  'groupSize.1-5': '1 to 5',
  'groupSize.6-20': '6 to 20',
  'groupSize.21-100': '21 to 100',
  'groupSize.over-100': 'More than 100',
  childLedLabel: 'Who leads the project?',
  'childLed.child-led': 'Children lead it themselves',
  'childLed.adult-supported': 'Children lead it, with help from adults',

  contactHeading: 'How can our team reach your group?',
  contactEmailLabel: 'Email of an adult who helps you, or of your organisation',
  contactEmailHint:
    'Ask the adult first. We keep it private and only use it to contact your group. Please do not use a child’s email.',
  linkLabel: 'A link to your group’s page',
  linkHint: 'For example: https://www.example.org/our-club',

  checkHeading: 'Check and send',
  checkIntro: 'Look at your answers. You can still change them.',
  change: 'Change',
  changeStep: 'Change: {name}',
  notGiven: 'Not given',
  consentLabel: 'I have permission from my group and a trusted adult to share this.',
  openDataNote:
    'If your story goes on the map, anyone may share it again, as long as they say it comes from the Participation Map (open data, CC BY 4.0). The adult’s email is never shared.',
  send: 'Send to the team',
  sending: 'Sending…',

  sendOffline:
    'We could not reach the internet. Your answers are safe on this device. Check your connection and try again.',
  sendServer:
    'Something went wrong on our side. Your answers are safe. Please try again in a moment.',
  sendTooMany:
    'Please wait {seconds} seconds, then try again. Your answers are safe on this device.',
  sendInvalid: 'Some answers need a change. Look for the red messages.',

  thanksHeading: 'Thank you for telling the world!',
  thanksBody: 'Our team will read your story soon. When it is ready, it will appear on the map.',
  referenceLabel: 'Your code',
  referenceHint: 'Write it down or take a screenshot. You need it to check your story.',
  copyCode: 'Copy the code',
  codeCopied: 'Code copied.',
  copyFailed: 'Copying did not work here. Please write the code down.',
  savePageHint:
    'Save this page to come back later: press “Check your story”, then add that page to your bookmarks or home screen.',
  checkStatus: 'Check your story',
  tellAnother: 'Tell another story',

  statusTitle: 'Your story',
  statusFor: 'Code: {reference}',
  statusPending: 'Our team is still reading your story. Please check again later.',
  statusPublished: 'Your story is on the map!',
  statusSee: 'See it on the map',
  statusNotPublished:
    'Your story is not on the map. If you have questions, ask the adult who helped you to contact us.',
  statusNotFound: 'We could not find this code. Check the letters and numbers and try again.',
  statusOther: 'Check another code',
  statusCodeLabel: 'Your code',
  statusCheck: 'Check',

  // Friendly messages next to fields.
  problem: 'Problem:',
  'error.required': 'Please fill this in.',
  'error.tooShort': 'Please write a little more (at least {min} characters).',
  'error.tooLong': 'That is a bit long. Please keep it to {max} characters.',
  'error.invalid': 'Please check this answer.',
  'error.title.required': 'Please give your project a name.',
  'error.summary.required': 'Please tell us what your group does.',
  'error.country.required': 'Please choose a country.',
  'error.link.invalid': 'Please write a full link that starts with https://',
  'error.contactEmail.invalid': 'This does not look like an email address. Please check it.',
  'error.themes.required': 'Please choose at least one topic.',
  'error.themes.tooMany': 'Please choose no more than 3 topics.',
  'error.actions.required': 'Please choose at least one.',
  'error.actions.tooMany': 'Please choose no more than 2.',
  'error.ageRange.required': 'Please choose an age range.',
  'error.groupSize.required': 'Please choose a group size.',
  'error.childLed.required': 'Please choose who leads it.',
  'error.consent.required': 'Please ask your group and a trusted adult, then tick this box.',
  'error.year.invalid': 'Please choose a year that has already started.',
  'error.quote.invalid': 'That is a bit long. Please keep it to 40 words or fewer.',

  // Topics (themes) and ways of acting (actions), in plain words.
  'theme.mental-health': 'Feeling well in mind and body',
  'theme.bullying': 'Stopping bullying',
  'theme.online-safety': 'Staying safe online',
  'theme.misinformation': 'Fake news and false information',
  'theme.sexual-violence': 'Stopping sexual abuse',
  'theme.trafficking': 'Stopping child labour and trafficking',
  'theme.children-on-the-move': 'Children who had to leave home (migrants, refugees)',
  'theme.climate': 'Climate and nature',
  'theme.sustainable-development': 'Poverty and a fairer future',
  'theme.peacebuilding': 'Peace, and staying away from gangs',
  'theme.gender': 'Equal chances for girls and boys, no child marriage',
  'theme.home-school-violence': 'No hitting or hurting at home and at school',
  'theme.justice': 'Children’s rights and fair justice',
  'action.awareness': 'Telling people about it (posters, videos, radio)',
  'action.peer-support': 'Helping and bringing together other children',
  'action.advocacy': 'Asking questions, doing research, speaking up',
  'action.decision-making': 'Working with leaders (school, town, government)',
  'action.innovation': 'New ideas and inventions (apps, games, tools)',
} satisfies Catalogue;
