#include "libxml2_engine.h"

#include <libxml/HTMLparser.h>

namespace newsdesk::bench {

std::size_t Libxml2ParseAll(const std::vector<std::string>& pages) {
  constexpr int kOptions =
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  std::size_t parsed = 0;
  for (const auto& page : pages) {
    htmlDocPtr doc =
        htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", kOptions);
    if (doc && xmlDocGetRootElement(doc)) ++parsed;
    if (doc) xmlFreeDoc(doc);
  }
  return parsed;
}

std::string Libxml2Version() { return std::string("libxml2 ") + LIBXML_DOTTED_VERSION; }

}  // namespace newsdesk::bench
