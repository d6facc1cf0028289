#include "newsdesk/json.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <type_traits>
#include <unordered_map>

#include "output/json_nlohmann.h"
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

// Reading a line back: simdjson's DOM parser, which checks the whole line (JSON grammar, UTF-8,
// escapes) as nlohmann::json did before it, several times faster. The rules kept from the nlohmann
// reader (output/json_nlohmann.cc, which json_test.cc and the fuzzer compare against): a repeated
// key keeps its first place and takes its last value; a known field that is null stays empty; the
// first error in field order (id, source, skipped, error, ForEachArticleField, sources, removed) is
// the one reported.

using simdjson::dom::element;

// Lines up to this size are parsed by the thread's parser, which keeps its buffers (about 15 bytes
// per byte of line) for the next line; a longer line gets a parser of its own, freed after, so one
// huge article does not pin its memory for the thread's life.
constexpr std::size_t kKeptParserBytes = std::size_t{1} << 20;

// A parser and the line copied with simdjson's padding behind it, reused from line to line.
struct LineParser {
  simdjson::dom::parser parser;
  std::unique_ptr<char[]> buffer;
  std::size_t capacity = 0;

  simdjson::simdjson_result<element> Parse(std::string_view line) {
    if (capacity < line.size() + simdjson::SIMDJSON_PADDING) {
      capacity = std::max(line.size() + simdjson::SIMDJSON_PADDING, 2 * capacity);
      buffer = std::make_unique<char[]>(capacity);  // zeroed: the padding is never garbage
    }
    std::memcpy(buffer.get(), line.data(), line.size());
    return parser.parse(buffer.get(), line.size(), /*realloc_if_needed=*/false);
  }
};

Status WrongType(std::string_view field, std::string_view want) {
  return Status::CorruptInput("article JSON: \"" + std::string(field) + "\" is not " +
                              std::string(want));
}

Status ReadString(element j, std::string_view field, std::string* out) {
  if (j.is_null()) return Status::Ok();
  std::string_view s;
  if (j.get_string().get(s) != simdjson::SUCCESS) return WrongType(field, "a string");
  out->assign(s);
  return Status::Ok();
}

Status ReadStringList(element j, std::string_view field, std::vector<std::string>* out) {
  if (j.is_null()) return Status::Ok();
  simdjson::dom::array array;
  if (j.get_array().get(array) != simdjson::SUCCESS) return WrongType(field, "a list of strings");
  out->clear();
  for (element v : array) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) return WrongType(field, "a list of strings");
    out->emplace_back(s);
  }
  return Status::Ok();
}

using Field = std::pair<std::string_view, element>;

// The fields as nlohmann's ordered_json held them: a repeated key keeps its first place and takes
// its last value.
void MergeRepeatedKeys(std::vector<Field>* fields) {
  // Up to this many fields, a linear search beats hashing (lines have a handful).
  constexpr std::size_t kLinearSearchFields = 16;
  std::vector<Field>& f = *fields;
  std::size_t kept = 0;
  if (f.size() <= kLinearSearchFields) {
    for (std::size_t i = 0; i < f.size(); ++i) {
      std::size_t j = 0;
      while (j < kept && f[j].first != f[i].first) ++j;
      if (j < kept) {
        f[j].second = f[i].second;
      } else {
        f[kept++] = f[i];
      }
    }
  } else {
    std::unordered_map<std::string_view, std::size_t> place;
    for (std::size_t i = 0; i < f.size(); ++i) {
      auto [it, inserted] = place.emplace(f[i].first, kept);
      if (inserted) {
        f[kept++] = f[i];
      } else {
        f[it->second].second = f[i].second;
      }
    }
  }
  f.resize(kept);
}

// The known keys, in the order their errors take precedence: kId..kError, then the fields of
// ForEachArticleField, then "sources" and "removed".
// Room for the known keys' values on the stack (Article has 16 fields today).
constexpr std::size_t kMaxKnownKeys = 32;

const std::vector<std::string_view>& KnownKeys() {
  static const std::vector<std::string_view> keys = [] {  // built once, read by every thread
    std::vector<std::string_view> k = {"id", "source", "skipped", "error"};
    Article a;
    ForEachArticleField(
        a, [&](std::string_view name, const auto&, ArticleFieldKind) { k.push_back(name); });
    k.push_back("sources");
    k.push_back("removed");
    if (k.size() > kMaxKnownKeys) std::abort();  // raise kMaxKnownKeys with the field list
    return k;
  }();
  return keys;
}

std::size_t FindKnownKey(const std::vector<std::string_view>& keys, std::string_view key) {
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].size() == key.size() && keys[i] == key) return i;
  }
  return keys.size();
}

Status ReadSources(element j, Article* a) {
  if (j.is_null()) return Status::Ok();
  simdjson::dom::object object;
  if (j.get_object().get(object) != simdjson::SUCCESS) return WrongType("sources", "an object");
  std::vector<Field> fields;
  for (simdjson::dom::key_value_pair kv : object) fields.emplace_back(kv.key, kv.value);
  MergeRepeatedKeys(&fields);
  for (const auto& [field, source] : fields) {
    std::string_view s;
    if (source.get_string().get(s) != simdjson::SUCCESS) {
      return WrongType("sources", "an object of strings");
    }
    a->sources.emplace_back(field, s);
  }
  return Status::Ok();
}

Status ReadRemoved(element j, Article* a) {
  if (j.is_null()) return Status::Ok();
  simdjson::dom::array array;
  if (j.get_array().get(array) != simdjson::SUCCESS) return WrongType("removed", "a list");
  for (element r : array) {
    simdjson::dom::object object;
    if (r.get_object().get(object) != simdjson::SUCCESS) {
      return WrongType("removed", "a list of objects");
    }
    element label, text;  // the last of each key, as in MergeRepeatedKeys; null when absent
    bool has_label = false, has_text = false;
    for (simdjson::dom::key_value_pair kv : object) {
      if (kv.key == "label") {
        label = kv.value;
        has_label = true;
      } else if (kv.key == "text") {
        text = kv.value;
        has_text = true;
      }
    }
    RemovedBlock block;
    if (has_label) {
      if (Status s = ReadString(label, "removed.label", &block.label); !s.ok()) return s;
    }
    if (has_text) {
      if (Status s = ReadString(text, "removed.text", &block.text); !s.ok()) return s;
    }
    a->removed.push_back(std::move(block));
  }
  return Status::Ok();
}

Result<ArticleRecord> ReadRecord(simdjson::simdjson_result<element> parsed) {
  simdjson::dom::object object;
  if (parsed.get_object().get(object) != simdjson::SUCCESS) {
    return Status::CorruptInput("article JSON: not a JSON object");
  }
  const std::vector<std::string_view>& keys = KnownKeys();
  // The last value of each known key, on the stack.
  std::array<element, kMaxKnownKeys> known;
  std::array<bool, kMaxKnownKeys> present{};
  std::vector<Field> unknown;
  for (simdjson::dom::key_value_pair kv : object) {
    std::size_t k = FindKnownKey(keys, kv.key);
    if (k < keys.size()) {
      known[k] = kv.value;
      present[k] = true;
    } else {
      unknown.emplace_back(kv.key, kv.value);
    }
  }
  ArticleRecord record;
  Status status;
  std::size_t k = 0;
  auto read = [&](std::string_view name, auto& member) {
    std::size_t i = k++;
    if (!status.ok() || !present[i]) return;
    if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>) {
      status = ReadString(known[i], name, &member);
    } else {
      status = ReadStringList(known[i], name, &member);
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
  if (present[k]) {
    if (Status s = ReadSources(known[k], &record.article); !s.ok()) return s;
  }
  if (present[k + 1]) {
    if (Status s = ReadRemoved(known[k + 1], &record.article); !s.ok()) return s;
  }
  MergeRepeatedKeys(&unknown);
  for (const auto& [key, value] : unknown) {
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) record.extra.emplace_back(key, s);
  }
  return record;
}

}  // namespace

Result<ArticleRecord> ParseArticleJson(std::string_view line) {
  std::string_view json = line;
  // As nlohmann: a UTF-8 byte order mark is skipped, and a NUL byte ends the input (inside a
  // string a NUL is an error either way, and cutting there leaves the string open: an error too).
  if (json.starts_with("\xEF\xBB\xBF")) json.remove_prefix(3);
  if (const void* nul = std::memchr(json.data(), '\0', json.size()); nul != nullptr) {
    json = json.substr(0, static_cast<const char*>(nul) - json.data());
  }
  auto read = [&](LineParser& parser) -> Result<ArticleRecord> {
    simdjson::simdjson_result<element> parsed = parser.Parse(json);
    switch (parsed.error()) {
      case simdjson::NUMBER_ERROR:  // integers beyond 64 bits: nlohmann reads them as doubles
      case simdjson::DEPTH_ERROR:   // nesting deeper than 1024
        return output::ParseArticleJsonNlohmann(line);
      default:
        return ReadRecord(parsed);
    }
  };
  if (json.size() > kKeptParserBytes) {
    LineParser own;
    return read(own);
  }
  thread_local LineParser parser;
  return read(parser);
}

}  // namespace newsdesk
