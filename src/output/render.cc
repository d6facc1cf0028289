#include "output/render.h"

#include "dom/visibility.h"
#include "output/escape.h"
#include "util/utf8.h"

namespace newsdesk::output {

using dom::Node;
using dom::Tag;
using extract::Block;
using extract::InlineEvent;
using extract::InlineEventKind;

namespace {

enum class BlockKind { kParagraph, kHeading, kListItem, kQuote, kCode, kCell };

struct BlockContext {
  BlockKind kind = BlockKind::kParagraph;
  int heading_level = 0;
  int list_depth = 0;
  bool ordered = false;
  int ordinal = 0;
  const Node* list = nullptr;  // the ul/ol of a list item
  const Node* row = nullptr;   // the tr of a table cell
};

// Remembers the last list item numbered, so numbering a list of n items costs O(n), not O(n^2).
struct OrdinalCache {
  const Node* list = nullptr;
  const Node* item = nullptr;
  int ordinal = 0;
};

int OrdinalOf(const Node* item, OrdinalCache* cache) {
  const Node* list = item->parent;
  const Node* start = list->first_child;
  int ordinal = 0;
  if (cache->list == list && cache->item && cache->item->index <= item->index) {
    start = cache->item;
    ordinal = cache->ordinal - 1;
  }
  for (const Node* s = start; s; s = s->next_sibling) {
    if (s->tag == Tag::k_li) ++ordinal;
    if (s == item) break;
  }
  *cache = {list, item, ordinal};
  return ordinal;
}

BlockContext ContextOf(const Block& b, const Node* container, OrdinalCache* cache) {
  BlockContext c;
  const Node* owner = b.owner;
  c.heading_level = dom::HeadingLevel(owner->tag);
  bool in_quote = false, in_pre = false;
  for (const Node* p = owner; p && p != container->parent; p = p->parent) {
    if (p->tag == Tag::k_blockquote) in_quote = true;
    if (p->tag == Tag::k_pre) in_pre = true;
    if (p->tag == Tag::k_ul || p->tag == Tag::k_ol) ++c.list_depth;
  }
  if (in_pre) {
    c.kind = BlockKind::kCode;
  } else if (c.heading_level) {
    c.kind = BlockKind::kHeading;
  } else if (owner->tag == Tag::k_li && owner->parent &&
             (owner->parent->tag == Tag::k_ul || owner->parent->tag == Tag::k_ol)) {
    c.kind = BlockKind::kListItem;
    c.list = owner->parent;
    c.ordered = owner->parent->tag == Tag::k_ol;
    if (c.ordered) c.ordinal = OrdinalOf(owner, cache);
  } else if ((owner->tag == Tag::k_td || owner->tag == Tag::k_th) && owner->parent &&
             owner->parent->tag == Tag::k_tr) {
    c.kind = BlockKind::kCell;
    c.row = owner->parent;
  } else if (in_quote) {
    c.kind = BlockKind::kQuote;
  }
  return c;
}

// Text of a code block: the raw text of its nodes, whitespace kept, CRs dropped.
void AppendRawText(const extract::BlockBuilder& blocks, const Block& b, std::string* out) {
  const auto& ev = blocks.events();
  for (uint32_t e = b.event_begin; e < b.event_end; ++e) {
    if (ev[e].kind == InlineEventKind::kText) {
      for (char ch : ev[e].node->text())
        if (ch != '\r') out->push_back(ch);
    } else if (ev[e].kind == InlineEventKind::kLineBreak) {
      out->push_back('\n');
    }
  }
  while (!out->empty() && (out->back() == '\n' || out->back() == ' ')) out->pop_back();
}

enum class Flavor { kMarkdown, kHtml };

const char* InlineMarker(Tag tag) {
  switch (tag) {
    case Tag::k_b:
    case Tag::k_strong:
      return "**";
    case Tag::k_i:
    case Tag::k_em:
      return "*";
    case Tag::k_code:
    case Tag::k_kbd:
    case Tag::k_samp:
      return "`";
    default:
      return nullptr;
  }
}

const char* InlineHtmlTag(Tag tag) {
  switch (tag) {
    case Tag::k_b:
    case Tag::k_strong:
      return "b";
    case Tag::k_i:
    case Tag::k_em:
      return "i";
    case Tag::k_code:
    case Tag::k_kbd:
    case Tag::k_samp:
      return "code";
    case Tag::k_sub:
      return "sub";
    case Tag::k_sup:
      return "sup";
    default:
      return nullptr;
  }
}

// Replays a block's inline events with formatting.
void AppendInline(const extract::BlockBuilder& blocks, const Block& b, Flavor flavor,
                  std::string* out) {
  const auto& ev = blocks.events();
  const std::size_t start = out->size();
  bool pending_space = false;
  std::string piece;
  auto flush_space = [&] {
    if (pending_space && out->size() > start && out->back() != ' ' && out->back() != '\n')
      out->push_back(' ');
    pending_space = false;
  };
  for (uint32_t e = b.event_begin; e < b.event_end; ++e) {
    const InlineEvent& event = ev[e];
    const Node* node = event.node;
    switch (event.kind) {
      case InlineEventKind::kText: {
        piece.clear();
        bool leading = pending_space;
        pending_space = false;
        AppendCollapsed(node->text(), &piece, &pending_space);
        // AppendCollapsed drops a leading space; restore it when the text started with one.
        if (!piece.empty()) {
          if (!node->text().empty() &&
              (node->text()[0] == ' ' || node->text()[0] == '\n' || node->text()[0] == '\t'))
            leading = true;
          if (leading && out->size() > start && out->back() != ' ' && out->back() != '\n')
            out->push_back(' ');
          if (flavor == Flavor::kHtml) {
            AppendHtmlEscaped(piece, out);
          } else {
            out->append(piece);
          }
        } else {
          pending_space = pending_space || leading;
        }
        break;
      }
      case InlineEventKind::kLineBreak:
        out->append(flavor == Flavor::kHtml ? "<br>" : "  \n");
        pending_space = false;
        break;
      case InlineEventKind::kImage:
        break;
      case InlineEventKind::kOpen:
      case InlineEventKind::kClose: {
        bool open = event.kind == InlineEventKind::kOpen;
        if (node->tag == Tag::k_a) {
          std::string_view href = node->Attr("href");
          if (href.empty() || href[0] == '#' || href.substr(0, 11) == "javascript:") break;
          if (open) flush_space();
          if (flavor == Flavor::kHtml) {
            if (open) {
              out->append("<a href=\"");
              AppendHtmlEscaped(href, out);
              out->append("\">");
            } else {
              out->append("</a>");
            }
          } else if (open) {
            out->push_back('[');
          } else {
            out->append("](");
            out->append(href);
            out->push_back(')');
          }
          break;
        }
        if (flavor == Flavor::kHtml) {
          if (const char* tag = InlineHtmlTag(node->tag)) {
            if (open) flush_space();
            out->append(open ? "<" : "</");
            out->append(tag);
            out->push_back('>');
          }
        } else if (const char* marker = InlineMarker(node->tag)) {
          if (open) flush_space();
          out->append(marker);
        }
        break;
      }
    }
  }
  while (out->size() > start && (out->back() == ' ' || out->back() == '\n')) out->pop_back();
}

void Separate(std::string* out) {
  if (!out->empty()) out->append("\n\n");
}

}  // namespace

void RenderText(const RenderInput& in, std::string* out) {
  out->clear();
  OrdinalCache ordinals;
  const auto& bl = in.blocks->blocks();
  const Node* last_row = nullptr;
  for (uint32_t idx : *in.kept) {
    const Block& b = bl[idx];
    BlockContext c = ContextOf(b, in.container, &ordinals);
    if (c.kind == BlockKind::kCell && c.row == last_row) {
      out->append(" | ");
    } else {
      Separate(out);
    }
    last_row = c.kind == BlockKind::kCell ? c.row : nullptr;
    if (c.kind == BlockKind::kCode) {
      AppendRawText(*in.blocks, b, out);
    } else {
      out->append(in.blocks->text(b));
    }
  }
}

void RenderMarkdown(const RenderInput& in, std::string* out) {
  out->clear();
  OrdinalCache ordinals;
  const auto& bl = in.blocks->blocks();
  const Node* last_row = nullptr;
  const Node* last_list = nullptr;
  for (uint32_t idx : *in.kept) {
    const Block& b = bl[idx];
    BlockContext c = ContextOf(b, in.container, &ordinals);
    if (c.kind == BlockKind::kCell && c.row == last_row) {
      out->append(" | ");
    } else if (c.kind == BlockKind::kListItem && last_list != nullptr) {
      out->push_back('\n');  // items of a list stay together
    } else {
      Separate(out);
    }
    last_row = c.kind == BlockKind::kCell ? c.row : nullptr;
    last_list = c.kind == BlockKind::kListItem ? c.list : nullptr;
    switch (c.kind) {
      case BlockKind::kHeading:
        out->append(static_cast<std::size_t>(c.heading_level), '#');
        out->push_back(' ');
        break;
      case BlockKind::kListItem:
        out->append(static_cast<std::size_t>(2 * (c.list_depth > 1 ? c.list_depth - 1 : 0)), ' ');
        out->append(c.ordered ? std::to_string(c.ordinal) + ". " : "- ");
        break;
      case BlockKind::kQuote:
        out->append("> ");
        break;
      case BlockKind::kCode:
        out->append("```\n");
        AppendRawText(*in.blocks, b, out);
        out->append("\n```");
        continue;
      case BlockKind::kCell:
        if (out->empty() || out->back() == '\n') out->append("| ");
        break;
      case BlockKind::kParagraph:
        break;
    }
    AppendInline(*in.blocks, b, Flavor::kMarkdown, out);
  }
}

void RenderHtml(const RenderInput& in, std::string* out) {
  out->clear();
  OrdinalCache ordinals;
  const auto& bl = in.blocks->blocks();
  const Node* open_list = nullptr;
  bool list_ordered = false;
  const Node* open_row = nullptr;
  auto close_list = [&] {
    if (open_list) out->append(list_ordered ? "</ol>\n" : "</ul>\n");
    open_list = nullptr;
  };
  auto close_table = [&] {
    if (open_row) out->append("</tr></table>\n");
    open_row = nullptr;
  };
  for (uint32_t idx : *in.kept) {
    const Block& b = bl[idx];
    BlockContext c = ContextOf(b, in.container, &ordinals);
    if (c.kind != BlockKind::kListItem || c.list != open_list) close_list();
    if (c.kind != BlockKind::kCell) close_table();
    switch (c.kind) {
      case BlockKind::kHeading: {
        std::string tag = "h" + std::to_string(c.heading_level);
        out->append("<" + tag + ">");
        AppendInline(*in.blocks, b, Flavor::kHtml, out);
        out->append("</" + tag + ">\n");
        break;
      }
      case BlockKind::kListItem:
        if (!open_list) {
          open_list = c.list;
          list_ordered = c.ordered;
          out->append(c.ordered ? "<ol>\n" : "<ul>\n");
        }
        out->append("<li>");
        AppendInline(*in.blocks, b, Flavor::kHtml, out);
        out->append("</li>\n");
        break;
      case BlockKind::kQuote:
        out->append("<blockquote><p>");
        AppendInline(*in.blocks, b, Flavor::kHtml, out);
        out->append("</p></blockquote>\n");
        break;
      case BlockKind::kCode: {
        std::string raw;
        AppendRawText(*in.blocks, b, &raw);
        out->append("<pre>");
        AppendHtmlEscaped(raw, out);
        out->append("</pre>\n");
        break;
      }
      case BlockKind::kCell:
        if (!open_row) {
          out->append("<table><tr>");
        } else if (open_row != c.row) {
          out->append("</tr>\n<tr>");
        }
        open_row = c.row;
        out->append(b.owner->tag == Tag::k_th ? "<th>" : "<td>");
        AppendInline(*in.blocks, b, Flavor::kHtml, out);
        out->append(b.owner->tag == Tag::k_th ? "</th>" : "</td>");
        break;
      case BlockKind::kParagraph:
        out->append("<p>");
        AppendInline(*in.blocks, b, Flavor::kHtml, out);
        out->append("</p>\n");
        break;
    }
  }
  close_list();
  close_table();
}

void RenderParagraphsHtml(std::string_view text, std::string* out) {
  while (!text.empty()) {
    std::size_t end = text.find("\n\n");
    std::string_view paragraph = text.substr(0, end);
    out->append("<p>");
    AppendHtmlEscaped(paragraph, out);
    out->append("</p>\n");
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 2);
  }
}

}  // namespace newsdesk::output
