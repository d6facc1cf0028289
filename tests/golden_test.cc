// Golden pages: tests/golden/<case>/input.html (or input.txt, a plain-text document) with
//   expected.txt   the extracted text (regenerate with tools/regen_golden.sh after a deliberate
//                  change, and review the diff),
//   expected.json  the expected metadata,
//   checks.txt     hand-written "+ must appear" / "- must not appear" snippets: the trap the page
//                  is about. These are never regenerated.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsdesk/extract.h"
#include "test_util.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> GoldenCases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(NEWSDESK_GOLDEN_DIR)) {
    if (entry.is_directory() &&
        (fs::exists(entry.path() / "input.html") || fs::exists(entry.path() / "input.txt")))
      cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedTextAndChecks) {
  const fs::path dir = fs::path(NEWSDESK_GOLDEN_DIR) / GetParam();
  // input.html for pages, input.txt for plain-text documents (detected as such).
  bool is_text = fs::exists(dir / "input.txt");
  std::string html =
      testing::ReadFileOrDie((dir / (is_text ? "input.txt" : "input.html")).string());
  Result<Article> article = Extract(html);
  ASSERT_TRUE(article.ok()) << article.status().ToString();

  std::string expected = testing::ReadFileOrDie((dir / "expected.txt").string());
  EXPECT_EQ(Trim(expected), article->text) << "regenerate with tools/regen_golden.sh if intended";

  // Every metadata field the expectation names must match.
  auto meta = nlohmann::json::parse(testing::ReadFileOrDie((dir / "expected.json").string()));
  auto field = [&](const std::string& key) -> nlohmann::json {
    nlohmann::json value;
    bool known = false;
    ForEachArticleField(*article, [&](std::string_view name, const auto& member, ArticleFieldKind) {
      if (name != key) return;
      value = member;
      known = true;
    });
    if (!known) ADD_FAILURE() << "unknown field in expected.json: " << key;
    return value;
  };
  for (auto it = meta.begin(); it != meta.end(); ++it) {
    EXPECT_EQ(field(it.key()), it.value()) << "field " << it.key();
  }

  std::ifstream checks(dir / "checks.txt");
  ASSERT_TRUE(checks) << "every golden case needs a hand-written checks.txt";
  std::string line;
  int count = 0;
  while (std::getline(checks, line)) {
    if (line.size() < 3 || line[0] == '#') continue;
    std::string snippet = line.substr(2);
    if (line[0] == '+') {
      EXPECT_NE(article->text.find(snippet), std::string::npos) << "missing: " << snippet;
    } else if (line[0] == '-') {
      EXPECT_EQ(article->text.find(snippet), std::string::npos) << "boilerplate kept: " << snippet;
    }
    ++count;
  }
  EXPECT_GT(count, 0);
}

INSTANTIATE_TEST_SUITE_P(Pages, GoldenTest, ::testing::ValuesIn(GoldenCases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace newsdesk
