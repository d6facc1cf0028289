#include "newsdesk/format.h"

#include "output/escape.h"

namespace newsdesk {

bool WriteArticle(const Article& a, DocumentFormat format,
                  const std::function<bool(std::string_view)>& sink) {
  switch (format) {
    case DocumentFormat::kMarkdown:
      if (!a.title.empty() && !sink("# " + a.title + "\n\n")) return false;
      return sink(a.markdown) && sink("\n");
    case DocumentFormat::kHtml: {
      std::string head = "<article>\n";
      if (!a.title.empty()) {
        head += "<h1>";
        output::AppendHtmlEscaped(a.title, &head);
        head += "</h1>\n";
      }
      return sink(head) && sink(a.html) && sink("</article>\n");
    }
    case DocumentFormat::kText:
      return sink(a.text) && sink("\n");
  }
  return true;
}

std::string FormatArticle(const Article& a, DocumentFormat format) {
  std::string out;
  WriteArticle(a, format, [&out](std::string_view piece) {
    out.append(piece);
    return true;
  });
  return out;
}

}  // namespace newsdesk
