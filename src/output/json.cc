#include "output/json.h"

#include "util/swar.h"

namespace newsdesk::output {

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Runs that need no escaping are copied whole, eight bytes checked at a time.
    std::size_t run = i;
    while (run + 8 <= n) {
      uint64_t w = swar::Load(s.data() + run);
      if (swar::HasByteBelow(w, 0x20) || swar::HasByte(w, '"') || swar::HasByte(w, '\\')) break;
      run += 8;
    }
    while (run < n) {
      auto c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\') break;
      ++run;
    }
    out->append(s.data() + i, run - i);
    i = run;
    if (i >= n) break;
    char ch = s[i++];
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

namespace {
void Field(std::string_view name, std::string_view value, std::string* out) {
  out->push_back(',');
  AppendJsonString(name, out);
  out->push_back(':');
  AppendJsonString(value, out);
}
void AppendStringArray(const std::vector<std::string>& values, std::string* out) {
  out->push_back('[');
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(values[i], out);
  }
  out->push_back(']');
}

}  // namespace

void AppendArticleJson(const Article& a, const JsonFields& f, std::string* out) {
  out->push_back('{');
  out->append("\"id\":");
  AppendJsonString(f.id, out);
  if (!f.source.empty()) Field("source", f.source, out);
  for (const auto& [key, value] : f.extra) Field(key, value, out);
  Field("url", a.url, out);
  Field("title", a.title, out);
  Field("date", a.date, out);
  Field("modified", a.modified, out);
  out->append(",\"authors\":");
  AppendStringArray(a.authors, out);
  Field("sitename", a.sitename, out);
  Field("language", a.language, out);
  Field("section", a.section, out);
  out->append(",\"tags\":");
  AppendStringArray(a.tags, out);
  Field("image", a.image, out);
  Field("description", a.description, out);
  Field("canonical_url", a.canonical_url, out);
  if (!a.warnings.empty()) {
    out->append(",\"warnings\":");
    AppendStringArray(a.warnings, out);
  }
  Field("text", a.text, out);
  Field("markdown", a.markdown, out);
  if (f.with_html) Field("html", a.html, out);
  if (f.with_removed) {
    out->append(",\"sources\":{");
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
      if (i) out->push_back(',');
      AppendJsonString(a.sources[i].first, out);
      out->push_back(':');
      AppendJsonString(a.sources[i].second, out);
    }
    out->push_back('}');
    out->append(",\"removed\":[");
    for (std::size_t i = 0; i < a.removed.size(); ++i) {
      if (i) out->push_back(',');
      out->append("{\"label\":");
      AppendJsonString(a.removed[i].label, out);
      out->append(",\"text\":");
      AppendJsonString(a.removed[i].text, out);
      out->push_back('}');
    }
    out->push_back(']');
  }
  out->push_back('}');
}

void AppendErrorJson(std::string_view id, std::string_view source, const Status& status,
                     std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(id, out);
  Field("source", source, out);
  Field("error", status.ToString(), out);
  out->push_back('}');
}

}  // namespace newsdesk::output
