import { UI_LOCALES, type UiLocale } from '../locales';
import { actPanels } from './act-panels';
import { analytics } from './analytics';
import { app } from './app';
import { articleText } from './article-text';
import { caseFile } from './case-file';
import { citations } from './citations';
import { classroom } from './classroom';
import type { NamespaceMessages } from './define-messages';
import { exam } from './exam';
import { feedback } from './feedback';
import { find } from './find';
import { grades } from './grades';
import { handback } from './handback';
import { library } from './library';
import { marking } from './marking';
import { packProblems } from './pack-problems';
import { print } from './print';
import { review } from './review';
import { reviewMerge } from './review-merge';
import { revisions } from './revisions';
import { rubric } from './rubric';
import { settings } from './settings';
import { signPack } from './sign-pack';
import { spellcheck } from './spellcheck';
import { submissionProblems } from './submission-problems';
import { submit } from './submit';
import { timeline } from './timeline';
import { toolbar } from './toolbar';
import { trainer } from './trainer';
import { trainerIdentity } from './trainer-identity';
import { ui } from './ui';
import { view } from './view';
import { workspace } from './workspace';
import { worksheet } from './worksheet';

/**
 * The catalogs are assembled from one namespace per screen or feature, each with its languages side by side;
 * a new feature adds its own file (see define-messages.ts) and lists it here.
 */
export const namespaces = [
  app,
  ui,
  library,
  packProblems,
  settings,
  workspace,
  caseFile,
  actPanels,
  articleText,
  toolbar,
  citations,
  find,
  worksheet,
  revisions,
  submit,
  submissionProblems,
  review,
  trainer,
  trainerIdentity,
  rubric,
  marking,
  classroom,
  analytics,
  reviewMerge,
  view,
  print,
  spellcheck,
  grades,
  handback,
  feedback,
  exam,
  timeline,
  signPack,
] as const;

type KeysOf<Namespace> = Namespace extends NamespaceMessages<infer Key> ? Key : never;

/** Every message key of every namespace. */
export type MessageKey = KeysOf<(typeof namespaces)[number]>;

/**
 * One catalog per language. Every catalog has every key, as `defineMessages` makes each namespace complete in
 * every language; namespaces.test.ts checks that no key is declared twice (the later namespace would win here).
 */
export const catalogs = Object.fromEntries(
  UI_LOCALES.map((locale) => [
    locale,
    Object.assign({}, ...namespaces.map((namespace) => namespace[locale])),
  ]),
) as Record<UiLocale, Record<MessageKey, string>>;
