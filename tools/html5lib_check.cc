// Developer tool: runs the html5lib conformance suite against our tokenizer and tree builder and
// prints the pass rate per file; --failures N shows the first N failures in full; --list prints
// the failing tree-construction test ids (the start of
// tests/html5lib/tree_construction_failures.txt).
//
//   html5lib_check [DIR] [--failures N] [--list]      (DIR: ../shared/html5lib-tests)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "html5lib/html5lib_suite.h"

using namespace newsdesk::html5lib;

namespace {

void Print(const char* what, const SuiteResult& r, int show) {
  for (const auto& [file, f] : r.per_file)
    std::printf("  %-40s %5d / %5d\n", file.c_str(), f.first, f.second);
  std::printf("%s: %d / %d passed (%.1f%%)", what, r.passed, r.total,
              r.total ? 100.0 * r.passed / r.total : 0.0);
  if (r.skipped) std::printf(", %d skipped (need scripting)", r.skipped);
  std::printf("\n");
  for (const Failure& f : r.failures) {
    if (show-- <= 0) break;
    std::printf("FAIL %s\n-- input:\n%s\n-- expected:\n%s-- got:\n%s\n", f.id.c_str(),
                f.input.c_str(), f.expected.c_str(), f.got.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/html5lib-tests";
  int show = 0;
  bool list = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--failures") == 0 && i + 1 < argc) {
      show = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--list") == 0) {
      list = true;
    } else {
      dir = argv[i];
    }
  }
  SuiteResult tree = RunTreeConstructionSuite(dir + "/tree-construction");
  if (list) {
    for (const Failure& f : tree.failures) std::printf("%s\n", f.id.c_str());
    return 0;
  }
  SuiteResult tok = RunTokenizerSuite(dir + "/tokenizer");
  Print("tokenizer", tok, show);
  Print("tree construction", tree, show);
  return tok.total > 0 && tree.total > 0 ? 0 : 1;
}
