#include "newsdesk/format.h"

#include "output/escape.h"

namespace newsdesk {

std::string FormatArticle(const Article& a, DocumentFormat format) {
  std::string out;
  switch (format) {
    case DocumentFormat::kMarkdown:
      if (!a.title.empty()) out += "# " + a.title + "\n\n";
      out += a.markdown + "\n";
      break;
    case DocumentFormat::kHtml:
      out += "<article>\n";
      if (!a.title.empty()) {
        out += "<h1>";
        output::AppendHtmlEscaped(a.title, &out);
        out += "</h1>\n";
      }
      out += a.html + "</article>\n";
      break;
    case DocumentFormat::kText:
      out += a.text + "\n";
      break;
  }
  return out;
}

}  // namespace newsdesk
