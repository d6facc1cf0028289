// Fuzz target: the HTML tokenizer and tree builder alone, with a low depth limit: documents, and
// fragments in a context chosen by the first byte (tables, select, svg and math integration
// points, raw-text elements), as the html5lib fragment tests parse them. Checks the tree's
// invariants: parent/sibling links agree and indexes follow document order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "html/tree_builder.h"
#include "util/utf8.h"

namespace {

struct Context {
  const char* name;
  newsdesk::dom::Namespace ns;
};
constexpr Context kContexts[] = {
    {"body", newsdesk::dom::Namespace::kHtml},
    {"table", newsdesk::dom::Namespace::kHtml},
    {"tr", newsdesk::dom::Namespace::kHtml},
    {"select", newsdesk::dom::Namespace::kHtml},
    {"template", newsdesk::dom::Namespace::kHtml},
    {"title", newsdesk::dom::Namespace::kHtml},
    {"script", newsdesk::dom::Namespace::kHtml},
    {"svg", newsdesk::dom::Namespace::kSvg},
    {"foreignObject", newsdesk::dom::Namespace::kSvg},
    {"mi", newsdesk::dom::Namespace::kMathMl},
    {"annotation-xml", newsdesk::dom::Namespace::kMathMl},
    {"html", newsdesk::dom::Namespace::kHtml},
};

void CheckTree(const newsdesk::dom::Document& doc) {
  uint32_t expected = 0;
  const newsdesk::dom::Node* n = doc.root;
  while (n) {
    if (n->index != expected++) std::abort();
    for (const auto* c = n->first_child; c; c = c->next_sibling) {
      if (c->parent != n) std::abort();
      if (c->next_sibling && c->next_sibling->prev_sibling != c) std::abort();
    }
    if (n->first_child) {
      n = n->first_child;
      continue;
    }
    while (n && !n->next_sibling) n = n->parent;
    if (n) n = n->next_sibling;
  }
  if (expected != doc.node_count) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string input;
  newsdesk::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), &input);
  newsdesk::Arena arena;
  newsdesk::dom::Document doc;
  newsdesk::html::TreeBuilder builder;
  newsdesk::html::TreeBuilderOptions options;
  options.max_depth = 32;
  options.keep_comments = true;
  std::size_t choice = data[0] % (std::size(kContexts) + 1);
  if (choice == std::size(kContexts)) {
    builder.Build(input, options, &arena, &doc);
  } else {
    builder.BuildFragment(input, kContexts[choice].name, kContexts[choice].ns, options, &arena,
                          &doc);
  }
  CheckTree(doc);
  return 0;
}
