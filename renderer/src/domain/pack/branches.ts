/**
 * Branches of law the app has names for, in the order the library shows them: civil matters, then civil
 * procedure and appeal, then administrative and criminal ones. A pack may use another branch id, with a
 * `branchTitle`; the build tool warns about one without, as it is most likely a typo.
 */
export const KNOWN_BRANCHES: readonly string[] = [
  'civil',
  'family',
  'labour',
  'land',
  'civil-procedure',
  'civil-appeal',
  'administrative',
  'administrative-offence',
  'criminal',
];
