// The date precedence: the publication and modification dates' sources as tables, tried in order
// (the tables and their names are listed in metadata.h).
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "metadata/date.h"
#include "metadata/metadata_internal.h"
#include "metadata/title.h"
#include "util/ascii.h"

namespace newsdesk::metadata::internal {
namespace {

using dom::Node;

// One place a date may come from. `find` stores the date (ISO 8601) in `*iso` and returns true
// when the source gives one. `*source` holds the entry's name on entry and, on return, the name
// --explain reports: the same, except for "meta:*", which reports the meta key it read.
struct DateSource {
  std::string_view name;
  bool (*find)(const Scope& s, std::string* source, std::string* iso);
};

bool TakeDate(std::string_view text, const MetadataContext& ctx, std::string* out) {
  auto d = ParseDate(text, ctx.reference);
  if (!d) return false;
  *out = d->ToIso();
  return true;
}

// The <time>'s datetime attribute, else its text.
bool TakeTimeDate(const Node* t, const MetadataContext& ctx, std::string* out) {
  return TakeDate(t->Attr("datetime"), ctx, out) || TakeDate(ElementText(*t), ctx, out);
}

// The meta named by the entry ("meta:article:published_time" reads article:published_time).
bool MetaDate(const Scope& s, std::string* source, std::string* iso) {
  constexpr std::string_view kPrefix = "meta:";
  return TakeDate(s.facts.Meta(std::string_view(*source).substr(kPrefix.size())), s.ctx, iso);
}

bool JsonLdPublished(const Scope& s, std::string*, std::string* iso) {
  return s.json_ld && TakeDate(s.json_ld->date_published, s.ctx, iso);
}

bool ItempropPublished(const Scope& s, std::string*, std::string* iso) {
  for (const Node* n : s.facts.itemprops) {
    if (n->Attr("itemprop") != "datePublished" && n->Attr("itemprop") != "dateCreated") continue;
    std::string_view v = n->Attr("datetime");
    if (v.empty()) v = n->Attr("content");
    if (TakeDate(v, s.ctx, iso) || TakeDate(ElementText(*n), s.ctx, iso)) return true;
  }
  return false;
}

// <time> in or just before the article: one marked as the publication first.
bool TimeNearArticle(const Scope& s, std::string*, std::string* iso) {
  const Node* best = nullptr;
  for (const Node* t : s.facts.times) {
    if (!InContainerOrJustBefore(t, s.ctx, s.container_end)) continue;
    if (t->HasAttr("pubdate") || ClassSays(*t, {"publish", "posted", "created"})) {
      best = t;
      break;
    }
    if (!best) best = t;
  }
  return best && TakeTimeDate(best, s.ctx, iso);
}

// Whether the text just before `t` (its previous sibling, or its parent's when `t` comes
// first) is a publication label: "Published", "Posted on:", "Date published".
bool LabelledAsPublished(const Node* t) {
  for (const Node* n = t; n != nullptr && n->is_element(); n = n->parent) {
    const Node* prev = n->prev_sibling;
    while (prev && prev->is_text() && Collapse(prev->text()).empty()) prev = prev->prev_sibling;
    if (prev == nullptr) continue;  // first child: look before the parent
    std::string label = prev->is_text() ? Collapse(prev->text()) : ElementText(*prev);
    if (label.size() > 30) return false;
    std::string l = AsciiLowerCopy(label);
    while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
    for (std::string_view w : {"published", "posted", "posted on", "published on", "date published",
                               "publish date", "first published", "publication date"})
      if (l == w) return true;
    return false;
  }
  return false;
}

// A <time> anywhere under a publication label ("Published", "Posted on").
bool TimeUnderPublishedLabel(const Scope& s, std::string*, std::string* iso) {
  for (const Node* t : s.facts.times) {
    if (LabelledAsPublished(t) && TakeTimeDate(t, s.ctx, iso)) return true;
  }
  return false;
}

// A date standing alone right after the page's first byline ("Written by Jane Doe" /
// "April 8, 2024"); later bylines belong to teaser cards.
bool DateAfterFirstByline(const Scope& s, std::string*, std::string* iso) {
  const auto& leads = s.facts.byline_leads;
  if (leads.empty() || leads[0]->parent == nullptr) return false;
  const Node* next = leads[0]->parent->next_sibling;
  while (next && next->is_text() && Collapse(next->text()).empty()) next = next->next_sibling;
  if (next == nullptr || !next->is_element()) return false;
  std::string text = ElementText(*next);
  return !text.empty() && text.size() <= 40 && TakeDate(text, s.ctx, iso);
}

bool DateInUrl(const Scope& s, std::string*, std::string* iso) {
  auto d = DateFromUrl(s.ctx.url);
  if (d) *iso = d->ToIso();
  return d.has_value();
}

bool DateInCanonicalUrl(const Scope& s, std::string*, std::string* iso) {
  auto d = DateFromUrl(s.facts.canonical);
  if (d) *iso = d->ToIso();
  return d.has_value();
}

// The nearest short line around the headline that parses as a date.
bool DatelineNearHeadline(const Scope& s, std::string*, std::string* iso) {
  std::vector<std::string> dates = NearHeadlineTexts(s, [&](std::string_view t) {
    return t.size() >= 6 && t.size() <= kMaxBylineChars && ParseDate(t, s.ctx.reference);
  });
  return TakeDate(dates.empty() ? std::string() : dates.front(), s.ctx, iso);
}

// Any other meta that names a publication date ("published", "article_date_original").
bool AnyDatedMeta(const Scope& s, std::string* source, std::string* iso) {
  for (const auto& m : s.facts.metas()) {
    bool dated = m.key.find("publish") != std::string::npos ||
                 m.key.find("date") != std::string::npos ||
                 m.key.find("created") != std::string::npos;
    bool other = m.key.find("modif") != std::string::npos ||
                 m.key.find("updat") != std::string::npos ||
                 m.key.find("expir") != std::string::npos;
    if (dated && !other && TakeDate(m.value, s.ctx, iso)) {
      *source = "meta:" + m.key;
      return true;
    }
  }
  return false;
}

// A page with one <time>, or whose <time>s all give one day, dates itself with it.
bool OneDayOfTimes(const Scope& s, std::string*, std::string* iso) {
  std::string only_day;
  for (const Node* t : s.facts.times) {
    std::string day;
    if (!TakeTimeDate(t, s.ctx, &day)) return false;
    if (only_day.empty()) {
      only_day = day;
    } else if (only_day.substr(0, 10) != day.substr(0, 10)) {
      return false;
    }
  }
  if (only_day.empty()) return false;
  *iso = only_day;
  return true;
}

// A dateline anywhere whose class says it is the publication date.
bool DatelineClassAnywhere(const Scope& s, std::string*, std::string* iso) {
  for (const Node* n : s.facts.bylines) {
    if (!ClassSays(*n, {"publish", "posted", "date"})) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > kMaxBylineChars) continue;
    if (TakeDate(text, s.ctx, iso)) return true;
  }
  return false;
}

// A byline/dateline element in or just before the article that holds a date.
bool DatelineInArticle(const Scope& s, std::string*, std::string* iso) {
  for (const Node* n : s.facts.bylines) {
    if (!InContainerOrJustBefore(n, s.ctx, s.container_end)) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > kMaxBylineChars) continue;
    if (TakeDate(text, s.ctx, iso)) return true;
  }
  return false;
}

// The first line anywhere that a label marks as `kind` ("Posted on ...", "Last updated: ..."),
// outside comment threads, with a date after the label.
bool LabelledLine(const Scope& s, DateLabel kind, std::string* iso) {
  for (const Node* n : s.facts.dated_lines) {
    std::string line = Collapse(n->text());
    if (DateLineLabel(line) != kind || InComments(n)) continue;
    std::size_t cut = line.find_first_of(":0123456789");
    if (cut != std::string::npos && line[cut] == ':') ++cut;
    std::string_view rest =
        cut == std::string::npos ? std::string_view(line) : std::string_view(line).substr(cut);
    // The label's words ("Posted on the") are no date; the parser reads what follows.
    if (TakeDate(rest, s.ctx, iso) || TakeDate(line, s.ctx, iso)) return true;
  }
  return false;
}

bool LabelledPublished(const Scope& s, std::string*, std::string* iso) {
  return LabelledLine(s, DateLabel::kPublished, iso);
}

bool LabelledUpdated(const Scope& s, std::string*, std::string* iso) {
  return LabelledLine(s, DateLabel::kUpdated, iso);
}

bool JsonLdModified(const Scope& s, std::string*, std::string* iso) {
  return s.json_ld && TakeDate(s.json_ld->date_modified, s.ctx, iso);
}

bool ItempropModified(const Scope& s, std::string*, std::string* iso) {
  for (const Node* n : s.facts.itemprops) {
    if (n->Attr("itemprop") != "dateModified") continue;
    std::string_view v = n->Attr("datetime");
    if (v.empty()) v = n->Attr("content");
    if (TakeDate(v, s.ctx, iso)) return true;
  }
  return false;
}

// The publication date, first source that gives one (metadata.h lists the same order).
constexpr DateSource kPublishedSources[] = {
    {"json-ld:datePublished", JsonLdPublished},
    {"meta:article:published_time", MetaDate},
    {"meta:og:published_time", MetaDate},
    {"meta:article:published", MetaDate},
    {"meta:published_time", MetaDate},
    {"meta:publish-date", MetaDate},
    {"meta:publish_date", MetaDate},
    {"meta:pubdate", MetaDate},
    {"meta:publishdate", MetaDate},
    {"meta:datepublished", MetaDate},
    {"meta:date", MetaDate},
    {"meta:dc.date", MetaDate},
    {"meta:dc.date.issued", MetaDate},
    {"meta:dcterms.created", MetaDate},
    {"meta:dcterms.date", MetaDate},
    {"meta:dc.date.created", MetaDate},
    {"meta:sailthru.date", MetaDate},
    {"meta:parsely-pub-date", MetaDate},
    {"meta:article.published", MetaDate},
    {"meta:citation_publication_date", MetaDate},
    {"meta:originalpublicationdate", MetaDate},
    {"meta:creation_date", MetaDate},
    {"meta:timestamp", MetaDate},
    {"itemprop:datePublished", ItempropPublished},
    {"time", TimeNearArticle},
    {"time(labelled)", TimeUnderPublishedLabel},
    {"byline-date", DateAfterFirstByline},
    {"url", DateInUrl},
    {"canonical-url", DateInCanonicalUrl},
    {"dateline", DatelineNearHeadline},
    {"meta:*", AnyDatedMeta},
    {"time(page)", OneDayOfTimes},
    {"dateline(page)", DatelineClassAnywhere},
    {"dateline", DatelineInArticle},
    {"dateline(labelled)", LabelledPublished},
};

// The modification date, first source that gives one.
constexpr DateSource kModifiedSources[] = {
    {"json-ld:dateModified", JsonLdModified},
    {"meta:article:modified_time", MetaDate},
    {"meta:og:updated_time", MetaDate},
    {"meta:article:modified", MetaDate},
    {"meta:modified_time", MetaDate},
    {"meta:datemodified", MetaDate},
    {"meta:dc.date.modified", MetaDate},
    {"meta:dcterms.modified", MetaDate},
    {"meta:last-modified", MetaDate},
    {"meta:lastmod", MetaDate},
    {"itemprop:dateModified", ItempropModified},
    {"dateline(updated)", LabelledUpdated},
};

// A UTC timestamp names an instant, not the day the page shows: just after midnight UTC it is
// still the evening before in the Americas, where the page's URL shows that day. The zones
// people live in run from UTC-12 to UTC+14.
constexpr int kMaxMinutesWestOfUtc = 12 * 60;
constexpr int kMaxMinutesEastOfUtc = 14 * 60;
constexpr int kMinutesPerDay = 24 * 60;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The day the page's URL or canonical URL carries, when one does; `*name` says which. (A dateline
// near the headline is no evidence here: on WCXB it was as often a revision's or another item's
// day as the local day.)
std::optional<DateTime> ShownDay(const Scope& s, std::string* name) {
  if (auto d = DateFromUrl(s.ctx.url)) {
    *name = "url";
    return d;
  }
  if (auto d = DateFromUrl(s.facts.canonical)) {
    *name = "canonical-url";
    return d;
  }
  return std::nullopt;
}

// When `*iso` is a UTC timestamp whose day differs from the day the page shows, and the instant
// falls on the shown day in some zone, the shown day wins. The local time is not known then (the
// page's zone is not), so the date is kept without it. Returns the shown day's source, or "".
std::string PreferShownDay(const Scope& s, std::string* iso) {
  auto t = ParseDate(*iso);
  if (!t || !t->has_time || !t->has_offset || t->offset_minutes != 0) return {};
  std::string name;
  auto shown = ShownDay(s, &name);
  if (!shown) return {};
  const long t_day = DaysFromCivil(t->year, t->month, t->day);
  const long shown_day = DaysFromCivil(shown->year, shown->month, shown->day);
  if (shown_day == t_day) return {};
  const long instant = t_day * kMinutesPerDay + t->hour * 60 + t->minute;
  if (instant - kMaxMinutesWestOfUtc >= (shown_day + 1) * kMinutesPerDay ||
      instant + kMaxMinutesEastOfUtc < shown_day * kMinutesPerDay)
    return {};
  DateTime day;
  day.year = shown->year;
  day.month = shown->month;
  day.day = shown->day;
  *iso = day.ToIso();
  return name;
}

// A markup publication date this close to the markup's modification date is the page's last
// save stamped on both (page builders and CMS exports re-date their pages), not when it was first
// published.
constexpr long kLastSaveDays = 2;

// The days the page shows for itself near its article, in the order they are believed (a subset
// of kPublishedSources: not page-wide, not labelled as an update).
constexpr DateSource kShownSources[] = {
    {"time", TimeNearArticle},
    {"time(labelled)", TimeUnderPublishedLabel},
    {"byline-date", DateAfterFirstByline},
    {"dateline", DatelineNearHeadline},
    {"dateline", DatelineInArticle},
};

// The sources of the markup's own dates (kPublishedSources' names start so).
constexpr std::string_view kMarkupSources[] = {"json-ld:", "meta:", "itemprop:"};

std::optional<long> DayOf(const std::string& iso) {
  auto t = ParseDate(iso);
  if (!t) return std::nullopt;
  return DaysFromCivil(t->year, t->month, t->day);
}

// When the markup's publication date (`*iso`, from `source`) is its last save (within
// kLastSaveDays of `modified`) and the first day the page shows for itself near its article
// (kShownSources) is earlier, that day wins: the page was first published then. Returns the shown
// day's source, or "".
std::string PreferEarlierShownDay(const Scope& s, std::string_view source,
                                  const std::string& modified, std::string* iso) {
  if (std::none_of(std::begin(kMarkupSources), std::end(kMarkupSources),
                   [&](std::string_view prefix) { return source.starts_with(prefix); }))
    return {};
  auto published = DayOf(*iso), saved = DayOf(modified);
  if (!published || !saved || std::abs(*published - *saved) > kLastSaveDays) return {};
  for (const DateSource& shown : kShownSources) {  // the first one that shows a day decides
    std::string name(shown.name), day;
    if (!shown.find(s, &name, &day)) continue;
    auto d = DayOf(day);
    if (!d) continue;
    if (*d == *saved || *d >= *published) return {};
    *iso = day;
    return name;
  }
  return {};
}

// Tries `table` in order; returns the reported name of the first source that gives a date
// (stored in `*iso`), or "" when none does.
template <std::size_t N>
std::string FirstDate(const DateSource (&table)[N], const Scope& s, std::string* iso) {
  for (const DateSource& source : table) {
    std::string name(source.name);
    if (source.find(s, &name, iso)) return name;
  }
  return {};
}

// Every source of `table` that gives a date, as "name: date; ..." (for --explain).
template <std::size_t N>
void ListDates(const DateSource (&table)[N], const Scope& s, std::string* out) {
  for (const DateSource& source : table) {
    std::string name(source.name), iso;
    if (!source.find(s, &name, &iso)) continue;
    std::string entry = name + ": " + iso;
    if (out->find(entry) != std::string::npos) continue;  // "dateline" is tried twice
    if (!out->empty()) *out += "; ";
    *out += entry;
  }
}

}  // namespace

void ResolveDates(const Scope& s, Article* a) {
  std::string published = FirstDate(kPublishedSources, s, &a->date);
  std::string modified = FirstDate(kModifiedSources, s, &a->modified);
  if (!published.empty()) {
    if (std::string shown = PreferShownDay(s, &a->date); !shown.empty()) {
      published += " (UTC; the day " + shown + " shows)";
    } else if (shown = PreferEarlierShownDay(s, published, a->modified, &a->date); !shown.empty()) {
      published = shown + " (earlier than " + published + ", the day of the last save)";
    }
    AddSource(s.ctx, a, "date", published);
  }
  if (!modified.empty()) AddSource(s.ctx, a, "modified", modified);
  // A page that gives only its last-modified date is dated by it: it is the best estimate of
  // when the article was published (and the date most readers saw).
  if (a->date.empty() && !a->modified.empty()) {
    a->date = a->modified;
    AddSource(s.ctx, a, "date", modified + " (no publication date)");
  }
  if (s.ctx.explain) {  // every candidate: "json-ld:datePublished: 2024-05-01; dateline: ..."
    std::string all;
    ListDates(kPublishedSources, s, &all);
    ListDates(kModifiedSources, s, &all);
    if (!all.empty()) AddSource(s.ctx, a, "date-candidates", all);
  }
}

}  // namespace newsdesk::metadata::internal
