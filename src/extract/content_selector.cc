#include "extract/content_selector.h"

#include <algorithm>

#include "extract/signals.h"

namespace newsdesk::extract {

using dom::Node;
using dom::Tag;

namespace {

// A labelled element holding at least this share of the page's prose is the article itself
// (a wrapper whose class list happens to say "sidebar" or "header"); its label is ignored.
constexpr double kLabelVetoProseShare = 0.6;
// Extra weight for a container the markup calls the article body (itemprop=articleBody,
// "article-body", "entry-content"); weak hints ("content", "article") get less.
constexpr double kStrongPositiveBonus = 1.25;
constexpr double kWeakPositiveBonus = 1.05;
// The cascade relaxes when the first choice keeps less than this share of the page's prose...
constexpr double kMinKeptProseShare = 0.3;
// ...and less than this many characters.
constexpr std::size_t kMinKeptChars = 400;
// A byline is a short line; a paragraph that starts with "By" is prose.
constexpr std::size_t kMaxBylineChars = 120;
// Labelled boilerplate and link lists are dropped again inside the container, so they weigh
// less against a container than text that would stay in the output.
constexpr double kPrunableCost = 0.75;
// Teaser cards: a headline that is (almost) all link, then a dek of at most a few sentences, in
// an element holding little more than the two.
constexpr double kTeaserHeadlineLinkDensity = 0.7;
constexpr uint32_t kMaxTeaserDekChars = 200;
constexpr double kMaxTeaserCardChars = 400;

// Labels that hold even over most of a page's prose: legal text in a footer or a cookie dialog is
// never the article, however long.
bool NeverVetoed(Label label) {
  return label == Label::kFooter || label == Label::kCookie || label == Label::kPopup ||
         label == Label::kNavigation;
}

// "By Jane Doe", "By Jane Doe and John Roe | Updated 3:14 PM": a short line that starts with "By".
bool IsBylineText(std::string_view text) {
  if (text.size() > kMaxBylineChars || text.size() < 5) return false;
  return (text[0] == 'B' || text[0] == 'b') && (text[1] == 'y' || text[1] == 'Y') &&
         (text[2] == ' ' || text[2] == ':');
}

bool Equivalent(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x += 32;
    if (y >= 'A' && y <= 'Z') y += 32;
    if (x != y) return false;
  }
  return true;
}

}  // namespace

void ContentSelector::Prepare(const dom::Document& doc, const BlockBuilder& blocks) {
  const std::size_t n = doc.node_count;
  nodes_.assign(n, nullptr);
  subtree_end_.assign(n, 0);
  hints_.assign(n, ElementHints{});
  prose_.assign(n, 0.0);
  // Pre-order walk without recursion (trees can be deep).
  const Node* node = doc.root;
  while (node) {
    nodes_[node->index] = node;
    if (node->is_element()) hints_[node->index] = classifier_.Classify(*node);
    if (node->first_child) {
      node = node->first_child;
      continue;
    }
    while (node && !node->next_sibling) node = node->parent;
    if (node) node = node->next_sibling;
  }
  for (std::size_t i = n; i-- > 0;) {
    const Node* nd = nodes_[i];
    if (subtree_end_[i] < i) subtree_end_[i] = static_cast<uint32_t>(i);
    if (nd && nd->parent) {
      uint32_t p = nd->parent->index;
      subtree_end_[p] = std::max(subtree_end_[p], subtree_end_[i]);
    }
  }
  const auto& bl = blocks.blocks();
  block_base_.resize(bl.size());
  block_phrase_.resize(bl.size());
  for (std::size_t i = 0; i < bl.size(); ++i) {
    std::string_view text = blocks.text(bl[i]);
    block_base_[i] = ProseValue(bl[i], text);
    PhraseMatch phrase = ClassifyPhrase(text);
    bool applies = phrase.overrides_prose || block_base_[i] <= 0;
    block_phrase_[i] = applies ? phrase.label : Label::kNone;
  }
  MarkTeasers(blocks);
  for (std::size_t i = 0; i < bl.size(); ++i) {
    if (block_base_[i] > 0 && block_phrase_[i] == Label::kNone)
      prose_[bl[i].owner->index] += bl[i].chars();
  }
  for (std::size_t i = n; i-- > 1;) {
    if (nodes_[i] && nodes_[i]->parent) prose_[nodes_[i]->parent->index] += prose_[i];
  }
}

// Teaser cards: a linked headline followed by a short dek, both inside one small element (the
// card). The dek reads like prose but belongs to a "related stories" grid, so it is labelled.
void ContentSelector::MarkTeasers(const BlockBuilder& blocks) {
  const auto& bl = blocks.blocks();
  chars_.assign(nodes_.size(), 0.0);
  for (const Block& b : bl) chars_[b.owner->index] += b.chars();
  for (std::size_t i = nodes_.size(); i-- > 1;) {
    if (nodes_[i] && nodes_[i]->parent) chars_[nodes_[i]->parent->index] += chars_[i];
  }
  for (std::size_t i = 1; i < bl.size(); ++i) {
    const Block& headline = bl[i - 1];
    const Block& dek = bl[i];
    if (LinkDensity(headline) < kTeaserHeadlineLinkDensity) continue;
    if (dek.chars() > kMaxTeaserDekChars || LinkDensity(dek) > 0.5) continue;
    if (block_phrase_[i] != Label::kNone) continue;
    // Lowest common ancestor of the two owners.
    const Node* a = headline.owner;
    const Node* b = dek.owner;
    while (a != b && a && b) {
      if (a->index > b->index) {
        a = a->parent;
      } else {
        b = b->parent;
      }
    }
    if (a && chars_[a->index] <= kMaxTeaserCardChars) block_phrase_[i] = Label::kRelated;
  }
}

void ContentSelector::Attempt(const BlockBuilder& blocks, bool use_catalog, Selection* out) {
  const std::size_t n = nodes_.size();
  const double total_prose = prose_.empty() ? 0.0 : prose_[0];
  // Step 1: the inherited boilerplate label of every node (top-down, document order).
  label_source_.assign(n, -1);
  for (std::size_t i = 1; i < n; ++i) {
    const Node* nd = nodes_[i];
    if (!nd) continue;
    int32_t inherited = nd->parent ? label_source_[nd->parent->index] : -1;
    if (use_catalog && nd->is_element()) {
      const ElementHints& h = hints_[i];
      // The article body inside a labelled wrapper; but never inside a footer or a dialog.
      if (h.positive == 2 && (inherited < 0 || !NeverVetoed(hints_[inherited].negative)))
        inherited = -1;
      bool wrapper = nd->tag == Tag::k_body || nd->tag == Tag::k_html;
      bool keep_outer = inherited >= 0 && NeverVetoed(hints_[inherited].negative);
      if (h.negative != Label::kNone && !wrapper && h.positive < 2 && !keep_outer &&
          (prose_[i] < kLabelVetoProseShare * total_prose || NeverVetoed(h.negative))) {
        inherited = static_cast<int32_t>(i);
      }
    }
    label_source_[i] = inherited;
  }
  // Step 2: subtree values and the best container.
  value_.assign(n, 0.0);
  const auto& bl = blocks.blocks();
  for (std::size_t b = 0; b < bl.size(); ++b) {
    const Block& block = bl[b];
    double v = block_base_[b];
    bool labelled = label_source_[block.owner->index] >= 0 || block_phrase_[b] != Label::kNone;
    if (labelled)
      v = -kPrunableCost * block.chars();
    else if (v < 0 && LinkDensity(block) > 0.5)
      v = -kPrunableCost * block.chars();
    value_[block.owner->index] += v;
  }
  for (std::size_t i = n; i-- > 1;) {
    if (nodes_[i] && nodes_[i]->parent) value_[nodes_[i]->parent->index] += value_[i];
  }
  const Node* best = nullptr;
  double best_score = 0.0;
  for (std::size_t i = 1; i < n; ++i) {
    const Node* nd = nodes_[i];
    if (!nd || !nd->is_element() || value_[i] <= 0) continue;
    double score = value_[i];
    if (use_catalog) {
      if (hints_[i].positive == 2)
        score *= kStrongPositiveBonus;
      else if (hints_[i].positive == 1)
        score *= kWeakPositiveBonus;
    }
    if (score > best_score) {
      best_score = score;
      best = nd;
    }
  }
  out->kept.clear();
  out->dropped.clear();
  out->container = best;
  if (!best) return;
  // Step 3: keep the container's blocks except boilerplate inside it.
  const uint32_t lo = best->index, hi = subtree_end_[best->index];
  for (std::size_t b = 0; b < bl.size(); ++b) {
    const Block& block = bl[b];
    uint32_t owner = block.owner->index;
    if (owner < lo || owner > hi) continue;
    Label drop = Label::kNone;
    int32_t source = label_source_[owner];
    if (source >= static_cast<int32_t>(lo)) {
      drop = hints_[source].negative;
      if (drop == Label::kNone) drop = Label::kPromo;
    } else if (block_phrase_[b] != Label::kNone) {
      drop = block_phrase_[b];
    } else if (LinkDensity(block) > 0.5) {
      drop = Label::kNavigation;
    }
    if (drop == Label::kNone) {
      out->kept.push_back(static_cast<uint32_t>(b));
    } else {
      out->dropped.push_back({static_cast<uint32_t>(b), drop});
    }
  }
}

void ContentSelector::Select(const dom::Document& doc, const BlockBuilder& blocks, Selection* out,
                             int max_attempt) {
  Prepare(doc, blocks);
  const double total_prose = prose_.empty() ? 0.0 : prose_[0];
  auto kept_chars = [&](const Selection& s) {
    std::size_t c = 0;
    for (uint32_t b : s.kept) c += blocks.blocks()[b].chars();
    return c;
  };
  Attempt(blocks, /*use_catalog=*/true, out);
  out->attempt = 1;
  std::size_t chars = kept_chars(*out);
  if (max_attempt <= 1) return;
  if (chars >= kMinKeptChars || chars >= kMinKeptProseShare * total_prose) return;

  Selection relaxed;
  Attempt(blocks, /*use_catalog=*/false, &relaxed);
  relaxed.attempt = 2;
  std::size_t relaxed_chars = kept_chars(relaxed);
  if (relaxed_chars > chars) {
    *out = std::move(relaxed);
    chars = relaxed_chars;
  }
  if (chars >= kMinKeptChars || chars >= kMinKeptProseShare * total_prose) return;

  // Last resort: every prose block of the page, in order.
  Selection all;
  all.attempt = 3;
  all.container = doc.body;
  const auto& bl = blocks.blocks();
  for (std::size_t b = 0; b < bl.size(); ++b) {
    if (block_base_[b] > 0 && block_phrase_[b] == Label::kNone) all.kept.push_back(b);
  }
  if (kept_chars(all) > chars) *out = std::move(all);
}

namespace {

std::size_t KeptChars(const BlockBuilder& blocks, const Selection& s) {
  std::size_t chars = 0;
  for (uint32_t b : s.kept) chars += blocks.blocks()[b].chars();
  return chars;
}

// Characters of the kept blocks that sit under a hidden element.
std::size_t HiddenKeptChars(const BlockBuilder& blocks, const Selection& s) {
  std::size_t hidden_chars = 0;
  for (uint32_t b : s.kept) {
    const Block& block = blocks.blocks()[b];
    for (const Node* n = block.owner; n; n = n->parent) {
      if (n->is_element() && IsHidden(*n)) {
        hidden_chars += block.chars();
        break;
      }
    }
  }
  return hidden_chars;
}

}  // namespace

void ContentSelector::SelectWithHiddenFallback(const dom::Document& doc, BlockBuilder* blocks,
                                               Selection* out) {
  blocks->Build(doc.body);
  Select(doc, *blocks, out);
  const std::size_t visible_chars = KeptChars(*blocks, *out);
  if (visible_chars >= kMinVisibleArticleChars) return;
  // Step 5: some pages ship their content hidden for a script to reveal.
  blocks->Build(doc.body, /*include_hidden=*/true);
  Selection with_hidden;
  Select(doc, *blocks, &with_hidden);
  const std::size_t hidden_chars = HiddenKeptChars(*blocks, with_hidden);
  // Take it only when the article it finds is mostly the hidden text itself.
  if (hidden_chars > visible_chars + kMinVisibleArticleChars &&
      static_cast<double>(hidden_chars) >
          kMinHiddenShare * static_cast<double>(KeptChars(*blocks, with_hidden))) {
    *out = std::move(with_hidden);
  } else {
    blocks->Build(doc.body);
    Select(doc, *blocks, out);
  }
}

void ContentSelector::DropHeadlineAndByline(const BlockBuilder& blocks, std::string_view title,
                                            Selection* out) {
  const auto& bl = blocks.blocks();
  bool seen_prose = false;
  bool title_dropped = false;
  std::vector<uint32_t> kept;
  kept.reserve(out->kept.size());
  for (std::size_t k = 0; k < out->kept.size(); ++k) {
    uint32_t b = out->kept[k];
    const Block& block = bl[b];
    std::string_view text = blocks.text(block);
    Label drop = Label::kNone;
    if (!title_dropped && !title.empty() && Equivalent(text, title)) {
      drop = Label::kHeader;
      title_dropped = true;
    } else if (!seen_prose && block.owner->tag == Tag::k_h1) {
      drop = Label::kHeader;
    } else if (!seen_prose && IsBylineText(text)) {
      drop = Label::kByline;
    }
    if (drop != Label::kNone) {
      out->dropped.push_back({b, drop});
      continue;
    }
    if (ProseValue(block, text) > 0) seen_prose = true;
    kept.push_back(b);
  }
  out->kept = std::move(kept);
}

std::vector<std::string_view> ContentSelector::BioBoxTexts(const BlockBuilder& blocks) const {
  // How far up from a block an author-bio box is looked for.
  constexpr int kBioAncestors = 6;
  std::vector<std::string_view> texts;
  for (const Block& b : blocks.blocks()) {
    int depth = 0;
    for (const dom::Node* n = b.owner; n && n->is_element() && depth < kBioAncestors;
         n = n->parent, ++depth) {
      if (Hints(*n).negative == Label::kBio) {
        texts.push_back(blocks.text(b));
        break;
      }
    }
  }
  return texts;
}

void ContentSelector::ReleaseMemory() {
  decltype(nodes_)().swap(nodes_);
  decltype(subtree_end_)().swap(subtree_end_);
  decltype(hints_)().swap(hints_);
  decltype(prose_)().swap(prose_);
  decltype(chars_)().swap(chars_);
  decltype(value_)().swap(value_);
  decltype(label_source_)().swap(label_source_);
  decltype(block_base_)().swap(block_base_);
  decltype(block_phrase_)().swap(block_phrase_);
}

}  // namespace newsdesk::extract
