// ParseBriefingFormat, the RenderBriefing dispatch, and the helpers the briefing renderers share.
#include "output/briefing_render.h"

#include <cstdint>

#include "newsdesk/briefing.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace newsdesk {

Result<BriefingFormat> ParseBriefingFormat(std::string_view name) {
  const std::string lower = AsciiLowerCopy(name);
  if (lower == "html") return BriefingFormat::kHtml;
  if (lower == "markdown" || lower == "md") return BriefingFormat::kMarkdown;
  if (lower == "json") return BriefingFormat::kJson;
  if (lower == "jsonl") return BriefingFormat::kJsonl;
  if (lower == "rss") return BriefingFormat::kRss;
  return Status::InvalidArgument("unknown briefing format \"" + std::string(name) +
                                 "\" (html, markdown, json, jsonl, rss)");
}

std::string RenderBriefing(const Briefing& briefing, BriefingFormat format,
                           const BriefingRenderOptions& options) {
  std::string out;
  switch (format) {
    case BriefingFormat::kHtml:
      output::RenderBriefingHtml(briefing, options, &out);
      break;
    case BriefingFormat::kMarkdown:
      output::RenderBriefingMarkdown(briefing, options, &out);
      break;
    case BriefingFormat::kJson:
      output::RenderBriefingJson(briefing, &out);
      break;
    case BriefingFormat::kJsonl:
      output::RenderBriefingJsonl(briefing, &out);
      break;
    case BriefingFormat::kRss:
      output::RenderBriefingRss(briefing, options, &out);
      break;
  }
  return out;
}

namespace output {
namespace {

// The code point of the well-formed UTF-8 sequence of `len` bytes at `p`.
uint32_t DecodeUtf8(const char* p, std::size_t len) {
  auto b = [p](std::size_t k) { return static_cast<uint32_t>(static_cast<uint8_t>(p[k])); };
  switch (len) {
    case 1:
      return b(0);
    case 2:
      return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3:
      return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default:
      return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

std::size_t SequenceLength(uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Characters XML 1.0 does not allow (and HTML calls parse errors): C0 controls but whitespace,
// DEL and the C1 controls, and the noncharacters U+FFFE and U+FFFF.
bool IsDroppedCodePoint(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string repaired;
  RepairUtf8(text, &repaired);  // well-formed from here on: lead bytes give the lengths
  std::string kept;
  kept.reserve(repaired.size());
  for (std::size_t i = 0; i < repaired.size();) {
    const std::size_t len = SequenceLength(static_cast<uint8_t>(repaired[i]));
    if (IsAsciiSpace(repaired[i])) {
      kept.push_back(' ');
    } else if (!IsDroppedCodePoint(DecodeUtf8(repaired.data() + i, len))) {
      kept.append(repaired, i, len);
    }
    i += len;
  }
  std::string out;
  bool pending_space = false;
  AppendCollapsed(kept, &out, &pending_space);
  return out;
}

std::string WebUrl(std::string_view url) {
  while (!url.empty() && IsAsciiSpace(url.front())) url.remove_prefix(1);
  while (!url.empty() && IsAsciiSpace(url.back())) url.remove_suffix(1);
  const std::string lower = AsciiLowerCopy(url.substr(0, 8));
  std::size_t scheme = 0;
  if (lower.starts_with("https://")) {
    scheme = 8;
  } else if (lower.starts_with("http://")) {
    scheme = 7;
  }
  if (scheme == 0 || url.size() == scheme || !IsCleanUtf8(url)) return {};
  for (char c : url) {
    const auto u = static_cast<uint8_t>(c);
    if (u <= 0x20 || u == 0x7F) return {};
  }
  return std::string(url);
}

std::string SafeId(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-';
    out.push_back(ok ? c : '-');
  }
  return out.empty() ? "story" : out;
}

std::string DateRange(const Briefing& briefing) {
  const std::string date = CleanText(briefing.date);
  const std::string since = CleanText(briefing.since);
  if (since.empty() || since == date) return date;
  return since + " \u2013 " + date;
}

std::string BriefingLanguage(const Briefing& briefing) {
  // Longer than any real tag: a value not worth putting in an attribute.
  constexpr std::size_t kMaxTagLength = 35;
  std::string lang;
  for (const BriefingStory& story : briefing.stories) {
    if (story.language.empty() || (!lang.empty() && story.language != lang)) return {};
    lang = story.language;
  }
  for (char c : lang) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    if (!ok) return {};
  }
  return lang.size() > kMaxTagLength ? std::string() : lang;
}

const Perspective* FindPerspective(const BriefingStory& story, std::string_view article) {
  for (const Perspective& p : story.perspectives) {
    if (!article.empty() && p.article == article) return &p;
  }
  return nullptr;
}

SummarySources NumberSources(const BriefingStory& story) {
  SummarySources sources;
  for (const SummarySentence& s : story.summary) {
    std::size_t k = 0;
    while (k < sources.articles.size() && sources.articles[k] != s.article) ++k;
    if (k == sources.articles.size()) sources.articles.push_back(s.article);
    sources.number.push_back(static_cast<int>(k) + 1);
  }
  return sources;
}

std::string CountOf(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string StoryFacts(const BriefingStory& story) {
  std::string facts = CountOf(static_cast<int>(story.articles.size()), "article", "articles") +
                      " \u00b7 " +
                      CountOf(static_cast<int>(story.perspectives.size()), "outlet", "outlets");
  const std::string first = CleanText(story.first_seen);
  const std::string last = CleanText(story.last_seen);
  if (!first.empty() && !last.empty() && first != last) {
    facts += " \u00b7 " + first + " \u2013 " + last;
  } else if (!first.empty() || !last.empty()) {
    facts += " \u00b7 " + (first.empty() ? last : first);
  }
  return facts;
}

std::string CoverageLine(const BriefingStory& story) {
  std::string line;
  for (const LeanCount& c : story.coverage) {
    if (!line.empty()) line += " \u00b7 ";
    const std::string lean = CleanText(c.lean);
    line += (lean.empty() ? std::string("unrated") : lean) + " " + std::to_string(c.outlets);
  }
  return line;
}

std::string SourceMarker(int number) {
  // Appended piece by piece: g++ 12 warns (-Wrestrict, a false positive) on "[" + std::string.
  std::string marker = "[";
  marker += std::to_string(number);
  marker += ']';
  return marker;
}

std::string TimelineLine(const TimelinePoint& point) {
  return CleanText(point.when) + ": " + CountOf(point.articles, "article", "articles") + ", " +
         CountOf(point.outlets, "outlet", "outlets");
}

}  // namespace output
}  // namespace newsdesk
