// The briefing as JSON ({"date", "since", "stories": [...]}) and as JSON lines (one story a line,
// each with the briefing's "date"). Texts are written as they are, in UTF-8 (not \u-escaped);
// ill-formed UTF-8 is replaced with U+FFFD instead of failing.
#include <nlohmann/json.hpp>

#include "output/briefing_render.h"

namespace newsdesk::output {
namespace {

using Json = nlohmann::ordered_json;  // fields in the order documented

Json SummaryText(const BriefingStory& story) {
  std::string text;
  for (const SummarySentence& s : story.summary) {
    if (!text.empty()) text.push_back(' ');
    text += s.text;
  }
  return text;
}

Json PerspectiveJson(const Perspective& p) {
  return Json{{"outlet", p.outlet}, {"article", p.article},  {"url", p.url},
              {"title", p.title},   {"lead", p.lead},        {"angle", p.angle},
              {"lean", p.lean},     {"articles", p.articles}};
}

Json StoryJson(const BriefingStory& story) {
  Json sources = Json::array();
  Json sentences = Json::array();
  for (const SummarySentence& s : story.summary) {
    sources.push_back(s.article);
    sentences.push_back(Json{{"text", s.text}, {"article", s.article}});
  }
  Json perspectives = Json::array();
  for (const Perspective& p : story.perspectives) perspectives.push_back(PerspectiveJson(p));
  Json coverage = Json::array();
  for (const LeanCount& c : story.coverage) {
    coverage.push_back(Json{{"lean", c.lean}, {"outlets", c.outlets}});
  }
  Json quotes = Json::array();
  for (const Quote& q : story.quotes) {
    quotes.push_back(Json{
        {"text", q.text}, {"speaker", q.speaker}, {"article", q.article}, {"outlet", q.outlet}});
  }
  Json timeline = Json::array();
  for (const TimelinePoint& t : story.timeline) {
    timeline.push_back(Json{{"when", t.when}, {"articles", t.articles}, {"outlets", t.outlets}});
  }
  Json related = Json::array();
  for (const RelatedStory& r : story.related) {
    related.push_back(Json{{"story", r.story}, {"title", r.title}, {"names", r.names}});
  }
  Json j;
  j["story"] = story.story;
  j["title"] = story.title;
  j["summary"] = SummaryText(story);
  j["summary_sources"] = std::move(sources);
  j["sentences"] = std::move(sentences);
  j["articles"] = story.articles;
  j["perspectives"] = std::move(perspectives);
  j["coverage"] = std::move(coverage);
  j["quotes"] = std::move(quotes);
  j["timeline"] = std::move(timeline);
  j["related"] = std::move(related);
  j["first_seen"] = story.first_seen;
  j["last_seen"] = story.last_seen;
  j["score"] = story.score;
  j["language"] = story.language;
  return j;
}

// `indent` -1: compact. UTF-8 kept as it is; ill-formed bytes replaced, never thrown on.
void Dump(const Json& j, int indent, std::string* out) {
  *out += j.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void RenderBriefingJson(const Briefing& briefing, std::string* out) {
  Json j;
  j["date"] = briefing.date;
  j["since"] = briefing.since;
  Json stories = Json::array();
  for (const BriefingStory& story : briefing.stories) stories.push_back(StoryJson(story));
  j["stories"] = std::move(stories);
  Dump(j, 2, out);
  out->push_back('\n');
}

void RenderBriefingJsonl(const Briefing& briefing, std::string* out) {
  for (const BriefingStory& story : briefing.stories) {
    Json j;
    j["date"] = briefing.date;
    j.update(StoryJson(story));
    Dump(j, -1, out);
    out->push_back('\n');
  }
}

}  // namespace newsdesk::output
