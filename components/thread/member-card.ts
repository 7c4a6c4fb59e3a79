// The member card an author's name opens (member-card-opener.tsx), built in
// the browser from the author block it belongs to (author-block.tsx): the
// block already shows the avatar, name, role, title and facts, so the server
// sends them once instead of a hidden second copy per reply. Only DOM nodes
// and textContent: nothing from the page is parsed as HTML.
import { AVATAR_PIXELS } from "@/components/avatar-sizes";

export type CardLabels = {
  /** "Xem trang cá nhân". */
  profile: string;
  /** The dialog's name around the member's name ("Thẻ thành viên " + name + ""). */
  cardOf: readonly [before: string, after: string];
};

/** A copy of the block's avatar at the card's size (avatar.tsx's "l"). */
function largeAvatar(avatar: Element): Element {
  const copy = avatar.cloneNode(true) as Element;
  copy.classList.replace("avatar--m", "avatar--l");
  if (copy instanceof HTMLImageElement && copy.hasAttribute("width")) {
    copy.width = AVATAR_PIXELS.l;
    copy.height = AVATAR_PIXELS.l;
    if (copy.sizes) copy.sizes = `${AVATAR_PIXELS.l}px`;
  }
  return copy;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/**
 * The card for the author block that holds `link` (the name link), with `id`;
 * hidden, appended to the block. Null when the block is not one author-block.tsx drew.
 */
export function buildMemberCard(link: HTMLAnchorElement, id: string, labels: CardLabels): HTMLElement | null {
  const block = link.closest(".author-block");
  const avatar = block?.querySelector(":scope > .avatar");
  const facts = block?.querySelector(":scope > .author-block__facts");
  if (!block || !avatar || !facts) return null;
  const name = link.textContent ?? "";
  const href = link.getAttribute("href") ?? "";

  const card = element("div", "member-popup");
  card.id = id;
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-label", `${labels.cardOf[0]}${name}${labels.cardOf[1]}`);
  card.hidden = true;

  const head = element("div", "member-popup__head");
  const who = element("div");
  const nameLink = element("a", "member-popup__name");
  nameLink.setAttribute("href", href);
  nameLink.textContent = name;
  who.append(nameLink, " ");
  for (const extra of block.querySelectorAll(":scope > .badge, :scope > .reply__user-title")) who.append(extra.cloneNode(true));
  head.append(largeAvatar(avatar), who);

  const cardFacts = facts.cloneNode(true) as Element;
  cardFacts.className = "member-popup__facts";

  const links = element("div", "member-popup__links");
  const profile = element("a", "button");
  profile.setAttribute("href", href);
  profile.textContent = labels.profile;
  links.append(profile);
  // Staff's shortcuts, rendered hidden in the block for them only.
  for (const shortcut of block.querySelectorAll(":scope > .author-block__card-links > a")) links.append(shortcut.cloneNode(true));

  card.append(head, cardFacts, links);
  // Copies, never the block's own nodes: React still owns those and may update them.
  block.append(card);
  return card;
}
