#include "html5lib/html5lib_suite.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "html/char_refs.h"
#include "html/foreign_names.h"
#include "html/tokenizer.h"
#include "html/tree_builder.h"
#include "util/arena.h"

namespace newsdesk::html5lib {
namespace {

using nlohmann::json;

std::vector<std::filesystem::path> FilesWithExtension(const std::string& dir, const char* ext) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The suite's input stream preprocessing: CRLF and CR become LF.
std::string NormalizeNewlines(const std::string& input) {
  std::string text;
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (input[i] == '\r') {
      text.push_back('\n');
      if (i + 1 < input.size() && input[i + 1] == '\n') ++i;
    } else {
      text.push_back(input[i]);
    }
  }
  return text;
}

// ---- tokenizer ----

// Undoes the suite's double escaping ("\\uXXXX" sequences in doubleEscaped tests).
std::string Unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 5 < s.size() && s[i + 1] == 'u') {
      unsigned cp = std::stoul(s.substr(i + 2, 4), nullptr, 16);
      i += 5;
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
        unsigned lo = std::stoul(s.substr(i + 3, 4), nullptr, 16);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
      html::AppendUtf8(cp, &out);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

json Tokenize(const std::string& input, const std::string& state, const std::string& last_tag) {
  std::string text = NormalizeNewlines(input);
  Arena arena;
  html::Tokenizer tok(text, &arena);
  using Model = html::Tokenizer::ContentModel;
  if (state == "RCDATA state") tok.SwitchTo(Model::kRcData, last_tag);
  if (state == "RAWTEXT state") tok.SwitchTo(Model::kRawText, last_tag);
  if (state == "Script data state") tok.SwitchTo(Model::kScriptData, last_tag);
  if (state == "PLAINTEXT state") tok.SwitchTo(Model::kPlainText, last_tag);
  if (state == "CDATA section state") tok.SwitchTo(Model::kCDataSection);
  json out = json::array();
  html::Token t;
  for (std::size_t guard = 0; guard <= text.size() + 1; ++guard) {
    tok.Next(&t);
    if (t.kind == html::TokenKind::kEof) break;
    switch (t.kind) {
      case html::TokenKind::kText:
        if (!out.empty() && out.back()[0] == "Character") {
          out.back()[1] = out.back()[1].get<std::string>() + std::string(t.name);
        } else {
          out.push_back(json::array({"Character", std::string(t.name)}));
        }
        break;
      case html::TokenKind::kComment:
        out.push_back(json::array({"Comment", std::string(t.name)}));
        break;
      case html::TokenKind::kDoctype:
        out.push_back(json::array(
            {"DOCTYPE",
             t.force_quirks && t.name.empty() ? json(nullptr) : json(std::string(t.name)),
             t.has_public_id ? json(std::string(t.public_id)) : json(nullptr),
             t.has_system_id ? json(std::string(t.system_id)) : json(nullptr), !t.force_quirks}));
        break;
      case html::TokenKind::kEndTag:
        out.push_back(json::array({"EndTag", std::string(t.name)}));
        break;
      case html::TokenKind::kStartTag: {
        json attrs = json::object();
        for (uint32_t i = 0; i < t.attribute_count; ++i)
          attrs[std::string(t.attributes[i].name)] = std::string(t.attributes[i].value);
        json tag = json::array({"StartTag", std::string(t.name), attrs});
        if (t.self_closing) tag.push_back(true);
        out.push_back(tag);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

// ---- tree construction ----

void SerializeChildren(const dom::Node* parent, int depth, std::string* out) {
  std::string indent = "| " + std::string(static_cast<std::size_t>(depth) * 2, ' ');
  for (const dom::Node* n = parent->first_child; n; n = n->next_sibling) {
    switch (n->kind) {
      case dom::NodeKind::kText: {
        std::string text(n->text());
        // Adjacent text nodes are one text node in the DOM.
        while (n->next_sibling && n->next_sibling->kind == dom::NodeKind::kText) {
          n = n->next_sibling;
          text += n->text();
        }
        *out += indent + "\"" + text + "\"\n";
        break;
      }
      case dom::NodeKind::kComment:
        *out += indent + "<!-- " + std::string(n->text()) + " -->\n";
        break;
      case dom::NodeKind::kDoctype: {
        *out += indent + "<!DOCTYPE " + std::string(n->name);
        bool has_pub = false, has_sys = false;
        std::string pub(n->Attr("publicId", &has_pub)), sys(n->Attr("systemId", &has_sys));
        if (has_pub || has_sys) *out += " \"" + pub + "\" \"" + sys + "\"";
        *out += ">\n";
        break;
      }
      case dom::NodeKind::kElement: {
        std::string prefix = n->ns == dom::Namespace::kSvg      ? "svg "
                             : n->ns == dom::Namespace::kMathMl ? "math "
                                                                : "";
        *out += indent + "<" + prefix + std::string(n->name) + ">\n";
        std::vector<std::string> attrs;
        for (uint32_t i = 0; i < n->attribute_count; ++i) {
          std::string name(n->attributes[i].name);
          if (n->ns != dom::Namespace::kHtml && html::IsNamespacedForeignAttribute(name)) {
            std::size_t colon = name.find(':');
            name = colon == std::string::npos
                       ? "xmlns " + name
                       : name.substr(0, colon) + " " + name.substr(colon + 1);
          }
          attrs.push_back(name + "=\"" + std::string(n->attributes[i].value) + "\"");
        }
        std::sort(attrs.begin(), attrs.end());
        for (const std::string& a : attrs) *out += indent + "  " + a + "\n";
        if (n->is(dom::Tag::k_template)) {
          *out += indent + "  content\n";
          SerializeChildren(n, depth + 2, out);
        } else {
          SerializeChildren(n, depth + 1, out);
        }
        break;
      }
      case dom::NodeKind::kDocument:
        break;
    }
  }
}

struct TreeTest {
  std::string data;
  std::string fragment;  // context element, "" for a document
  bool script_on = false;
  std::string document;
};

std::vector<TreeTest> ParseDat(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<TreeTest> tests;
  std::string line, section;
  TreeTest* cur = nullptr;
  std::vector<std::string> data_lines, doc_lines;
  auto finish = [&]() {
    if (!cur) return;
    std::string data;
    for (std::size_t i = 0; i < data_lines.size(); ++i) data += (i ? "\n" : "") + data_lines[i];
    cur->data = data;
    while (!doc_lines.empty() && doc_lines.back().empty()) doc_lines.pop_back();
    for (const std::string& l : doc_lines) cur->document += l + "\n";
    data_lines.clear();
    doc_lines.clear();
  };
  while (std::getline(in, line)) {
    if (line == "#data") {
      finish();
      tests.emplace_back();
      cur = &tests.back();
      section = "data";
      continue;
    }
    if (!cur) continue;
    if (line.size() > 1 && line[0] == '#' && section != "data-raw" &&
        (line == "#errors" || line == "#new-errors" || line == "#document" ||
         line == "#document-fragment" || line == "#script-on" || line == "#script-off")) {
      section = line.substr(1);
      if (section == "script-on") cur->script_on = true;
      continue;
    }
    if (section == "data") {
      data_lines.push_back(line);
    } else if (section == "document-fragment") {
      cur->fragment = line;
    } else if (section == "document") {
      doc_lines.push_back(line);
    }
  }
  finish();
  return tests;
}

std::string Parse(const TreeTest& test) {
  std::string input = NormalizeNewlines(test.data);
  Arena arena;
  dom::Document doc;
  html::TreeBuilder builder;
  html::TreeBuilderOptions options;
  options.keep_comments = true;
  std::string out;
  if (test.fragment.empty()) {
    builder.Build(input, options, &arena, &doc);
    SerializeChildren(doc.root, 0, &out);
  } else {
    std::string name = test.fragment;
    dom::Namespace ns = dom::Namespace::kHtml;
    if (name.rfind("svg ", 0) == 0) {
      ns = dom::Namespace::kSvg;
      name = name.substr(4);
    } else if (name.rfind("math ", 0) == 0) {
      ns = dom::Namespace::kMathMl;
      name = name.substr(5);
    }
    builder.BuildFragment(input, name, ns, options, &arena, &doc);
    SerializeChildren(doc.html, 0, &out);
  }
  return out;
}

}  // namespace

SuiteResult RunTokenizerSuite(const std::string& dir) {
  SuiteResult r;
  for (const auto& path : FilesWithExtension(dir, ".test")) {
    std::ifstream in(path);
    json suite = json::parse(in, nullptr, false);
    if (suite.is_discarded() || !suite.contains("tests")) continue;
    std::string file = path.filename().string();
    int number = 0;
    for (const json& test : suite["tests"]) {
      ++number;
      bool double_escaped = test.value("doubleEscaped", false);
      std::string input = test["input"].get<std::string>();
      if (double_escaped) input = Unescape(input);
      json expected = test["output"];
      if (double_escaped) {
        for (json& token : expected)
          for (json& part : token)
            if (part.is_string()) part = Unescape(part.get<std::string>());
      }
      std::vector<std::string> states = {"Data state"};
      if (test.contains("initialStates"))
        states = test["initialStates"].get<std::vector<std::string>>();
      for (const std::string& state : states) {
        ++r.total;
        auto& f = r.per_file[file];
        ++f.second;
        json got = Tokenize(input, state, test.value("lastStartTag", std::string()));
        if (got == expected) {
          ++r.passed;
          ++f.first;
        } else {
          r.failures.push_back({file + "#" + std::to_string(number) + " [" + state + "]", input,
                                expected.dump(), got.dump()});
        }
      }
    }
  }
  return r;
}

SuiteResult RunTreeConstructionSuite(const std::string& dir) {
  SuiteResult r;
  for (const auto& path : FilesWithExtension(dir, ".dat")) {
    std::string file = path.filename().string();
    int number = 0;
    for (const TreeTest& test : ParseDat(path)) {
      ++number;
      if (test.script_on) {
        ++r.skipped;
        continue;
      }
      ++r.total;
      auto& f = r.per_file[file];
      ++f.second;
      std::string got = Parse(test);
      if (got == test.document) {
        ++r.passed;
        ++f.first;
      } else {
        r.failures.push_back({file + "#" + std::to_string(number), test.data, test.document, got});
      }
    }
  }
  return r;
}

std::string SerializeDocument(const std::string& html) {
  TreeTest test;
  test.data = html;
  return Parse(test);
}

}  // namespace newsdesk::html5lib
