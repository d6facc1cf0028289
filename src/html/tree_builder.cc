#include "html/tree_builder.h"

#include <string>

#include "html/foreign_names.h"
#include "html/tree_builder_internal.h"
#include "util/ascii.h"

namespace newsdesk::html {
namespace internal {

bool IsSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::size_t LeadingSpace(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && IsSpaceChar(s[i])) ++i;
  return i;
}

bool IsHeading(Tag t) {
  return t == Tag::k_h1 || t == Tag::k_h2 || t == Tag::k_h3 || t == Tag::k_h4 || t == Tag::k_h5 ||
         t == Tag::k_h6;
}

bool IsMathMlTextIntegrationPoint(const Node* n) {
  return n->ns == Namespace::kMathMl &&
         (n->tag == Tag::k_mi || n->tag == Tag::k_mo || n->tag == Tag::k_mn ||
          n->tag == Tag::k_ms || n->tag == Tag::k_mtext);
}

namespace {

bool IsSvgHtmlIntegrationPoint(const Node* n) {
  return n->ns == Namespace::kSvg &&
         (n->tag == Tag::k_foreignobject || n->tag == Tag::k_desc || n->tag == Tag::k_title);
}

// Foreign elements that bound every scope.
bool IsForeignScopeBoundary(const Node* n) {
  if (n->ns == Namespace::kMathMl)
    return IsMathMlTextIntegrationPoint(n) || n->name == "annotation-xml";
  return IsSvgHtmlIntegrationPoint(n);
}

bool IsHtmlScopeBoundary(Tag t) {
  switch (t) {
    case Tag::k_applet:
    case Tag::k_caption:
    case Tag::k_html:
    case Tag::k_table:
    case Tag::k_td:
    case Tag::k_th:
    case Tag::k_marquee:
    case Tag::k_object:
    case Tag::k_template:
      return true;
    default:
      return false;
  }
}

bool SameAttributes(const Node* a, const Node* b) {
  if (a->attribute_count != b->attribute_count) return false;
  for (uint32_t i = 0; i < a->attribute_count; ++i) {
    bool found = false;
    std::string_view v = b->Attr(a->attributes[i].name, &found);
    if (!found || v != a->attributes[i].value) return false;
  }
  return true;
}

bool SameElementName(const Node* a, const Node* b) {
  return a->ns == b->ns && a->tag == b->tag && (a->tag != Tag::kUnknown || a->name == b->name);
}

}  // namespace

bool IsHtmlIntegrationPoint(const Node* n) {
  if (IsSvgHtmlIntegrationPoint(n)) return true;
  if (n->ns != Namespace::kMathMl || n->name != "annotation-xml") return false;
  std::string_view encoding = n->Attr("encoding");
  return EqualsIgnoreAsciiCase(encoding, "text/html") ||
         EqualsIgnoreAsciiCase(encoding, "application/xhtml+xml");
}

bool IsSpecial(const Node* n) {
  if (n->ns != Namespace::kHtml) return IsForeignScopeBoundary(n);
  switch (n->tag) {
    case Tag::k_address:
    case Tag::k_applet:
    case Tag::k_area:
    case Tag::k_article:
    case Tag::k_aside:
    case Tag::k_base:
    case Tag::k_basefont:
    case Tag::k_bgsound:
    case Tag::k_blockquote:
    case Tag::k_body:
    case Tag::k_br:
    case Tag::k_button:
    case Tag::k_caption:
    case Tag::k_center:
    case Tag::k_col:
    case Tag::k_colgroup:
    case Tag::k_dd:
    case Tag::k_details:
    case Tag::k_dir:
    case Tag::k_div:
    case Tag::k_dl:
    case Tag::k_dt:
    case Tag::k_embed:
    case Tag::k_fieldset:
    case Tag::k_figcaption:
    case Tag::k_figure:
    case Tag::k_footer:
    case Tag::k_form:
    case Tag::k_frame:
    case Tag::k_frameset:
    case Tag::k_head:
    case Tag::k_header:
    case Tag::k_hgroup:
    case Tag::k_hr:
    case Tag::k_html:
    case Tag::k_iframe:
    case Tag::k_img:
    case Tag::k_input:
    case Tag::k_keygen:
    case Tag::k_li:
    case Tag::k_link:
    case Tag::k_listing:
    case Tag::k_main:
    case Tag::k_marquee:
    case Tag::k_menu:
    case Tag::k_meta:
    case Tag::k_nav:
    case Tag::k_noembed:
    case Tag::k_noframes:
    case Tag::k_noscript:
    case Tag::k_object:
    case Tag::k_ol:
    case Tag::k_p:
    case Tag::k_param:
    case Tag::k_plaintext:
    case Tag::k_pre:
    case Tag::k_script:
    case Tag::k_search:
    case Tag::k_section:
    case Tag::k_select:
    case Tag::k_source:
    case Tag::k_style:
    case Tag::k_summary:
    case Tag::k_table:
    case Tag::k_tbody:
    case Tag::k_td:
    case Tag::k_template:
    case Tag::k_textarea:
    case Tag::k_tfoot:
    case Tag::k_th:
    case Tag::k_thead:
    case Tag::k_title:
    case Tag::k_tr:
    case Tag::k_track:
    case Tag::k_ul:
    case Tag::k_wbr:
    case Tag::k_xmp:
      return true;
    default:
      return IsHeading(n->tag);
  }
}

Builder::Builder(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
                 dom::Document* doc, std::vector<Node*>* stack, std::vector<Node*>* formatting)
    : tokenizer_(input, arena),
      options_(options),
      arena_(arena),
      doc_(doc),
      stack_(*stack),
      formatting_(*formatting) {
  *doc_ = dom::Document{};
  stack_.clear();
  formatting_.clear();
  doc_->root = NewNode(NodeKind::kDocument, Tag::kUnknown, {});
}

// ---- nodes ----

Node* Builder::NewNode(NodeKind kind, Tag tag, std::string_view name) {
  Node* n = arena_->New<Node>();
  n->kind = kind;
  n->tag = tag;
  n->name = name;
  return n;
}

Node* Builder::CreateElement(const Token& t, Namespace ns) {
  std::string_view name = t.name;
  if (ns == Namespace::kSvg) name = AdjustSvgTagName(name);
  Node* e = NewNode(NodeKind::kElement, t.tag, name);
  e->ns = ns;
  if (t.attribute_count > 0) {
    e->attributes = arena_->NewArray<dom::Attribute>(t.attribute_count);
    for (uint32_t i = 0; i < t.attribute_count; ++i) {
      dom::Attribute a = t.attributes[i];
      if (ns == Namespace::kSvg) a.name = AdjustSvgAttributeName(a.name);
      if (ns == Namespace::kMathMl) a.name = AdjustMathMlAttributeName(a.name);
      e->attributes[i] = a;
    }
    e->attribute_count = t.attribute_count;
  }
  return e;
}

Node* Builder::CloneElement(const Node* n) {
  Node* e = NewNode(NodeKind::kElement, n->tag, n->name);
  e->ns = n->ns;
  e->attributes = n->attributes;  // attributes are never modified after creation... except
  e->attribute_count = n->attribute_count;  // html/body merging, which never clones
  return e;
}

Builder::Place Builder::AppropriatePlace(Node* override_target) {
  Node* target = override_target ? override_target : Current();
  if (foster_parenting_ && target->ns == Namespace::kHtml &&
      (target->tag == Tag::k_table || target->tag == Tag::k_tbody || target->tag == Tag::k_tfoot ||
       target->tag == Tag::k_thead || target->tag == Tag::k_tr)) {
    // Foster parenting: before the last table, unless a template is open above it.
    for (std::size_t i = stack_.size(); i-- > 0;) {
      Node* n = stack_[i];
      if (n->is(Tag::k_template)) return {n, nullptr};
      if (n->is(Tag::k_table)) {
        if (n->parent) return {n->parent, n};
        return {stack_[i - 1], nullptr};
      }
    }
    return {stack_[0], nullptr};
  }
  return {target, nullptr};
}

void Builder::InsertAt(Place place, Node* node) {
  dom::InsertBefore(place.parent, node, place.before);
}

Node* Builder::InsertElement(const Token& t, Namespace ns) {
  if (stack_.size() >= options_.max_depth) {
    doc_->depth_limited = true;
    if (&t == input_token_ && !t.self_closing) ++phantom_open_[static_cast<std::size_t>(t.tag)];
    return nullptr;
  }
  Node* e = CreateElement(t, ns);
  InsertAt(AppropriatePlace(), e);
  Push(e);
  return e;
}

void Builder::InsertVoidElement(const Token& t, Namespace ns) {
  InsertAt(AppropriatePlace(), CreateElement(t, ns));
}

Node* Builder::InsertHtmlElementNamed(Tag tag) {
  Token t;
  t.kind = TokenKind::kStartTag;
  t.tag = tag;
  t.name = TagName(tag);
  return InsertElement(t);
}

void Builder::InsertText(std::string_view text) {
  if (text.empty()) return;
  Place place = AppropriatePlace();
  if (place.parent->kind == NodeKind::kDocument) return;
  InsertAt(place, NewNode(NodeKind::kText, Tag::kUnknown, text));
}

void Builder::InsertComment(std::string_view text, Node* parent) {
  if (!options_.keep_comments) return;
  Node* c = NewNode(NodeKind::kComment, Tag::kUnknown, text);
  if (parent) {
    dom::AppendChild(parent, c);
  } else {
    InsertAt(AppropriatePlace(), c);
  }
}

// ---- the stack of open elements ----

void Builder::Push(Node* n) {
  stack_.push_back(n);
  if (stack_.size() > doc_->max_depth_reached) doc_->max_depth_reached = stack_.size();
}

void Builder::Pop() {
  if (stack_.size() > 1) stack_.pop_back();
}

void Builder::PopUntil(Tag tag) {
  while (stack_.size() > 1) {
    bool match = Current()->is(tag);
    stack_.pop_back();
    if (match) return;
  }
}

void Builder::PopUntilHeading() {
  while (stack_.size() > 1) {
    Node* n = Current();
    stack_.pop_back();
    if (n->ns == Namespace::kHtml && IsHeading(n->tag)) return;
  }
}

void Builder::PopUntilNode(const Node* n) {
  while (stack_.size() > 1) {
    Node* top = Current();
    stack_.pop_back();
    if (top == n) return;
  }
}

void Builder::RemoveFromStack(const Node* n) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    if (stack_[i] == n) {
      stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

bool Builder::OnStack(const Node* n) const {
  for (std::size_t i = stack_.size(); i-- > 0;)
    if (stack_[i] == n) return true;
  return false;
}

bool Builder::HasInScope(Tag tag, Scope scope) const {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Node* n = stack_[i];
    if (n->is(tag)) return true;
    if (scope == Scope::kSelect) {
      if (!n->is(Tag::k_optgroup) && !n->is(Tag::k_option)) return false;
      continue;
    }
    if (n->ns == Namespace::kHtml) {
      Tag t = n->tag;
      if (scope == Scope::kTable) {
        if (t == Tag::k_html || t == Tag::k_table || t == Tag::k_template) return false;
        continue;
      }
      if (IsHtmlScopeBoundary(t)) return false;
      if (scope == Scope::kListItem && (t == Tag::k_ol || t == Tag::k_ul)) return false;
      if (scope == Scope::kButton && t == Tag::k_button) return false;
    } else if (scope != Scope::kTable && IsForeignScopeBoundary(n)) {
      return false;
    }
  }
  return false;
}

bool Builder::HasHeadingInScope() const {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Node* n = stack_[i];
    if (n->ns == Namespace::kHtml) {
      if (IsHeading(n->tag)) return true;
      if (IsHtmlScopeBoundary(n->tag)) return false;
    } else if (IsForeignScopeBoundary(n)) {
      return false;
    }
  }
  return false;
}

bool Builder::HasNodeInScope(const Node* target) const {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Node* n = stack_[i];
    if (n == target) return true;
    if (n->ns == Namespace::kHtml ? IsHtmlScopeBoundary(n->tag) : IsForeignScopeBoundary(n))
      return false;
  }
  return false;
}

bool Builder::TemplateOnStack() const {
  for (const Node* n : stack_)
    if (n->is(Tag::k_template)) return true;
  return false;
}

void Builder::GenerateImpliedEndTags(Tag except) {
  while (stack_.size() > 1) {
    const Node* n = Current();
    if (n->ns != Namespace::kHtml || n->tag == except) return;
    switch (n->tag) {
      case Tag::k_dd:
      case Tag::k_dt:
      case Tag::k_li:
      case Tag::k_optgroup:
      case Tag::k_option:
      case Tag::k_p:
      case Tag::k_rb:
      case Tag::k_rp:
      case Tag::k_rt:
      case Tag::k_rtc:
        stack_.pop_back();
        break;
      default:
        return;
    }
  }
}

void Builder::PopOutOfForeignContent() {
  while (stack_.size() > 1) {
    const Node* n = Current();
    if (n->ns == Namespace::kHtml || IsMathMlTextIntegrationPoint(n) || IsHtmlIntegrationPoint(n))
      return;
    stack_.pop_back();
  }
}

void Builder::GenerateImpliedEndTagsThoroughly() {
  while (stack_.size() > 1) {
    const Node* n = Current();
    if (n->ns != Namespace::kHtml) return;
    switch (n->tag) {
      case Tag::k_caption:
      case Tag::k_colgroup:
      case Tag::k_dd:
      case Tag::k_dt:
      case Tag::k_li:
      case Tag::k_optgroup:
      case Tag::k_option:
      case Tag::k_p:
      case Tag::k_rb:
      case Tag::k_rp:
      case Tag::k_rt:
      case Tag::k_rtc:
      case Tag::k_tbody:
      case Tag::k_td:
      case Tag::k_tfoot:
      case Tag::k_th:
      case Tag::k_thead:
      case Tag::k_tr:
        stack_.pop_back();
        break;
      default:
        return;
    }
  }
}

void Builder::ClosePIfInButtonScope() {
  if (!HasInScope(Tag::k_p, Scope::kButton)) return;
  GenerateImpliedEndTags(Tag::k_p);
  PopUntil(Tag::k_p);
}

void Builder::ClearStackBackTo(std::initializer_list<Tag> tags) {
  while (stack_.size() > 1) {
    const Node* n = Current();
    if (n->ns == Namespace::kHtml) {
      if (n->tag == Tag::k_html || n->tag == Tag::k_template) return;
      for (Tag t : tags)
        if (n->tag == t) return;
    }
    stack_.pop_back();
  }
}

void Builder::ResetInsertionMode() {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    Node* node = stack_[i];
    bool last = i == 0;
    if (last && context_ != nullptr) node = context_;
    if (node->ns == Namespace::kHtml) {
      switch (node->tag) {
        case Tag::k_td:
        case Tag::k_th:
          if (!last) {
            mode_ = Mode::kInCell;
            return;
          }
          break;
        case Tag::k_tr:
          mode_ = Mode::kInRow;
          return;
        case Tag::k_tbody:
        case Tag::k_thead:
        case Tag::k_tfoot:
          mode_ = Mode::kInTableBody;
          return;
        case Tag::k_caption:
          mode_ = Mode::kInCaption;
          return;
        case Tag::k_colgroup:
          mode_ = Mode::kInColumnGroup;
          return;
        case Tag::k_table:
          mode_ = Mode::kInTable;
          return;
        case Tag::k_template:
          mode_ = template_modes_.empty() ? Mode::kInBody : template_modes_.back();
          return;
        case Tag::k_head:
          if (!last) {
            mode_ = Mode::kInHead;
            return;
          }
          break;
        case Tag::k_body:
          mode_ = Mode::kInBody;
          return;
        case Tag::k_frameset:
          mode_ = Mode::kInFrameset;
          return;
        case Tag::k_html:
          mode_ = head_ == nullptr ? Mode::kBeforeHead : Mode::kAfterHead;
          return;
        default:
          break;
      }
    }
    if (last) {
      mode_ = Mode::kInBody;
      return;
    }
  }
  mode_ = Mode::kInBody;
}

// ---- the list of active formatting elements ----

void Builder::PushFormatting(Node* n) {
  std::size_t after_marker = formatting_.size();
  while (after_marker > 0 && formatting_[after_marker - 1] != nullptr) --after_marker;
  // Noah's Ark: at most three entries with the same name and attributes.
  int same = 0;
  std::size_t earliest = formatting_.size();
  for (std::size_t i = formatting_.size(); i-- > after_marker;) {
    const Node* e = formatting_[i];
    if (SameElementName(e, n) && SameAttributes(e, n)) {
      ++same;
      earliest = i;
    }
  }
  if (same >= 3) formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
  // Our bound on distinct entries (see tree_builder.h).
  if (formatting_.size() - after_marker >= kMaxFormattingElements)
    formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(after_marker));
  formatting_.push_back(n);
}

void Builder::ClearFormattingToMarker() {
  while (!formatting_.empty()) {
    Node* e = formatting_.back();
    formatting_.pop_back();
    if (e == nullptr) return;
  }
}

void Builder::RemoveFromFormatting(const Node* n) {
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i] == n) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

void Builder::ReconstructFormatting() {
  if (formatting_.empty()) return;
  Node* last = formatting_.back();
  if (last == nullptr || OnStack(last)) return;
  std::size_t i = formatting_.size() - 1;
  while (i > 0) {
    Node* e = formatting_[i - 1];
    if (e == nullptr || OnStack(e)) break;
    --i;
  }
  for (; i < formatting_.size(); ++i) {
    if (stack_.size() >= options_.max_depth) {
      doc_->depth_limited = true;
      return;
    }
    Node* e = CloneElement(formatting_[i]);
    InsertAt(AppropriatePlace(), e);
    Push(e);
    formatting_[i] = e;
  }
}

bool Builder::RunAdoptionAgency(const Token& t) {
  auto matches = [&](const Node* n) {
    return n->ns == Namespace::kHtml && n->tag == t.tag &&
           (t.tag != Tag::kUnknown || n->name == t.name);
  };
  Node* current = Current();
  if (matches(current)) {
    bool listed = false;
    for (const Node* e : formatting_) listed |= (e == current);
    if (!listed) {
      Pop();
      return true;
    }
  }
  for (int outer = 0; outer < 8; ++outer) {
    // The formatting element: the last entry after the last marker with the token's name.
    std::size_t fe_index = formatting_.size();
    for (std::size_t i = formatting_.size(); i-- > 0;) {
      if (formatting_[i] == nullptr) break;
      if (matches(formatting_[i])) {
        fe_index = i;
        break;
      }
    }
    if (fe_index == formatting_.size()) return false;
    Node* formatting_element = formatting_[fe_index];
    std::size_t fe_stack = stack_.size();
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i] == formatting_element) {
        fe_stack = i;
        break;
      }
    }
    if (fe_stack == stack_.size()) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(fe_index));
      return true;
    }
    if (!HasNodeInScope(formatting_element)) return true;
    // The furthest block: the first special element below the formatting element.
    std::size_t fb_stack = stack_.size();
    for (std::size_t i = fe_stack + 1; i < stack_.size(); ++i) {
      if (IsSpecial(stack_[i])) {
        fb_stack = i;
        break;
      }
    }
    if (fb_stack == stack_.size()) {
      stack_.resize(fe_stack);
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(fe_index));
      return true;
    }
    Node* furthest_block = stack_[fb_stack];
    Node* common_ancestor = stack_[fe_stack - 1];
    std::size_t bookmark = fe_index;
    Node* last_node = furthest_block;
    std::size_t node_stack = fb_stack;
    for (int inner = 1;; ++inner) {
      --node_stack;
      Node* node = stack_[node_stack];
      if (node == formatting_element) break;
      std::size_t node_list = formatting_.size();
      for (std::size_t i = formatting_.size(); i-- > 0;) {
        if (formatting_[i] == node) {
          node_list = i;
          break;
        }
      }
      if (inner > 3 && node_list != formatting_.size()) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(node_list));
        if (node_list < bookmark) --bookmark;
        node_list = formatting_.size();
      }
      if (node_list == formatting_.size()) {
        stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(node_stack));
        continue;
      }
      Node* replacement = CloneElement(node);
      formatting_[node_list] = replacement;
      stack_[node_stack] = replacement;
      node = replacement;
      if (last_node == furthest_block) bookmark = node_list + 1;
      dom::RemoveFromParent(last_node);
      dom::AppendChild(node, last_node);
      last_node = node;
    }
    dom::RemoveFromParent(last_node);
    InsertAt(AppropriatePlace(common_ancestor), last_node);
    Node* replacement = CloneElement(formatting_element);
    while (Node* child = furthest_block->first_child) {
      dom::RemoveFromParent(child);
      dom::AppendChild(replacement, child);
    }
    dom::AppendChild(furthest_block, replacement);
    // Move the entry to the bookmark; the formatting element's own entry goes.
    formatting_.insert(formatting_.begin() + static_cast<std::ptrdiff_t>(bookmark), replacement);
    for (std::size_t i = 0; i < formatting_.size(); ++i) {
      if (formatting_[i] == formatting_element) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
    RemoveFromStack(formatting_element);
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i] == furthest_block) {
        stack_.insert(stack_.begin() + static_cast<std::ptrdiff_t>(i + 1), replacement);
        break;
      }
    }
  }
  return true;
}

void Builder::StartGenericText(const Token& t, Tokenizer::ContentModel model) {
  if (InsertElement(t) == nullptr) return;
  tokenizer_.SwitchTo(model);
  original_mode_ = mode_;
  mode_ = Mode::kText;
}

std::string_view Builder::SpacesOnly(std::string_view text) {
  std::string spaces;
  for (char c : text)
    if (IsSpaceChar(c)) spaces.push_back(c);
  return arena_->Copy(spaces);
}

std::string_view Builder::WithoutNul(std::string_view text) {
  if (text.find('\0') == std::string_view::npos) return text;
  std::string kept;
  kept.reserve(text.size());
  for (char c : text)
    if (c != '\0') kept.push_back(c);
  return arena_->Copy(kept);
}

void Builder::SetFragmentContext(std::string_view name, Namespace ns) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  Token t;
  t.kind = TokenKind::kStartTag;
  t.name = arena_->Copy(lower);
  t.tag = LookupTag(t.name);
  context_ = CreateElement(t, ns);
  Node* html = NewNode(NodeKind::kElement, Tag::k_html, "html");
  dom::AppendChild(doc_->root, html);
  Push(html);
  if (ns == Namespace::kHtml) {
    Tokenizer::ContentModel model;
    if (t.tag == Tag::k_noscript) {
      // scripting off: ordinary markup
    } else if (ContentModelFor(t.tag, &model)) {
      tokenizer_.SwitchTo(model);  // no start tag was emitted: no end tag is "appropriate"
    }
  }
  if (context_->is(Tag::k_template)) template_modes_.push_back(Mode::kInTemplate);
  ResetInsertionMode();
  for (Node* n = context_; n; n = n->parent)
    if (n->is(Tag::k_form)) form_ = n;
}

void Builder::Run() {
  Token token;
  while (true) {
    Node* adjusted = AdjustedCurrent();
    tokenizer_.set_cdata_allowed(adjusted != nullptr && adjusted->ns != Namespace::kHtml);
    tokenizer_.Next(&token);
    if (skip_newline_) {
      skip_newline_ = false;
      if (token.kind == TokenKind::kText && !token.name.empty()) {
        std::string_view& s = token.name;
        if (s.substr(0, 2) == "\r\n") {
          s.remove_prefix(2);
        } else if (s[0] == '\n' || s[0] == '\r') {
          s.remove_prefix(1);
        }
        if (s.empty()) continue;
      }
    }
    if (token.kind == TokenKind::kEndTag) {
      uint32_t& phantoms = phantom_open_[static_cast<std::size_t>(token.tag)];
      if (phantoms > 0) {  // closes an element the depth limit did not create
        --phantoms;
        continue;
      }
    }
    input_token_ = &token;
    Process(token);
    input_token_ = nullptr;
    if (token.kind == TokenKind::kEof) break;
  }
  // Document order indexes, and the document's landmarks.
  uint32_t index = 0;
  for (Node* n = doc_->root; n != nullptr;) {
    n->index = index++;
    if (n->first_child) {
      n = n->first_child;
      continue;
    }
    while (n != nullptr && n->next_sibling == nullptr) n = n->parent;
    if (n) n = n->next_sibling;
  }
  doc_->node_count = index;
  for (Node* n = doc_->root->first_child; n; n = n->next_sibling)
    if (n->is(Tag::k_html)) doc_->html = n;
  if (doc_->html) {
    for (Node* n = doc_->html->first_child; n; n = n->next_sibling) {
      if (n->is(Tag::k_head) && !doc_->head) doc_->head = n;
      if (n->is(Tag::k_body) && !doc_->body) doc_->body = n;
    }
    if (!doc_->body) doc_->body = doc_->html;
  }
}

}  // namespace internal

void TreeBuilder::Build(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
                        dom::Document* doc) {
  internal::Builder builder(input, options, arena, doc, &stack_, &formatting_);
  builder.Run();
}

void TreeBuilder::BuildFragment(std::string_view input, std::string_view context_name,
                                dom::Namespace context_ns, const TreeBuilderOptions& options,
                                Arena* arena, dom::Document* doc) {
  internal::Builder builder(input, options, arena, doc, &stack_, &formatting_);
  builder.SetFragmentContext(context_name, context_ns);
  builder.Run();
}

}  // namespace newsdesk::html
