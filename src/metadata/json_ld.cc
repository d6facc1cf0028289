#include "metadata/json_ld.h"

#include <nlohmann/json.hpp>

#include "util/utf8.h"

namespace newsdesk::metadata {
namespace {

using nlohmann::json;

// Article-like schema.org types, in the order of preference when a page has several.
int ArticleRank(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"NewsArticle",
                                                "ReportageNewsArticle",
                                                "AnalysisNewsArticle",
                                                "OpinionNewsArticle",
                                                "ReviewNewsArticle",
                                                "BackgroundNewsArticle",
                                                "Article",
                                                "BlogPosting",
                                                "LiveBlogPosting",
                                                "TechArticle",
                                                "ScholarlyArticle",
                                                "Report",
                                                "SocialMediaPosting",
                                                "HowTo",
                                                "Recipe",
                                                "Review",
                                                "WebPage",
                                                "ItemPage",
                                                "AboutPage",
                                                "FAQPage",
                                                "QAPage",
                                                "CollectionPage"};
  for (std::size_t i = 0; i < std::size(kTypes); ++i)
    if (kTypes[i] == type) return static_cast<int>(i);
  return -1;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendCollapsed(s, &out, &pending);
  return out;
}

std::string StringOf(const json& v) {
  if (v.is_string()) return Collapse(v.get<std::string>());
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return {};
}

// The first string of a value that may be a string, an object with `key`, or an array of them.
std::string FirstString(const json& v, const char* key = "url") {
  if (v.is_string()) return StringOf(v);
  if (v.is_object()) {
    auto it = v.find(key);
    if (it != v.end()) return FirstString(*it, key);
    it = v.find("@id");
    if (it != v.end() && it->is_string()) return StringOf(*it);
    return {};
  }
  if (v.is_array()) {
    for (const json& e : v) {
      std::string s = FirstString(e, key);
      if (!s.empty()) return s;
    }
  }
  return {};
}

void Strings(const json& v, std::vector<std::string>* out, bool split_commas) {
  if (v.is_string()) {
    std::string s = StringOf(v);
    if (!split_commas) {
      if (!s.empty()) out->push_back(s);
      return;
    }
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t comma = s.find(',', start);
      if (comma == std::string::npos) comma = s.size();
      std::string part = Collapse(std::string_view(s).substr(start, comma - start));
      if (!part.empty()) out->push_back(part);
      start = comma + 1;
    }
  } else if (v.is_array()) {
    for (const json& e : v) Strings(e, out, split_commas);
  } else if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end()) Strings(*it, out, false);
  }
}

std::vector<std::string> Types(const json& obj) {
  std::vector<std::string> types;
  auto it = obj.find("@type");
  if (it == obj.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  if (it->is_array())
    for (const json& t : *it)
      if (t.is_string()) types.push_back(t.get<std::string>());
  return types;
}

void ReadAuthors(const json& v, JsonLdArticle* a) {
  if (v.is_string()) {
    a->person_authors.push_back(StringOf(v));
  } else if (v.is_array()) {
    for (const json& e : v) ReadAuthors(e, a);
  } else if (v.is_object()) {
    auto it = v.find("name");
    if (it == v.end()) {
      auto id = v.find("@id");
      if (id != v.end() && id->is_string()) {
        a->author_ids.push_back(id->get<std::string>());
        a->person_authors.push_back(std::string(kAuthorIdPrefix) + id->get<std::string>());
      }
      return;
    }
    std::string name = FirstString(v, "name");
    if (name.empty()) return;
    bool organisation = false;
    for (const std::string& t : Types(v))
      organisation |= (t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation");
    (organisation ? a->organisation_authors : a->person_authors).push_back(name);
  }
}

void Visit(const json& v, JsonLdFacts* facts, int depth) {
  if (depth > 16) return;
  if (v.is_array()) {
    for (const json& e : v) Visit(e, facts, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  auto graph = v.find("@graph");
  if (graph != v.end()) Visit(*graph, facts, depth + 1);
  int rank = -1;
  std::string type;
  for (const std::string& t : Types(v)) {
    if (t == "Person") {
      auto id = v.find("@id");
      auto name = v.find("name");
      if (id != v.end() && id->is_string() && name != v.end())
        facts->people.emplace_back(id->get<std::string>(), StringOf(*name));
    }
    if (t == "WebSite" && facts->website_name.empty()) {
      auto it = v.find("name");
      if (it != v.end()) facts->website_name = StringOf(*it);
    }
    int r = ArticleRank(t);
    if (r >= 0 && (rank < 0 || r < rank)) {
      rank = r;
      type = t;
    }
  }
  if (rank >= 0) {
    JsonLdArticle a;
    a.type = type;
    auto get = [&](const char* key) -> const json* {
      auto it = v.find(key);
      return it == v.end() ? nullptr : &*it;
    };
    if (const json* h = get("headline")) a.headline = StringOf(*h);
    if (a.headline.empty())
      if (const json* h = get("name")) a.headline = StringOf(*h);
    if (const json* au = get("author")) ReadAuthors(*au, &a);
    if (a.person_authors.empty() && a.organisation_authors.empty())
      if (const json* au = get("creator")) ReadAuthors(*au, &a);
    if (const json* d = get("datePublished")) a.date_published = StringOf(*d);
    if (a.date_published.empty())
      if (const json* d = get("dateCreated")) a.date_published = StringOf(*d);
    if (const json* d = get("dateModified")) a.date_modified = StringOf(*d);
    if (const json* s = get("articleSection")) Strings(*s, &a.sections, false);
    if (const json* k = get("keywords")) Strings(*k, &a.keywords, true);
    if (const json* i = get("image")) a.image = FirstString(*i, "url");
    if (a.image.empty())
      if (const json* i = get("thumbnailUrl")) a.image = FirstString(*i, "url");
    if (const json* d = get("description")) a.description = StringOf(*d);
    if (const json* p = get("publisher")) a.publisher = FirstString(*p, "name");
    if (const json* l = get("inLanguage")) a.language = FirstString(*l, "alternateName");
    if (const json* u = get("url")) a.url = StringOf(*u);
    if (a.url.empty())
      if (const json* m = get("mainEntityOfPage")) a.url = FirstString(*m, "@id");
    if (const json* b = get("articleBody")) a.article_body = StringOf(*b);
    // Keep article types ahead of generic pages.
    auto pos = facts->articles.end();
    if (rank < ArticleRank("WebPage")) {
      pos = facts->articles.begin();
      while (pos != facts->articles.end() && ArticleRank(pos->type) < ArticleRank("WebPage")) ++pos;
    }
    facts->articles.insert(pos, std::move(a));
  }
  // Nested objects (mainEntity, itemListElement, ...) may hold the article.
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it.key() == "@graph" || it.key() == "author" || it.key() == "publisher") continue;
    if (it->is_object() || it->is_array()) Visit(*it, facts, depth + 1);
  }
}

}  // namespace

bool ReadJsonLd(std::string_view text, JsonLdFacts* facts) {
  // Raw control characters inside strings are common in the wild and invalid JSON; as spaces
  // they change nothing we read.
  std::string cleaned(text);
  for (char& c : cleaned)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  // Some pages wrap the JSON in an HTML comment or CDATA.
  std::size_t start = cleaned.find_first_of("{[");
  std::size_t end = cleaned.find_last_of("}]");
  if (start == std::string::npos || end == std::string::npos || end < start) return false;
  json doc = json::parse(cleaned.begin() + static_cast<long>(start),
                         cleaned.begin() + static_cast<long>(end + 1), nullptr,
                         /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (doc.is_discarded()) return false;
  Visit(doc, facts, 0);
  return true;
}

}  // namespace newsdesk::metadata
