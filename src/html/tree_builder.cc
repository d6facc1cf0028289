#include "html/tree_builder.h"

#include "html/tokenizer.h"

namespace newsdesk::html {
namespace {

using dom::Node;
using dom::NodeKind;

bool IsHeading(Tag t) {
  return t == Tag::k_h1 || t == Tag::k_h2 || t == Tag::k_h3 || t == Tag::k_h4 ||
         t == Tag::k_h5 || t == Tag::k_h6;
}

// Start tags that close an open <p> ("in button scope").
bool ClosesParagraph(Tag t) {
  switch (t) {
    case Tag::k_address: case Tag::k_article: case Tag::k_aside: case Tag::k_blockquote:
    case Tag::k_center: case Tag::k_details: case Tag::k_dialog: case Tag::k_dir:
    case Tag::k_div: case Tag::k_dl: case Tag::k_fieldset: case Tag::k_figcaption:
    case Tag::k_figure: case Tag::k_footer: case Tag::k_form: case Tag::k_header:
    case Tag::k_hgroup: case Tag::k_hr: case Tag::k_main: case Tag::k_menu: case Tag::k_nav:
    case Tag::k_ol: case Tag::k_p: case Tag::k_pre: case Tag::k_section: case Tag::k_summary:
    case Tag::k_table: case Tag::k_ul: case Tag::k_listing: case Tag::k_plaintext:
    case Tag::k_xmp: case Tag::k_search: case Tag::k_li: case Tag::k_dd: case Tag::k_dt:
      return true;
    default:
      return IsHeading(t);
  }
}

// The spec's "special" category: elements an unmatched inline end tag cannot close past.
bool IsSpecial(Tag t) {
  switch (t) {
    case Tag::k_address: case Tag::k_applet: case Tag::k_area: case Tag::k_article:
    case Tag::k_aside: case Tag::k_base: case Tag::k_basefont: case Tag::k_bgsound:
    case Tag::k_blockquote: case Tag::k_body: case Tag::k_br: case Tag::k_button:
    case Tag::k_caption: case Tag::k_center: case Tag::k_col: case Tag::k_colgroup:
    case Tag::k_dd: case Tag::k_details: case Tag::k_dir: case Tag::k_div: case Tag::k_dl:
    case Tag::k_dt: case Tag::k_embed: case Tag::k_fieldset: case Tag::k_figcaption:
    case Tag::k_figure: case Tag::k_footer: case Tag::k_form: case Tag::k_frame:
    case Tag::k_frameset: case Tag::k_head: case Tag::k_header: case Tag::k_hgroup:
    case Tag::k_hr: case Tag::k_html: case Tag::k_iframe: case Tag::k_img: case Tag::k_input:
    case Tag::k_keygen: case Tag::k_li: case Tag::k_link: case Tag::k_listing: case Tag::k_main:
    case Tag::k_marquee: case Tag::k_menu: case Tag::k_meta: case Tag::k_nav:
    case Tag::k_noembed: case Tag::k_noframes: case Tag::k_noscript: case Tag::k_object:
    case Tag::k_ol: case Tag::k_p: case Tag::k_param: case Tag::k_plaintext: case Tag::k_pre:
    case Tag::k_script: case Tag::k_search: case Tag::k_section: case Tag::k_select:
    case Tag::k_source: case Tag::k_style: case Tag::k_summary: case Tag::k_table:
    case Tag::k_tbody: case Tag::k_td: case Tag::k_template: case Tag::k_textarea:
    case Tag::k_tfoot: case Tag::k_th: case Tag::k_thead: case Tag::k_title: case Tag::k_tr:
    case Tag::k_track: case Tag::k_ul: case Tag::k_wbr: case Tag::k_xmp:
      return true;
    default:
      return IsHeading(t);
  }
}

// Elements that bound the default scope: an end tag never closes past them.
bool IsScopeBoundary(Tag t) {
  switch (t) {
    case Tag::k_applet: case Tag::k_caption: case Tag::k_html: case Tag::k_table:
    case Tag::k_td: case Tag::k_th: case Tag::k_marquee: case Tag::k_object:
    case Tag::k_template: case Tag::k_svg: case Tag::k_math:
      return true;
    default:
      return false;
  }
}

bool IsTablePart(Tag t) {
  return t == Tag::k_tbody || t == Tag::k_thead || t == Tag::k_tfoot || t == Tag::k_tr ||
         t == Tag::k_td || t == Tag::k_th || t == Tag::k_caption || t == Tag::k_colgroup;
}

// Elements that belong in <head> when they come before any body content.
bool IsHeadElement(Tag t) {
  switch (t) {
    case Tag::k_base: case Tag::k_basefont: case Tag::k_bgsound: case Tag::k_link:
    case Tag::k_meta: case Tag::k_title: case Tag::k_script: case Tag::k_style:
    case Tag::k_noscript: case Tag::k_template: case Tag::k_noframes:
      return true;
    default:
      return false;
  }
}

// HTML start tags that break out of svg/math content.
bool BreaksOutOfForeign(Tag t) {
  switch (t) {
    case Tag::k_b: case Tag::k_big: case Tag::k_blockquote: case Tag::k_body: case Tag::k_br:
    case Tag::k_center: case Tag::k_code: case Tag::k_dd: case Tag::k_div: case Tag::k_dl:
    case Tag::k_dt: case Tag::k_em: case Tag::k_embed: case Tag::k_head: case Tag::k_hr:
    case Tag::k_i: case Tag::k_img: case Tag::k_li: case Tag::k_listing: case Tag::k_menu:
    case Tag::k_meta: case Tag::k_nobr: case Tag::k_ol: case Tag::k_p: case Tag::k_pre:
    case Tag::k_ruby: case Tag::k_s: case Tag::k_small: case Tag::k_span: case Tag::k_strong:
    case Tag::k_strike: case Tag::k_sub: case Tag::k_sup: case Tag::k_table: case Tag::k_tt:
    case Tag::k_u: case Tag::k_ul: case Tag::k_var:
      return true;
    default:
      return IsHeading(t);
  }
}

bool IsAllSpace(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
  return true;
}

class Builder {
 public:
  Builder(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
          dom::Document* doc, std::vector<Node*>* stack)
      : tokenizer_(input, arena), options_(options), arena_(arena), doc_(doc), stack_(*stack) {}

  void Run() {
    *doc_ = dom::Document{};
    doc_->root = NewNode(NodeKind::kDocument, Tag::kUnknown, {});
    stack_.clear();
    doc_->html = NewElement(Tag::k_html, "html");
    dom::AppendChild(doc_->root, doc_->html);
    doc_->head = NewElement(Tag::k_head, "head");
    dom::AppendChild(doc_->html, doc_->head);
    stack_.push_back(doc_->html);
    stack_.push_back(doc_->head);

    Token token;
    while (true) {
      tokenizer_.set_cdata_allowed(InForeignContent());
      tokenizer_.Next(&token);
      switch (token.kind) {
        case TokenKind::kEof:
          EnsureBody();
          return;
        case TokenKind::kText:
          OnText(token.name);
          break;
        case TokenKind::kComment:
          if (options_.keep_comments) {
            dom::AppendChild(stack_.back(), NewNode(NodeKind::kComment, Tag::kUnknown,
                                                    arena_->Copy(token.name)));
          }
          break;
        case TokenKind::kDoctype:
          break;
        case TokenKind::kStartTag:
          OnStartTag(token);
          break;
        case TokenKind::kEndTag:
          OnEndTag(token);
          break;
      }
    }
  }

 private:
  Node* NewNode(NodeKind kind, Tag tag, std::string_view name) {
    Node* n = arena_->New<Node>();
    n->kind = kind;
    n->tag = tag;
    n->name = name;
    n->index = doc_->node_count++;
    return n;
  }
  Node* NewElement(Tag tag, std::string_view name) {
    return NewNode(NodeKind::kElement, tag, name);
  }

  bool InBody() const { return doc_->body != nullptr; }

  void EnsureBody() {
    if (doc_->body) return;
    // Close the head and anything left open in it.
    stack_.resize(1);
    doc_->body = NewElement(Tag::k_body, "body");
    dom::AppendChild(doc_->html, doc_->body);
    stack_.push_back(doc_->body);
  }

  void OnText(std::string_view text) {
    if (!InBody()) {
      Node* current = stack_.back();
      bool in_head_child = current != doc_->head && current != doc_->html;
      if (!in_head_child) {
        if (IsAllSpace(text)) return;
        EnsureBody();
      }
    }
    Node* t = NewNode(NodeKind::kText, Tag::kUnknown, text);
    dom::AppendChild(stack_.back(), t);
  }

  // Pops elements down to and including the topmost `tag`; returns false if `tag` is not open
  // within scope (nothing is popped then).
  bool PopTo(Tag tag, bool stop_at_special, bool table_scope = false) {
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == tag) {
        stack_.resize(i);
        return true;
      }
      if (table_scope) {
        if (t == Tag::k_table || t == Tag::k_html || t == Tag::k_template) return false;
      } else if (IsScopeBoundary(t)) {
        return false;
      }
      if (stop_at_special && IsSpecial(t)) return false;
    }
    return false;
  }

  bool HasInButtonScope(Tag tag) const {
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == tag) return true;
      if (IsScopeBoundary(t) || t == Tag::k_button) return false;
    }
    return false;
  }

  void CloseParagraphIfOpen() {
    if (HasInButtonScope(Tag::k_p)) PopTo(Tag::k_p, false);
  }

  // For <li>, <dd>, <dt>: close an open item of the same family unless a special element
  // (other than address, div, p) lies in between.
  void CloseListItem(Tag a, Tag b) {
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == a || t == b) {
        stack_.resize(i);
        return;
      }
      if (IsSpecial(t) && t != Tag::k_address && t != Tag::k_div && t != Tag::k_p) return;
    }
  }

  // Pops to the nearest table context: above `tag`s table (for tr, td, th, tbody, ...).
  void CloseTableCell() {
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == Tag::k_td || t == Tag::k_th) {
        stack_.resize(i);
        return;
      }
      if (t == Tag::k_tr || t == Tag::k_table || t == Tag::k_tbody || t == Tag::k_thead ||
          t == Tag::k_tfoot || t == Tag::k_template || t == Tag::k_html)
        return;
    }
  }
  void CloseTableRow() {
    CloseTableCell();
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == Tag::k_tr) {
        stack_.resize(i);
        return;
      }
      if (t == Tag::k_table || t == Tag::k_tbody || t == Tag::k_thead || t == Tag::k_tfoot ||
          t == Tag::k_template || t == Tag::k_html || t == Tag::k_td || t == Tag::k_th)
        return;
    }
  }
  void CloseTableSection() {
    CloseTableRow();
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == Tag::k_tbody || t == Tag::k_thead || t == Tag::k_tfoot || t == Tag::k_caption ||
          t == Tag::k_colgroup) {
        stack_.resize(i);
        return;
      }
      if (t == Tag::k_table || t == Tag::k_template || t == Tag::k_html || t == Tag::k_td ||
          t == Tag::k_th)
        return;
    }
  }
  bool TableOpen() const {
    for (std::size_t i = stack_.size(); i-- > 2;) {
      Tag t = stack_[i]->tag;
      if (t == Tag::k_table) return true;
      if (t == Tag::k_template || t == Tag::k_html) return false;
    }
    return false;
  }

  void OnStartTag(const Token& token) {
    Tag tag = token.tag;
    if (tag == Tag::k_html) {
      // The html element exists from the start; the first <html> tag gives its attributes.
      if (doc_->html->attribute_count == 0) CopyAttributes(doc_->html, token);
      return;
    }
    if (tag == Tag::k_body) {
      if (!InBody()) {
        EnsureBody();
        CopyAttributes(doc_->body, token);
      }
      return;
    }
    if (tag == Tag::k_head) return;
    if (tag == Tag::k_frameset || tag == Tag::k_frame) return;

    bool foreign = InForeignContent();
    if (!InBody()) {
      if (IsHeadElement(tag)) {
        Node* current = stack_.back();
        if (current != doc_->head && current->tag != Tag::k_noscript &&
            current->tag != Tag::k_template) {
          stack_.resize(1);  // back to <head>, reopened if </head> closed it
          stack_.push_back(doc_->head);
        }
      } else {
        EnsureBody();
      }
    }

    if (foreign && BreaksOutOfForeign(tag)) {
      while (stack_.size() > 2 && IsForeign(stack_.back())) stack_.pop_back();
      foreign = false;
    }

    if (!foreign) {
      if (ClosesParagraph(tag)) CloseParagraphIfOpen();
      switch (tag) {
        case Tag::k_li:
          CloseListItem(Tag::k_li, Tag::k_li);
          break;
        case Tag::k_dd: case Tag::k_dt:
          CloseListItem(Tag::k_dd, Tag::k_dt);
          break;
        case Tag::k_h1: case Tag::k_h2: case Tag::k_h3: case Tag::k_h4: case Tag::k_h5:
        case Tag::k_h6:
          if (IsHeading(stack_.back()->tag)) stack_.pop_back();
          break;
        case Tag::k_option:
          if (stack_.back()->tag == Tag::k_option) stack_.pop_back();
          break;
        case Tag::k_optgroup:
          if (stack_.back()->tag == Tag::k_option) stack_.pop_back();
          if (stack_.back()->tag == Tag::k_optgroup) stack_.pop_back();
          break;
        case Tag::k_button:
          if (HasInButtonScope(Tag::k_button)) PopTo(Tag::k_button, false);
          break;
        case Tag::k_a:
          // A new link closes an open one when only inline elements lie in between.
          PopTo(Tag::k_a, true);
          break;
        case Tag::k_td: case Tag::k_th:
          if (TableOpen()) CloseTableCell();
          break;
        case Tag::k_tr:
          if (TableOpen()) CloseTableRow();
          break;
        case Tag::k_tbody: case Tag::k_thead: case Tag::k_tfoot: case Tag::k_caption:
        case Tag::k_colgroup:
          if (TableOpen()) CloseTableSection();
          break;
        default:
          break;
      }
    }

    bool is_void = !foreign && IsVoid(tag);
    bool no_children = is_void || (foreign && token.self_closing);
    Tokenizer::ContentModel model;
    bool special_content = !foreign && ContentModelFor(tag, &model);
    if (!no_children && !special_content && stack_.size() >= options_.max_depth) {
      doc_->depth_limited = true;
      return;  // too deep: the element is not created; its content joins the current node
    }
    Node* element = NewElement(tag, token.name);
    CopyAttributes(element, token);
    dom::AppendChild(stack_.back(), element);
    if (no_children) return;
    stack_.push_back(element);
    if (stack_.size() > doc_->max_depth_reached) doc_->max_depth_reached = stack_.size();

    if (special_content) {
      tokenizer_.SwitchTo(model);
    }
  }

  void OnEndTag(const Token& token) {
    Tag tag = token.tag;
    switch (tag) {
      case Tag::k_html: case Tag::k_body:
        return;
      case Tag::k_head:
        if (!InBody() && stack_.back() == doc_->head) stack_.resize(1);
        return;
      case Tag::k_br: {
        Token as_start = token;
        as_start.kind = TokenKind::kStartTag;
        OnStartTag(as_start);
        return;
      }
      case Tag::k_p:
        if (HasInButtonScope(Tag::k_p)) PopTo(Tag::k_p, false);
        return;
      case Tag::k_h1: case Tag::k_h2: case Tag::k_h3: case Tag::k_h4: case Tag::k_h5:
      case Tag::k_h6:
        for (std::size_t i = stack_.size(); i-- > 2;) {
          if (IsHeading(stack_[i]->tag)) {
            stack_.resize(i);
            return;
          }
          if (IsScopeBoundary(stack_[i]->tag)) return;
        }
        return;
      case Tag::k_table:
        PopTo(tag, false, /*table_scope=*/true);
        return;
      default:
        break;
    }
    if (IsTablePart(tag)) {
      PopTo(tag, false, /*table_scope=*/true);
      return;
    }
    if (tag == Tag::kUnknown) {
      // Unknown elements are matched by name; they are not special.
      for (std::size_t i = stack_.size(); i-- > 2;) {
        Node* n = stack_[i];
        if (n->tag == Tag::kUnknown && n->name == token.name) {
          stack_.resize(i);
          return;
        }
        if (IsSpecial(n->tag) || IsScopeBoundary(n->tag)) return;
      }
      return;
    }
    // Special elements close within scope; inline ones cannot close past a special element.
    PopTo(tag, /*stop_at_special=*/!IsSpecial(tag));
  }

  bool IsForeign(const Node* n) const { return foreign_depth_marker(n); }
  bool foreign_depth_marker(const Node* n) const {
    // A node is foreign when it or an ancestor on the stack is svg/math. We check the stack.
    for (const Node* p = n; p != nullptr; p = p->parent) {
      if (p->tag == Tag::k_svg || p->tag == Tag::k_math) return true;
      if (p->tag != Tag::kUnknown && !IsForeignName(p)) return false;
    }
    return false;
  }
  static bool IsForeignName(const Node* n) {
    // Known HTML tags that also occur inside svg/math with the same name.
    return n->tag == Tag::k_a || n->tag == Tag::k_title || n->tag == Tag::k_style ||
           n->tag == Tag::k_script || n->tag == Tag::k_font;
  }
  bool InForeignContent() const { return stack_.size() > 2 && IsForeign(stack_.back()); }

  void CopyAttributes(Node* element, const Token& token) {
    if (token.attribute_count == 0) return;
    element->attributes = arena_->NewArray<dom::Attribute>(token.attribute_count);
    for (uint32_t i = 0; i < token.attribute_count; ++i) element->attributes[i] = token.attributes[i];
    element->attribute_count = token.attribute_count;
  }

  Tokenizer tokenizer_;
  const TreeBuilderOptions& options_;
  Arena* arena_;
  dom::Document* doc_;
  std::vector<Node*>& stack_;
};

}  // namespace

void TreeBuilder::Build(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
                        dom::Document* doc) {
  Builder(input, options, arena, doc, &stack_).Run();
}

}  // namespace newsdesk::html
