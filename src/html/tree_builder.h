// TreeBuilder: tokens to the compact dom::Document tree.
//
// A simplified WHATWG tree construction that puts every text node under the element a browser
// would for the cases that shape real pages: implied <html>/<head>/<body>, implied end tags for
// p, li, dd, dt, option, headings and table parts, void elements, raw-text elements, scope-limited
// end tags (a stray </div> cannot close past a table cell), and foreign content (svg, math). It does
// not run the adoption agency algorithm or foster parenting (text stays where it appears).
// Reusable: keeps its stack between documents. Not thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "util/arena.h"

namespace newsdesk::html {

struct TreeBuilderOptions {
  // Elements deeper than this are not created; their content joins the deepest open element.
  std::size_t max_depth = 400;
  // Keep comment nodes (the html5lib tests need them; extraction does not). Default: false.
  bool keep_comments = false;
};

class TreeBuilder {
 public:
  // Parses `input` (valid UTF-8, no NUL) into `doc`, allocating from `arena`.
  void Build(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
             dom::Document* doc);

 private:
  std::vector<dom::Node*> stack_;
};

}  // namespace newsdesk::html
