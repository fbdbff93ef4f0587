import type { accessRu } from './access-ru';

export const accessEn: typeof accessRu = {
  signIn: {
    code: 'Confirmation code',
    codeHint: '6 digits from the authenticator app, or a recovery code',
    codeRequired: 'Enter the code',
    codeInvalid: 'The code does not match',
    locked: 'Too many failed attempts. Sign-in for this login is closed for {{minutes}} min.',
  },
  expired: {
    title: 'Session ended',
    text: 'You were away for a while and the session closed. Sign in again — the page and what you typed stay as they are.',
  },
  nav: {
    label: 'Cabinet sections',
    orders: 'Orders',
    awaiting: 'Awaiting confirmation',
    users: 'Users',
    audit: 'Audit log',
    account: 'Security',
    settings: 'Settings',
    notifications: 'Notifications',
    webService: 'Web services',
    onboarding: 'Going live',
    integration: 'Integration',
    menu: 'Sections menu',
  },
};
