#include "newsdesk/json.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "util/swar.h"

namespace newsdesk {

namespace {

// `s` escaped for a JSON string, without the quotes.
void AppendJsonEscaped(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
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
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
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
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  AppendJsonEscaped(s, out);
  out->push_back('"');
}

namespace {

// Writes JSON into a buffer; with a sink, hands the buffer over whenever it passes kChunkBytes and
// escapes long strings a slice at a time, so a huge article is never held twice.
class JsonEmitter {
 public:
  static constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
  JsonEmitter(std::string* out, const std::function<bool(std::string_view)>* sink)
      : out_(out), sink_(sink) {}

  void Raw(std::string_view s) { out_->append(s); }
  void Char(char c) { out_->push_back(c); }
  void String(std::string_view s) {
    out_->push_back('"');
    while (s.size() > kChunkBytes && sink_ != nullptr) {
      AppendJsonEscaped(s.substr(0, kChunkBytes), out_);
      s.remove_prefix(kChunkBytes);
      MaybeFlush();
    }
    AppendJsonEscaped(s, out_);
    out_->push_back('"');
    MaybeFlush();
  }
  void Name(std::string_view name) {
    out_->push_back(',');
    String(name);
    out_->push_back(':');
  }
  void Field(std::string_view name, std::string_view value) {
    Name(name);
    String(value);
  }
  void StringArray(const std::vector<std::string>& values) {
    out_->push_back('[');
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) out_->push_back(',');
      String(values[i]);
    }
    out_->push_back(']');
  }
  // Hands what is buffered to the sink (with a sink); false once the sink has failed.
  bool Flush() {
    if (sink_ == nullptr || out_->empty()) return ok_;
    ok_ = ok_ && (*sink_)(*out_);
    out_->clear();
    return ok_;
  }

 private:
  void MaybeFlush() {
    if (sink_ != nullptr && out_->size() >= kChunkBytes) Flush();
  }
  std::string* out_;
  const std::function<bool(std::string_view)>* sink_;
  bool ok_ = true;
};

void EmitExplain(const Article& a, JsonEmitter* e) {
  e->Raw(",\"sources\":{");
  for (std::size_t i = 0; i < a.sources.size(); ++i) {
    if (i) e->Char(',');
    e->String(a.sources[i].first);
    e->Char(':');
    e->String(a.sources[i].second);
  }
  e->Char('}');
  e->Raw(",\"removed\":[");
  for (std::size_t i = 0; i < a.removed.size(); ++i) {
    if (i) e->Char(',');
    e->Raw("{\"label\":");
    e->String(a.removed[i].label);
    e->Raw(",\"text\":");
    e->String(a.removed[i].text);
    e->Char('}');
  }
  e->Char(']');
}

void EmitArticle(const Article& a, const JsonOptions& options, JsonEmitter* e) {
  e->Raw("{\"id\":");
  e->String(options.id);
  if (!options.source.empty()) e->Field("source", options.source);
  for (const auto& [key, value] : options.extra) e->Field(key, value);
  ForEachArticleField(a, [&](std::string_view name, const auto& value, ArticleFieldKind kind) {
    if (kind == ArticleFieldKind::kDiagnostic && value.empty()) return;
    if (kind == ArticleFieldKind::kHtml && !options.with_html) return;
    e->Name(name);
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
      e->String(value);
    } else {
      e->StringArray(value);
    }
  });
  if (options.with_explain) EmitExplain(a, e);
  e->Char('}');
}

}  // namespace

void AppendArticleJson(const Article& a, const JsonOptions& options, std::string* out) {
  JsonEmitter e(out, nullptr);
  EmitArticle(a, options, &e);
}

bool WriteArticleJson(const Article& a, const JsonOptions& options,
                      const std::function<bool(std::string_view)>& sink) {
  std::string buffer;
  JsonEmitter e(&buffer, &sink);
  EmitArticle(a, options, &e);
  e.Char('\n');
  return e.Flush();
}

void AppendErrorJson(std::string_view id, std::string_view source, const Status& status,
                     std::string* out) {
  JsonEmitter e(out, nullptr);
  e.Raw("{\"id\":");
  e.String(id);
  e.Field("source", source);
  e.Field("error", status.ToString());
  e.Char('}');
}

namespace {

using Json = nlohmann::ordered_json;  // keeps "sources" in the order written

Status WrongType(std::string_view field, std::string_view want) {
  return Status::CorruptInput("article JSON: \"" + std::string(field) + "\" is not " +
                              std::string(want));
}

Status ReadString(const Json& j, std::string_view field, std::string* out) {
  if (j.is_null()) return Status::Ok();
  if (!j.is_string()) return WrongType(field, "a string");
  *out = j.get<std::string>();
  return Status::Ok();
}

Status ReadStringList(const Json& j, std::string_view field, std::vector<std::string>* out) {
  if (j.is_null()) return Status::Ok();
  if (!j.is_array()) return WrongType(field, "a list of strings");
  out->clear();
  for (const Json& v : j) {
    if (!v.is_string()) return WrongType(field, "a list of strings");
    out->push_back(v.get<std::string>());
  }
  return Status::Ok();
}

Status ReadExplain(const Json& j, Article* a) {
  if (auto it = j.find("sources"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return WrongType("sources", "an object");
    for (const auto& [field, source] : it->items()) {
      if (!source.is_string()) return WrongType("sources", "an object of strings");
      a->sources.emplace_back(field, source.get<std::string>());
    }
  }
  if (auto it = j.find("removed"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return WrongType("removed", "a list");
    for (const Json& r : *it) {
      if (!r.is_object()) return WrongType("removed", "a list of objects");
      RemovedBlock block;
      if (Status s = ReadString(r.value("label", Json()), "removed.label", &block.label); !s.ok())
        return s;
      if (Status s = ReadString(r.value("text", Json()), "removed.text", &block.text); !s.ok())
        return s;
      a->removed.push_back(std::move(block));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<ArticleRecord> ParseArticleJson(std::string_view line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::CorruptInput("article JSON: not a JSON object");
  }
  ArticleRecord record;
  Status status;
  auto read = [&](std::string_view name, auto& member) {
    if (!status.ok()) return;
    auto it = j.find(std::string(name));
    if (it == j.end()) return;
    if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>) {
      status = ReadString(*it, name, &member);
    } else {
      status = ReadStringList(*it, name, &member);
    }
  };
  read("id", record.id);
  read("source", record.source);
  read("skipped", record.skipped);
  read("error", record.error);
  ForEachArticleField(record.article, [&](std::string_view name, auto& member, ArticleFieldKind) {
    read(name, member);
  });
  if (!status.ok()) return status;
  if (Status s = ReadExplain(j, &record.article); !s.ok()) return s;
  for (const auto& item : j.items()) {
    const std::string& key = item.key();  // not a structured binding: lambdas capture it
    if (!item.value().is_string() || key == "id" || key == "source" || key == "skipped" ||
        key == "error")
      continue;
    bool known = false;
    ForEachArticleField(record.article, [&](std::string_view name, const auto&, ArticleFieldKind) {
      known |= name == key;
    });
    if (!known) record.extra.emplace_back(key, item.value().get<std::string>());
  }
  return record;
}

}  // namespace newsdesk
