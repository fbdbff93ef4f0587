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
  setup: {
    passwordTitle: 'Change the temporary password',
    passwordText: 'Your administrator gave you this password. Choose your own to continue.',
  },
  password: {
    current: 'Current password',
    new: 'New password',
    repeat: 'New password again',
    rules: '8–20 characters: Latin upper and lower case letters and digits; not one of the last three',
    mismatch: 'The passwords differ',
    reused: 'This password was one of the last three',
    currentWrong: 'The current password is wrong',
    failed: 'Could not change the password',
    submit: 'Change password',
  },
};
