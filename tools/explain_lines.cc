// Developer tool: shows how plain-text mode saw a dump, line by line.
//
//   explain_lines FILE...          K (kept), D (dropped inside the article's span, with its label)
//                                  or . (outside it), the line's run value, and its start
//   explain_lines --jsonl FILE...  one JSON object per line, for scripts (bench/text_lines.py)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "text/text_extractor.h"

using namespace newsdesk;

int main(int argc, char** argv) {
  bool jsonl = false;
  int status = 0;
  for (int a = 1; a < argc; ++a) {
    if (std::strcmp(argv[a], "--jsonl") == 0) {
      jsonl = true;
      continue;
    }
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "explain_lines: cannot read %s\n", argv[a]);
      status = 1;
      continue;
    }
    std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text::TextAnalysis analysis;
    text::AnalyzeText(input, ExtractOptions{}, &analysis);
    if (!jsonl) std::printf("== %s\ntitle: %s\n", argv[a], analysis.title.c_str());
    for (std::size_t i = 0; i < analysis.lines.size(); ++i) {
      const text::TextLine& l = analysis.lines[i];
      if (jsonl) {
        nlohmann::json j = {{"file", argv[a]},        {"line", i},
                            {"text", l.text},         {"kept", l.removed_as.empty()},
                            {"inside", l.inside_run}, {"removed_as", std::string(l.removed_as)},
                            {"value", l.value},       {"prose", l.prose}};
        std::puts(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
      } else {
        char mark = l.removed_as.empty() ? 'K' : l.inside_run ? 'D' : '.';
        std::printf("%c %8.1f %-12.12s %.110s\n", mark, l.value, std::string(l.removed_as).c_str(),
                    l.text.c_str());
      }
    }
  }
  return status;
}
