// Headline helpers and the headline cascade (ChooseHeadline); metadata.cc gathers the candidates
// from the page. Pure functions, safe from any thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
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
  // Whether the page shows a text as a line of its own (ShownLines::Shows); null: not known.
  std::function<bool(std::string_view)> shown;
};

// The page's short visible lines (text nodes of a heading's length outside scripts, styles and
// hidden elements), folded as headlines are compared, to ask whether the page shows a markup
// title: in a heading, a breadcrumb's last item, a card. The walk is made on the first question.
class ShownLines {
 public:
  explicit ShownLines(const dom::Node* body) : body_(body) {}
  bool Shows(std::string_view text);

 private:
  const dom::Node* body_;
  bool built_ = false;
  std::unordered_set<std::string> keys_;
};

struct HeadlineChoice {
  std::string text;    // "" when no candidate
  std::string source;  // the winning candidate's source, with why it won
};

// The headline cascade. A headline usually appears in two or three places, modulo a site part
// ("| Site"), a kicker or section label ("Politics: ", "LIVE: ") or a date glued before it; the
// places are compared and the one they agree on wins:
//   0. the article's <h1> is set aside when it is the site part of a markup title ("Site" in
//      "Headline | Site"): a logo, not the post's headline; or when it is prose (IsProse) and
//      two titles of the markup agree on a headline;
//   1. the article's <h1> when a title of the markup agrees with it (equal, or holding it plus a
//      site part, kicker or date): "h1 (agrees: ...)";
//   2. a title of the markup (site part removed) that the <h1> holds plus a kicker, section label
//      or date: "<source> (in h1 with a kicker, date or site part)";
//   3. another <h1> of the page that a title of the markup agrees with (the article's <h1> was a
//      heading inside the article or a call to action, or there was none): "h1(page) (agrees:
//      ...)";
//   4. a title of the markup (whole, else with its site part removed) that the page shows as a line
//   of its
//      own, when the article's <h1> agrees with none: the page's visible headline, and the <h1> a
//      label or call to action ("Form your New York LLC today"): "<source> (shown on the page)";
//   5. a title of the markup (site part removed) of which the <h1> is a display form: the <h1>
//      in capitals that the title holds most words of ("SUPPORTING GAAP COMPLIANCE"), or the
//      title with characters its encoding lost ("Beginner? Guide" for "Beginner's Guide"):
//      "<source> (h1 in capitals)", "<source> (h1 lost characters)";
//   6. the article's <h1> alone (the visible headline beats an SEO title): "h1";
//   7. else: the markup's title (site part removed, or whole) that most other titles
//      agree with; ties go to the earlier source.
HeadlineChoice ChooseHeadline(const HeadlineCandidates& candidates);

// Whether `holder` is `headline`, or `headline` plus parts that can be removed: a site part or
// kicker set off by a separator (" | ", " - ", ": ", ...), or a date before it, all shorter than
// the headline. Compared case- and diacritic-folded, punctuation aside.
bool HoldsHeadline(std::string_view holder, std::string_view headline);

// The chosen headline without a part that names the site ("Critics' Choice – Artlyst" when the
// site is Artlyst) or a section label (kSectionLabels: "How meditation helps | Opinion",
// "Analysis: ..."), at either end and set off by a separator. The label removed, if any, is
// stored in `*label` ("Opinion"); the site's name is not.
std::string TrimSiteAndSection(std::string_view headline, std::string_view sitename,
                               std::string* label);

// The headline without a tail set off by " | " ("Best Movers in NYC 2025 | Top 19 Companies",
// "How to help babies sleep | Patient Education | UC Davis"): a pipe sets off a site, a section
// or an SEO phrase, never a headline's own words. Kept whole when what stays would have fewer
// than three words or be shorter than the tail, or when a part of the tail has more than five
// words (a second headline: "Top 10 Cameras Under $2500 | The Best Mirrorless Cameras on Sale").
std::string CutPipeTail(std::string_view headline);

// Whether a heading's text is prose, not a headline: more than kMaxHeadlineWords words and two
// or more sentences ("Learn which renovations pay? Get expert tips. We'll help you ...").
bool IsProse(std::string_view text);

// Whether a heading's text is a link's or a button's label ("Read more", "Subscribe now", "Skip
// to content"): never a headline. Compared case- and punctuation-folded with kActionLabels.
bool IsActionLabel(std::string_view text);

// Character references left in a title by double escaping ("&amp;#8217;" read once) decoded.
std::string DecodeLeftoverReferences(std::string_view title);

}  // namespace newsdesk::metadata
