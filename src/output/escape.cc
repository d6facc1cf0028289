#include "output/escape.h"

namespace newsdesk::output {

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char ch : text) {
    switch (ch) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      default:
        out->push_back(ch);
    }
  }
}

}  // namespace newsdesk::output
