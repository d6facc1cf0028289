// Headline helpers; the headline itself is chosen in metadata.cc (ResolveMetadata).
#pragma once

#include <string>

#include "dom/node.h"

namespace newsdesk::metadata {

// "Headline | Site" -> "Headline": drops a trailing segment after " | ", " - ", " – ", " — ",
// " :: " or " · " when it is shorter than what stays.
std::string StripSiteSuffix(std::string_view title);

// The visible text of an element, whitespace collapsed (scripts and hidden elements skipped).
std::string ElementText(const dom::Node& element);

}  // namespace newsdesk::metadata
