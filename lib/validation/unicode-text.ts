// Characters that change how text around them looks without being seen
// themselves: shared by every schema that takes text from a member.
//
// - NUL and the other C0/C1 controls (tab and line feed aside, in posts):
//   invisible, and some storage layers truncate at NUL.
// - Bidirectional embeddings, overrides and isolates (U+202A–202E,
//   U+2066–2069): "Quản trị viên ‮đã khóa‬" displays reversed, so a line can
//   claim to say what it does not ("Trojan Source").
// - Lone surrogates (half of a UTF-16 pair): not text at all; the database
//   driver refuses them with an error instead of storing them.
//
// Names and titles refuse these outright (and invisible-only titles); post
// text strips them, since a post is long and a stray control from a paste
// should not cost the member their text. Emoji sequences joined by U+200D
// (👨‍👩‍👧) and Vietnamese combining marks are letters and marks, not
// controls, and are kept.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const BIDI_CONTROLS_ALL = /[\u202A-\u202E\u2066-\u2069]/gu;
/** C0 and C1 controls except tab, line feed and carriage return (normalised later). */
const CONTROLS_IN_TEXT_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

// Without the u flag, so the pattern sees UTF-16 code units (TypeScript's
// ES2023 library has no String.prototype.toWellFormed).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces each lone surrogate with U+FFFD, as a browser does when it encodes text. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

export function isWellFormed(text: string): boolean {
  return text.search(LONE_SURROGATE) < 0;
}

/** Post text: well-formed, without NUL, other controls or bidi overrides. */
export function stripUnsafeControls(text: string): string {
  return wellFormed(text).replace(CONTROLS_IN_TEXT_ALL, "").replace(BIDI_CONTROLS_ALL, "");
}

/**
 * Whether a one-line text (a title, a display name) holds a character that no
 * legitimate name or title needs: any control or format character
 * (\p{Cc}, \p{Cf}: NUL, bidi controls, zero-width space, BOM, word joiner…),
 * a lone surrogate, or a private-use or unassigned code point. U+200D is
 * allowed between emoji only, where it builds one picture; tabs and line
 * breaks are whitespace, which the schemas collapse into one space.
 */
export function hasForbiddenCharacters(text: string): boolean {
  if (!isWellFormed(text)) return true;
  if (BIDI_CONTROLS.test(text)) return true;
  const withoutEmojiJoins = text.replace(/[\t\n\r]/g, " ").replace(/(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu, "");
  return /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(withoutEmojiJoins);
}

/**
 * Whether a text shows nothing: only spaces and characters that render as
 * nothing (default-ignorable ones like U+200B, fillers like U+3164 and U+2800).
 */
export function isInvisible(text: string): boolean {
  return text.replace(/[\s\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0\u115F\u1160]/gu, "").length === 0;
}

export const FORBIDDEN_CHARACTERS_MESSAGE = "có ký tự điều khiển hoặc ký tự vô hình không được phép.";
