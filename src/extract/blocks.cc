#include "extract/blocks.h"

#include "util/utf8.h"

namespace newsdesk::extract {

using dom::Node;
using dom::Tag;

void BlockBuilder::Build(const Node* root, bool include_hidden) {
  include_hidden_ = include_hidden;
  blocks_.clear();
  events_.clear();
  text_.clear();
  owners_.clear();
  block_text_begin_ = 0;
  block_event_begin_ = 0;
  link_chars_ = 0;
  link_depth_ = 0;
  pending_space_ = false;
  owners_.push_back(root);
  for (const Node* c = root->first_child; c; c = c->next_sibling) Walk(c);
  Flush();
}

void BlockBuilder::Flush() {
  // Trim a trailing space or newline left by collapsing.
  while (text_.size() > block_text_begin_ && (text_.back() == ' ' || text_.back() == '\n'))
    text_.pop_back();
  if (text_.size() > block_text_begin_) {
    blocks_.push_back(Block{owners_.back(), block_text_begin_, static_cast<uint32_t>(text_.size()),
                            block_event_begin_, static_cast<uint32_t>(events_.size()),
                            link_chars_});
  } else {
    text_.resize(block_text_begin_);
  }
  // Blocks are cut from one shared buffer; a newline keeps their texts apart.
  if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
  block_text_begin_ = static_cast<uint32_t>(text_.size());
  block_event_begin_ = static_cast<uint32_t>(events_.size());
  link_chars_ = 0;
  pending_space_ = false;
}

void BlockBuilder::Walk(const Node* node) {
  if (node->is_text()) {
    std::size_t before = text_.size();
    // The buffer ends in '\n' between blocks, so no space is written at a block's start.
    AppendCollapsed(node->text(), &text_, &pending_space_);
    if (text_.size() > before) {
      events_.push_back({InlineEventKind::kText, node});
      if (link_depth_ > 0) link_chars_ += static_cast<uint32_t>(text_.size() - before);
    }
    return;
  }
  if (!node->is_element()) return;
  if (NeverShowsText(*node) || (!include_hidden_ && IsHidden(*node))) return;
  Tag tag = node->tag;
  if (tag == Tag::k_br) {
    if (text_.size() > block_text_begin_) {
      text_.push_back('\n');
      events_.push_back({InlineEventKind::kLineBreak, node});
    }
    pending_space_ = false;
    return;
  }
  if (tag == Tag::k_img) {
    events_.push_back({InlineEventKind::kImage, node});
    return;
  }
  if (IsBlockLevel(tag)) {
    Flush();
    owners_.push_back(node);
    for (const Node* c = node->first_child; c; c = c->next_sibling) Walk(c);
    Flush();
    owners_.pop_back();
    return;
  }
  bool is_link = tag == Tag::k_a && node->HasAttr("href");
  if (is_link) ++link_depth_;
  events_.push_back({InlineEventKind::kOpen, node});
  for (const Node* c = node->first_child; c; c = c->next_sibling) Walk(c);
  events_.push_back({InlineEventKind::kClose, node});
  if (is_link) --link_depth_;
}

}  // namespace newsdesk::extract
