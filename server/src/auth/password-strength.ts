// Refuses passwords that are common or quick to guess (docs/security.md, "Logins"), for staff and
// citizens alike: zxcvbn-ts with its lists of common passwords and diceware words and its keyboard
// patterns, plus the account's own username, name and e-mail, the words a guesser tries first.
// Its dictionaries take about a tenth of a second and some megabytes to load, so they are loaded
// on the first check, once: a hub that checks no password never pays, and start-up never does.
import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../errors.js';

/** zxcvbn's 3, "safely unguessable": at least 10^8 guesses, too many for an online attack. */
const MIN_PASSWORD_SCORE = 3;
/** Only the start is scored: zxcvbn's time grows fast with length, and a strong start stays strong. */
const SCORED_LENGTH = 64;

// zxcvbn's feedback as plain English (its own texts are keys without a language package).
const ENGLISH: TranslationKeys = {
  warnings: {
    straightRow: 'A row of keys on the keyboard is easy to guess.',
    keyPattern: 'A short keyboard pattern is easy to guess.',
    simpleRepeat: 'Repeated characters like "aaa" are easy to guess.',
    extendedRepeat: 'Repeated groups like "abcabcabc" are easy to guess.',
    sequences: 'Sequences like "abc" or "123" are easy to guess.',
    recentYears: 'Recent years are easy to guess.',
    dates: 'Dates are easy to guess.',
    topTen: 'This is one of the ten most used passwords.',
    topHundred: 'This is one of the hundred most used passwords.',
    common: 'This is a commonly used password.',
    similarToCommon: 'This is very like a commonly used password.',
    wordByItself: 'A single word is easy to guess.',
    namesByThemselves: 'Names on their own are easy to guess.',
    commonNames: 'Common names are easy to guess.',
    userInputs: 'It contains the username, name or e-mail of the account.',
    pwned: 'This password appeared in a data breach.',
  },
  suggestions: {
    l33t: 'Swapping letters for look-alikes (a → @) does not help much.',
    reverseWords: 'A word spelt backwards does not help much.',
    allUppercase: 'Capitals all through do not help much.',
    capitalization: 'A capital first letter does not help much.',
    dates: 'Leave out dates that belong to you.',
    recentYears: 'Leave out recent years.',
    associatedYears: 'Leave out years that belong to you.',
    sequences: 'Leave out sequences such as 1234 or abcd.',
    repeated: 'Leave out repeated words and characters.',
    longerKeyboardPattern: 'Use longer keyboard patterns with more turns.',
    anotherWord: 'Add more words that are less common.',
    useWords: 'Use several unrelated words together.',
    noNeed: 'Symbols, digits or capitals are not needed: length is.',
    pwned: 'Choose a password you do not use anywhere else.',
  },
  timeEstimation: {
    ltSecond: 'less than a second',
    second: '{base} second',
    seconds: '{base} seconds',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} hour',
    hours: '{base} hours',
    day: '{base} day',
    days: '{base} days',
    month: '{base} month',
    months: '{base} months',
    year: '{base} year',
    years: '{base} years',
    centuries: 'centuries',
  },
};

let checker: Promise<ZxcvbnFactory> | null = null;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
    return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, translations: ENGLISH });
  })();
  // A failed load is tried again next time rather than kept.
  checker.catch(() => {
    checker = null;
  });
  return checker;
}

/** The words of an account's own details that a guesser would try: username, name parts, e-mail parts. */
function accountWords(related: ReadonlyArray<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const value of related) {
    if (!value) continue;
    const lower = value.toLowerCase();
    words.add(lower);
    for (const part of lower.split(/[\s@._+-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** Why the password is too easy to guess, as a hint to show; null when it is strong enough. */
export async function weakPasswordHint(
  password: string,
  related: ReadonlyArray<string | null | undefined> = [],
): Promise<string | null> {
  const zxcvbn = await loadChecker();
  const result = zxcvbn.check(password.normalize('NFC').slice(0, SCORED_LENGTH), accountWords(related));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  return [warning ?? 'It could be guessed quickly.', ...suggestions, 'Three or four unrelated words make a strong password.']
    .filter((line, i, all) => all.indexOf(line) === i)
    .join(' ');
}

/** 400 weak-password with the hint, when the password is common or quick to guess. */
export async function assertStrongPassword(
  password: string,
  related: ReadonlyArray<string | null | undefined> = [],
): Promise<void> {
  const hint = await weakPasswordHint(password, related);
  if (hint !== null) throw new AppError(400, 'weak-password', `This password is too easy to guess. ${hint}`);
}
