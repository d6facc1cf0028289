// DOM predicates: which elements break the flow of text into blocks, which never show text, which
// are hidden, and what kind of heading or cell an element is. Pure functions of one node; safe
// from any thread.
#pragma once

#include "dom/node.h"

namespace newsdesk::dom {

// Tags whose start and end break the flow of text into blocks.
bool IsBlockLevel(Tag tag);

// Elements whose content is never visible text: script, style, template, svg, form controls.
bool NeverShowsText(const Node& element);

// Elements hidden by the `hidden` attribute or an inline display:none / visibility:hidden.
bool IsHidden(const Node& element);

// NeverShowsText or IsHidden.
inline bool IsInvisible(const Node& element) {
  return NeverShowsText(element) || IsHidden(element);
}

// Heading level 1-6 of an element, 0 if not a heading.
int HeadingLevel(Tag tag);

// td or th.
bool IsTableCell(Tag tag);

}  // namespace newsdesk::dom
