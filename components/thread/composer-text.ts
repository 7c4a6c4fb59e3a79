// The words of the writing forms (reply box, new thread, edit, toolbar,
// pictures, live preview, drafts), as the client components receive them:
// one object of the `composer` catalog's messages, built on the server in
// the page's language (composer-text.server.ts) and handed down as a prop
// (client components do not call next-intl, docs/i18n.md). Messages with a
// placeholder arrive as written in the catalog ({name}) and are filled here
// in the browser; a count gets one message per plural category.
//
// Forms of other areas that do not pass their text yet (the private
// conversation composer, the registration form) get the Vietnamese catalog.
import vi from "@/messages/vi/composer.json";
import { formatNumber, pageLocale } from "@/lib/format";
import { INTL_TAGS } from "@/lib/i18n/locales";

export type ComposerText = Record<keyof typeof vi, string>;

export const VI_COMPOSER_TEXT: ComposerText = vi;

/**
 * A catalog message with its {placeholders} (and {n, number}) replaced;
 * numbers in the page's language. Plurals are not parsed here: a count has
 * one message per category (fillCount).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:,\s*number)?\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}

/** The message of `count`'s plural category in the page's language ("one" or "other"), filled. */
export function fillCount(one: string, other: string, count: number): string {
  const category = new Intl.PluralRules(INTL_TAGS[pageLocale()]).select(count);
  return fill(category === "one" ? one : other, { count });
}
