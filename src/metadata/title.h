// The page's headline, from <title>, og:title / twitter:title and the visible <h1>.
#pragma once

#include <string>

#include "dom/node.h"

namespace newsdesk::metadata {

// Precedence: an <h1> whose text also appears in <title> or og:title (the visible headline);
// else og:title, then twitter:title, then <title>, each without a " | Site Name" suffix; else the
// first substantial <h1>. Empty when the page has none of these.
std::string FindTitle(const dom::Document& doc);

// "Headline | Site" -> "Headline": drops a trailing segment after " | ", " - ", " – ", " — ",
// " :: " or " · " when it is shorter than what stays.
std::string StripSiteSuffix(std::string_view title);

// The visible text of an element, whitespace collapsed (scripts and hidden elements skipped).
std::string ElementText(const dom::Node& element);

}  // namespace newsdesk::metadata
