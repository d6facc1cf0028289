// Headline helpers and the headline cascade (ChooseHeadline); metadata.cc gathers the candidates
// from the page. Pure functions, safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dom/node.h"

namespace newsdesk::metadata {

// "Headline | Site" -> "Headline": drops a trailing segment after " | ", " - ", " – ", " — ",
// " :: " or " · " when it is shorter than what stays.
std::string StripSiteSuffix(std::string_view title);

// The visible text of an element, whitespace collapsed (scripts and hidden elements skipped).
std::string ElementText(const dom::Node& element);

// The headline's candidates, each with the source name --explain reports.
struct HeadlineCandidates {
  // The article's <h1> (inside or just before the container), "" when none qualifies.
  std::string h1;
  // The page's other visible <h1>s that qualify, in page order.
  std::vector<std::string> other_h1s;
  // The markup's titles, in precedence order: json-ld:headline, meta:og:title,
  // meta:twitter:title, title (each as the page holds it, site part and all).
  std::vector<std::pair<std::string_view, std::string>> metas;
};

struct HeadlineChoice {
  std::string text;    // "" when no candidate
  std::string source;  // the winning candidate's source, with why it won
};

// The headline cascade. A headline usually appears in two or three places, modulo a site part
// ("| Site"), a kicker or section label ("Politics: ", "LIVE: ") or a date glued before it; the
// places are compared and the one they agree on wins:
//   0. the article's <h1> is set aside when it is the site part of a markup title ("Site" in
//      "Headline | Site"): a logo, not the post's headline;
//   1. the article's <h1> when a title of the markup agrees with it (equal, or holding it plus a
//      site part, kicker or date): "h1 (agrees: ...)";
//   2. a title of the markup (site part removed) that the <h1> holds plus a kicker, section label
//      or date: "<source> (in h1 with a kicker, date or site part)";
//   3. another <h1> of the page that a title of the markup agrees with (the article's <h1> was a
//      heading inside the article or a call to action, or there was none): "h1(page) (agrees:
//      ...)";
//   4. the article's <h1> alone: "h1";
//   5. else: the markup's title (site part removed, or whole) that most other titles
//      agree with; ties go to the earlier source.
HeadlineChoice ChooseHeadline(const HeadlineCandidates& candidates);

// Whether `holder` is `headline`, or `headline` plus parts that can be removed: a site part or
// kicker set off by a separator (" | ", " - ", ": ", ...), or a date before it, all shorter than
// the headline. Compared case- and diacritic-folded, punctuation aside.
bool HoldsHeadline(std::string_view holder, std::string_view headline);

// Character references left in a title by double escaping ("&amp;#8217;" read once) decoded.
std::string DecodeLeftoverReferences(std::string_view title);

}  // namespace newsdesk::metadata
