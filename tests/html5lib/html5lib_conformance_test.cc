// The html5lib conformance suite as ordinary tests. The suite lives outside the repository
// (../shared/html5lib-tests, or $NEWSDESK_HTML5LIB_DIR); without it these tests are skipped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "html5lib/html5lib_suite.h"

namespace newsdesk::html5lib {
namespace {

std::string SuiteDir() {
  const char* env = std::getenv("NEWSDESK_HTML5LIB_DIR");
  return env ? env : NEWSDESK_HTML5LIB_DIR;
}

TEST(Html5libConformance, EveryTokenizerTestPasses) {
  std::string dir = SuiteDir() + "/tokenizer";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not found";
  SuiteResult r = RunTokenizerSuite(dir);
  EXPECT_GT(r.total, 7000);
  EXPECT_EQ(r.passed, r.total);
  for (std::size_t i = 0; i < r.failures.size() && i < 10; ++i)
    ADD_FAILURE() << r.failures[i].id << "\ninput: " << r.failures[i].input
                  << "\nexpected: " << r.failures[i].expected << "\ngot: " << r.failures[i].got;
}

// At least 90% pass, and the failures are exactly those listed, each with its reason, in
// tests/html5lib/tree_construction_failures.txt ("<file>#<n>  reason").
TEST(Html5libConformance, TreeConstructionPassesAllButTheListedTests) {
  std::string dir = SuiteDir() + "/tree-construction";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not found";
  SuiteResult r = RunTreeConstructionSuite(dir);
  ASSERT_GT(r.total, 1500);
  EXPECT_GE(r.passed, r.total * 9 / 10) << r.passed << " of " << r.total;

  std::set<std::string> listed;
  std::ifstream in(NEWSDESK_HTML5LIB_FAILURES);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string id = line.substr(0, line.find_first_of(" \t"));
    EXPECT_NE(line.find_first_not_of(" \t", id.size()), std::string::npos)
        << id << " is listed without a reason";
    listed.insert(id);
  }
  std::set<std::string> failed;
  for (const Failure& f : r.failures) {
    failed.insert(f.id);
    if (!listed.count(f.id))
      ADD_FAILURE() << "unlisted failure " << f.id << "\ninput:\n"
                    << f.input << "\nexpected:\n"
                    << f.expected << "got:\n"
                    << f.got;
  }
  for (const std::string& id : listed)
    EXPECT_TRUE(failed.count(id)) << id << " passes now: remove it from the list";
}

}  // namespace
}  // namespace newsdesk::html5lib
