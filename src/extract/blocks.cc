#include "extract/blocks.h"

#include "util/utf8.h"

namespace newsdesk::extract {

using dom::Node;
using dom::Tag;

bool IsBlockLevel(Tag tag) {
  switch (tag) {
    case Tag::k_address: case Tag::k_article: case Tag::k_aside: case Tag::k_blockquote:
    case Tag::k_body: case Tag::k_caption: case Tag::k_center: case Tag::k_dd:
    case Tag::k_details: case Tag::k_dialog: case Tag::k_dir: case Tag::k_div: case Tag::k_dl:
    case Tag::k_dt: case Tag::k_fieldset: case Tag::k_figcaption: case Tag::k_figure:
    case Tag::k_footer: case Tag::k_form: case Tag::k_h1: case Tag::k_h2: case Tag::k_h3:
    case Tag::k_h4: case Tag::k_h5: case Tag::k_h6: case Tag::k_header: case Tag::k_hgroup:
    case Tag::k_hr: case Tag::k_li: case Tag::k_main: case Tag::k_menu: case Tag::k_nav:
    case Tag::k_ol: case Tag::k_p: case Tag::k_pre: case Tag::k_section: case Tag::k_summary:
    case Tag::k_table: case Tag::k_tbody: case Tag::k_td: case Tag::k_tfoot: case Tag::k_th:
    case Tag::k_thead: case Tag::k_tr: case Tag::k_ul: case Tag::k_listing: case Tag::k_legend:
    case Tag::k_search: case Tag::k_html: case Tag::k_plaintext: case Tag::k_xmp:
      return true;
    default:
      return false;
  }
}

namespace {

bool ContainsNoCaseNoSpace(std::string_view s, std::string_view needle) {
  // Compares with spaces removed and ASCII lower-cased: "Display : None" matches "display:none".
  std::string compact;
  compact.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return compact.find(needle) != std::string::npos;
}

}  // namespace

bool NeverShowsText(const Node& e) {
  switch (e.tag) {
    case Tag::k_script: case Tag::k_style: case Tag::k_noscript: case Tag::k_template:
    case Tag::k_svg: case Tag::k_math: case Tag::k_iframe: case Tag::k_object:
    case Tag::k_embed: case Tag::k_canvas: case Tag::k_select: case Tag::k_option:
    case Tag::k_optgroup: case Tag::k_datalist: case Tag::k_button: case Tag::k_textarea:
    case Tag::k_input: case Tag::k_head: case Tag::k_title: case Tag::k_audio: case Tag::k_video:
    case Tag::k_map: case Tag::k_noembed: case Tag::k_noframes: case Tag::k_meta:
    case Tag::k_link: case Tag::k_base: case Tag::k_xmp: case Tag::k_rp: case Tag::k_label:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const Node& e) {
  if (e.attribute_count == 0) return false;
  if (e.HasAttr("hidden")) return true;
  std::string_view style = e.Attr("style");
  if (!style.empty() && (ContainsNoCaseNoSpace(style, "display:none") ||
                         ContainsNoCaseNoSpace(style, "visibility:hidden")))
    return true;
  return false;
}

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
