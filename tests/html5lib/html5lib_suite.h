// Runs the html5lib conformance suite (github.com/html5lib/html5lib-tests: tokenizer/*.test JSON
// and tree-construction/*.dat) against our tokenizer and tree builder. Shared by the conformance
// test (html5lib_conformance_test.cc) and the developer tool (tools/html5lib_check).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace newsdesk::html5lib {

struct Failure {
  std::string id;  // "<file>#<n>" (n counts from 1 in the file; tokenizer: "[state]" appended)
  std::string input;
  std::string expected;
  std::string got;
};

struct SuiteResult {
  int passed = 0;
  int total = 0;
  int skipped = 0;                                      // tests that need scripting on
  std::map<std::string, std::pair<int, int>> per_file;  // file -> (passed, total)
  std::vector<Failure> failures;
};

// `dir` holds the suite's tokenizer/*.test files.
SuiteResult RunTokenizerSuite(const std::string& dir);

// `dir` holds the suite's tree-construction/*.dat files (subfolders such as scripted/ are not
// read). Tests marked #script-on are skipped: we parse with scripting off.
SuiteResult RunTreeConstructionSuite(const std::string& dir);

// Our serialisation of a parse in the suite's "| <html>" format, for tests and debugging.
std::string SerializeDocument(const std::string& html);

}  // namespace newsdesk::html5lib
