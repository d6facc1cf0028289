// The article JSON reader before simdjson (see json_nlohmann.h).
#include "output/json_nlohmann.h"

#include <nlohmann/json.hpp>
#include <type_traits>

namespace newsdesk::output {

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

Result<ArticleRecord> ParseArticleJsonNlohmann(std::string_view line) {
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

}  // namespace newsdesk::output
