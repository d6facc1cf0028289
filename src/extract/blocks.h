// Blocks: the page's visible text cut at block-level boundaries, one unit of scoring each.
//
// BlockBuilder walks the tree once and produces, in document order, one Block per run of inline
// content (a paragraph, a heading, a list item, a table cell, the loose text of a div), with its
// plain text and the inline events (text, link/emphasis open and close, line break) the renderers
// replay. Elements that never show text (script, style, template, hidden ones) are skipped.
// Reusable; not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "dom/visibility.h"

namespace newsdesk::extract {

enum class InlineEventKind : uint8_t { kText, kOpen, kClose, kLineBreak, kImage };

struct InlineEvent {
  InlineEventKind kind;
  const dom::Node* node;  // kText: the text node; kOpen/kClose/kImage: the element
};

struct Block {
  const dom::Node* owner;           // the nearest block-level element holding this text
  uint32_t text_begin, text_end;    // plain text (whitespace collapsed) in BlockBuilder::text()
  uint32_t event_begin, event_end;  // inline events in BlockBuilder::events()
  uint32_t link_chars;              // bytes of text inside <a href>
  uint32_t chars() const { return text_end - text_begin; }
};

class BlockBuilder {
 public:
  // Walks `root` (usually the body). Clears the previous document's blocks. With
  // `include_hidden`, elements hidden by attribute or inline style are read too (pages that ship
  // their content hidden for a script to reveal, like React's streamed Suspense boundaries).
  void Build(const dom::Node* root, bool include_hidden = false);

  // Frees the buffers (after a huge page; the next Build() grows them again).
  void ReleaseMemory() { *this = BlockBuilder(); }

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<InlineEvent>& events() const { return events_; }
  std::string_view text(const Block& b) const {
    return std::string_view(text_).substr(b.text_begin, b.chars());
  }

 private:
  void Walk(const dom::Node* node);
  void Flush();

  std::vector<Block> blocks_;
  std::vector<InlineEvent> events_;
  std::string text_;
  std::vector<const dom::Node*> owners_;
  uint32_t block_text_begin_ = 0;
  uint32_t block_event_begin_ = 0;
  uint32_t link_chars_ = 0;
  int link_depth_ = 0;
  bool pending_space_ = false;
  bool include_hidden_ = false;
};

// The DOM predicates the builder uses, for code that reads blocks.
using dom::IsBlockLevel;
using dom::IsHidden;
using dom::IsInvisible;
using dom::NeverShowsText;

}  // namespace newsdesk::extract
