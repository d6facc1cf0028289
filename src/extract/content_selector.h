// ContentSelector: which blocks of a page are its article.
//
// The cascade (each step documented in content_selector.cc):
//   1. Value every block as prose or boilerplate (signals.h), with the class/id catalog's labels.
//   2. Pick the element whose subtree has the largest total value: the article container. Split
//      bodies are handled for free: the common parent of two halves wins when what lies between
//      them is worth less than the smaller half.
//   3. Inside the container, drop blocks under boilerplate-labelled elements, link lists and
//      short boilerplate phrases, and the headline itself.
//   4. If that leaves too little while the page has much more prose, relax: retry without the
//      class/id catalog, then fall back to every prose block of the page; keep the best attempt.
//   5. Hidden content (SelectWithHiddenFallback, the last step): when the visible article is under
//      kMinVisibleArticleChars, run 1-4 again with hidden elements read too, and take that
//      selection when it is mostly the hidden text itself (pages that ship their article hidden
//      for a script to reveal, like React's streamed Suspense boundaries).
// Reusable; keeps its per-node arrays between documents. Not thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "extract/blocks.h"
#include "extract/catalog.h"

namespace newsdesk::extract {

struct Selection {
  std::vector<uint32_t> kept;  // indices into the block list, in document order
  struct Dropped {
    uint32_t block;
    Label label;
  };
  std::vector<Dropped> dropped;  // blocks inside the container that were left out, and why
  const dom::Node* container = nullptr;
  int attempt = 0;  // which step of the cascade produced it (1 = first choice)
};

class ContentSelector {
 public:
  // Below this many characters of visible article text, hidden elements are read too (step 5).
  static constexpr std::size_t kMinVisibleArticleChars = 250;
  // The selection with hidden elements is taken only when its hidden text outweighs the visible
  // article by kMinVisibleArticleChars and is more than this share of what it keeps: a page whose
  // hidden text is a menu or a modal keeps its visible article.
  static constexpr double kMinHiddenShare = 0.5;

  // Steps 1-4 on `blocks` (built from doc.body). `max_attempt` stops the cascade early (1 = first
  // choice only), for diagnosis and tests.
  void Select(const dom::Document& doc, const BlockBuilder& blocks, Selection* out,
              int max_attempt = 3);

  // The whole cascade, steps 1-5: builds `*blocks` from doc.body (visible elements only) and
  // selects; on a short result, rebuilds them with hidden elements and selects again (step 5).
  // On return `*blocks` holds the blocks `out->kept` indexes into, and Hints() describes `doc`.
  void SelectWithHiddenFallback(const dom::Document& doc, BlockBuilder* blocks, Selection* out);

  // Body hygiene once the headline is known: drops from `out->kept` the block equal to `title`,
  // any <h1> before the first paragraph of prose, and short bylines ("By Jane Doe") at the top.
  static void DropHeadlineAndByline(const BlockBuilder& blocks, std::string_view title,
                                    Selection* out);

  // The texts of the blocks inside an author-bio box (an element the catalog labels kBio, at most
  // kBioAncestors above the block), in page order: evidence of who wrote the article even though
  // the box is left out of the body.
  std::vector<std::string_view> BioBoxTexts(const BlockBuilder& blocks) const;

  // Frees the per-document buffers (after a huge page; the next Select() grows them again).
  void ReleaseMemory();

  // What the catalog said of element `n` (tag, class, id, role) in the document of the last
  // Select() call.
  ElementHints Hints(const dom::Node& n) const { return hints_[n.index]; }

 private:
  void Prepare(const dom::Document& doc, const BlockBuilder& blocks);
  void MarkTeasers(const BlockBuilder& blocks);
  void Attempt(const BlockBuilder& blocks, bool use_catalog, Selection* out);

  std::vector<const dom::Node*> nodes_;  // document order: nodes_[i]->index == i
  std::vector<uint32_t> subtree_end_;    // last index inside each node's subtree
  ElementClassifier classifier_;
  std::vector<ElementHints> hints_;
  std::vector<double> prose_;          // prose chars in each subtree (labels ignored)
  std::vector<double> chars_;          // text chars in each subtree
  std::vector<double> value_;          // scratch: subtree value
  std::vector<int32_t> label_source_;  // node that gave the inherited label, or -1
  std::vector<double> block_base_;     // ProseValue of each block
  std::vector<Label> block_phrase_;    // ClassifyPhrase of each block
};

}  // namespace newsdesk::extract
