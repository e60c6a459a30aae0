// The core's part of the message catalogs (explanations, doctor, the CLI's words), registered once on
// import: every module that words these imports this file, and the window, which never does, never loads them.
import { messages } from '../../shared/i18n/compiled/en.core.js';
import { addCoreMessages } from '../../shared/i18n/language.js';

addCoreMessages(messages, {
  de: () => import('../../shared/i18n/compiled/de.core.js'),
  fr: () => import('../../shared/i18n/compiled/fr.core.js'),
  es: () => import('../../shared/i18n/compiled/es.core.js'),
  'pt-BR': () => import('../../shared/i18n/compiled/pt-BR.core.js'),
  it: () => import('../../shared/i18n/compiled/it.core.js'),
  nl: () => import('../../shared/i18n/compiled/nl.core.js'),
  pl: () => import('../../shared/i18n/compiled/pl.core.js'),
  sv: () => import('../../shared/i18n/compiled/sv.core.js'),
  tr: () => import('../../shared/i18n/compiled/tr.core.js'),
  ja: () => import('../../shared/i18n/compiled/ja.core.js'),
  ko: () => import('../../shared/i18n/compiled/ko.core.js'),
  'zh-Hans': () => import('../../shared/i18n/compiled/zh-Hans.core.js'),
  'zh-Hant': () => import('../../shared/i18n/compiled/zh-Hant.core.js'),
  ar: () => import('../../shared/i18n/compiled/ar.core.js'),
  he: () => import('../../shared/i18n/compiled/he.core.js'),
  'en-XA': () => import('../../shared/i18n/compiled/en-XA.core.js'),
});
