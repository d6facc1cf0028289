// TreeBuilder: tokens to the compact dom::Document tree, following the WHATWG tree construction
// algorithm (html.spec.whatwg.org, "13.2.6 Tree construction") with scripting off: every
// insertion mode, implied end tags, the adoption agency algorithm for misnested formatting,
// foster parenting out of tables, template contents, foreign content (svg, math) with its
// integration points and name adjustments, quirks mode from the doctype, and the 2025
// "customizable select" parsing (no "in select" modes).
//
// Where we depart from the spec, for bounded time and memory on hostile pages:
//  - elements deeper than TreeBuilderOptions::max_depth are not created (their content joins
//    the deepest open element, in document order) and their end tags are dropped, so they
//    cannot close the real elements around them;
//  - the list of active formatting elements keeps at most kMaxFormattingElements entries after
//    its last marker (the spec bounds only identical ones, "Noah's Ark"), so reopening formatting
//    elements costs at most that many nodes per text run;
//  - adjacent text nodes are not merged (a text run may be split across nodes);
//  - template contents are the template element's children (no separate DocumentFragment).
// Node indexes are assigned in document order once the tree is complete.
//
// Reusable: keeps its buffers between documents. Not thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "util/arena.h"

namespace newsdesk::html {

// Tag ids are the tree's (dom/tags.h); the parser interns names into them.
using dom::IsVoid;
using dom::LookupTag;
using dom::Tag;
using dom::TagName;

struct TreeBuilderOptions {
  // Elements deeper than this are not created; their content joins the deepest open element.
  std::size_t max_depth = 400;
  // Keep comment and doctype nodes (the html5lib tests need them; extraction does not).
  // Default: false.
  bool keep_comments = false;
};

inline constexpr std::size_t kMaxFormattingElements = 8;

class TreeBuilder {
 public:
  // Parses `input` (valid UTF-8) into `doc`, allocating from `arena`. doc->body is the body
  // element, or for a frameset document the html element.
  void Build(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
             dom::Document* doc);

  // The HTML fragment parsing algorithm (innerHTML): parses `input` as the content of a context
  // element named `context_name` in namespace `context_ns`. The fragment's nodes are the
  // children of doc->html.
  void BuildFragment(std::string_view input, std::string_view context_name,
                     dom::Namespace context_ns, const TreeBuilderOptions& options, Arena* arena,
                     dom::Document* doc);

 private:
  std::vector<dom::Node*> stack_;
  std::vector<dom::Node*> formatting_;
};

}  // namespace newsdesk::html
