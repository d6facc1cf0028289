// Developer tool: runs html5lib-tests' tokenizer suite (../shared/html5lib-tests/tokenizer/*.test)
// against our tokenizer and prints the pass rate per file, the baseline for the conformance
// work (issue: own HTML5 tokenizer). Errors are not compared, only tokens.
//
//   html5lib_tokenizer_check DIR [--failures N]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "html/char_refs.h"
#include "html/tokenizer.h"
#include "util/arena.h"

using nlohmann::json;
using namespace newsdesk;

namespace {

// Undoes the suite's double escaping ("\\uXXXX" sequences in doubleEscaped tests).
std::string Unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 5 < s.size() + 0 && s[i + 1] == 'u') {
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

json Run(const std::string& input, const std::string& state, const std::string& last_tag) {
  // Input stream preprocessing: CRLF and CR become LF.
  std::string text;
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (input[i] == '\r') {
      text.push_back('\n');
      if (i + 1 < input.size() && input[i + 1] == '\n') ++i;
    } else {
      text.push_back(input[i]);
    }
  }
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
  for (int guard = 0; guard < 100000; ++guard) {
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
            {"DOCTYPE", t.force_quirks && t.name.empty() ? json(nullptr) : json(std::string(t.name)),
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: html5lib_tokenizer_check DIR [--failures N]\n");
    return 2;
  }
  int show = argc > 3 ? std::atoi(argv[3]) : 0;
  int total = 0, passed = 0;
  std::map<std::string, std::pair<int, int>> per_file;
  for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
    if (e.path().extension() != ".test") continue;
    std::ifstream in(e.path());
    json suite = json::parse(in, nullptr, false);
    if (suite.is_discarded() || !suite.contains("tests")) continue;
    for (const json& test : suite["tests"]) {
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
      if (test.contains("initialStates")) states = test["initialStates"].get<std::vector<std::string>>();
      for (const std::string& state : states) {
        ++total;
        auto& f = per_file[e.path().filename().string()];
        ++f.second;
        json got = Run(input, state, test.value("lastStartTag", std::string()));
        if (got == expected) {
          ++passed;
          ++f.first;
        } else if (show > 0) {
          --show;
          std::printf("FAIL %s [%s] %s\n  input:    %s\n  expected: %s\n  got:      %s\n",
                      e.path().filename().c_str(), state.c_str(),
                      test.value("description", std::string()).c_str(), json(input).dump().c_str(),
                      expected.dump().c_str(), got.dump().c_str());
        }
      }
    }
  }
  for (const auto& [file, f] : per_file)
    std::printf("%-32s %5d / %5d\n", file.c_str(), f.first, f.second);
  std::printf("tokenizer tests passed: %d / %d (%.1f%%)\n", passed, total, total ? 100.0 * passed / total : 0.0);
  return 0;
}
