// One handler per insertion mode of the WHATWG tree construction algorithm, plus the rules for
// foreign content. Each returns true when the token must be reprocessed (in the mode the
// handler switched to). Parse errors are not reported.
#include <algorithm>
#include <string>

#include "html/tree_builder_internal.h"
#include "util/ascii.h"

namespace newsdesk::html::internal {
namespace {

bool IsOneOf(Tag t, std::initializer_list<Tag> tags) {
  return std::find(tags.begin(), tags.end(), t) != tags.end();
}

bool StartsWithNoCase(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         EqualsIgnoreAsciiCase(s.substr(0, lower_prefix.size()), lower_prefix);
}

std::string_view TokenAttr(const Token& t, std::string_view name, bool* found = nullptr) {
  for (uint32_t i = 0; i < t.attribute_count; ++i) {
    if (t.attributes[i].name == name) {
      if (found) *found = true;
      return t.attributes[i].value;
    }
  }
  if (found) *found = false;
  return {};
}

bool IsEnd(const Token& t, Tag tag) { return t.kind == TokenKind::kEndTag && t.tag == tag; }
bool IsSpaceText(const Token& t) {
  return t.kind == TokenKind::kText && LeadingSpace(t.name) == t.name.size();
}

// Splits a text token: `t` keeps the non-space rest, the leading whitespace is returned.
std::string_view TakeLeadingSpace(Token& t) {
  std::size_t n = LeadingSpace(t.name);
  std::string_view space = t.name.substr(0, n);
  t.name.remove_prefix(n);
  return space;
}

// The doctype public identifier prefixes that put a document in quirks mode.
constexpr std::string_view kQuirksPublicPrefixes[] = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

}  // namespace

void Builder::SetQuirksFromDoctype(const Token& t) {
  if (t.force_quirks || t.name != "html") {
    quirks_ = true;
    return;
  }
  std::string_view pub = t.public_id;
  if (t.has_public_id) {
    if (EqualsIgnoreAsciiCase(pub, "-//w3o//dtd w3 html strict 3.0//en//") ||
        EqualsIgnoreAsciiCase(pub, "-/w3c/dtd html 4.0 transitional/en") ||
        EqualsIgnoreAsciiCase(pub, "html")) {
      quirks_ = true;
      return;
    }
    for (std::string_view prefix : kQuirksPublicPrefixes) {
      if (StartsWithNoCase(pub, prefix)) {
        quirks_ = true;
        return;
      }
    }
    if (!t.has_system_id && (StartsWithNoCase(pub, "-//w3c//dtd html 4.01 frameset//") ||
                             StartsWithNoCase(pub, "-//w3c//dtd html 4.01 transitional//"))) {
      quirks_ = true;
      return;
    }
  }
  if (t.has_system_id &&
      EqualsIgnoreAsciiCase(t.system_id,
                            "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"))
    quirks_ = true;
}

// ---- dispatch ----

bool Builder::UseHtmlRules(const Token& t) const {
  if (stack_.empty() || t.kind == TokenKind::kEof) return true;
  const Node* n = AdjustedCurrent();
  if (n->ns == Namespace::kHtml) return true;  // nearly always
  bool start = t.kind == TokenKind::kStartTag;
  bool text = t.kind == TokenKind::kText;
  if (IsMathMlTextIntegrationPoint(n)) {
    if (start && t.tag != Tag::k_mglyph && t.tag != Tag::k_malignmark) return true;
    if (text) return true;
  }
  if (n->ns == Namespace::kMathMl && n->name == "annotation-xml" && start && t.tag == Tag::k_svg)
    return true;
  return IsHtmlIntegrationPoint(n) && (start || text);
}

void Builder::Process(Token& t) {
  for (int guard = 0; guard < 64; ++guard) {
    bool again = UseHtmlRules(t) ? InMode(mode_, t) : ForeignContent(t);
    if (!again) return;
  }
}

bool Builder::InMode(Mode mode, Token& t) {
  switch (mode) {
    case Mode::kInitial:
      return Initial(t);
    case Mode::kBeforeHtml:
      return BeforeHtml(t);
    case Mode::kBeforeHead:
      return BeforeHead(t);
    case Mode::kInHead:
      return InHead(t);
    case Mode::kInHeadNoscript:
      return InHeadNoscript(t);
    case Mode::kAfterHead:
      return AfterHead(t);
    case Mode::kInBody:
      return InBody(t);
    case Mode::kText:
      return TextMode(t);
    case Mode::kInTable:
      return InTable(t);
    case Mode::kInTableText:
      return InTableText(t);
    case Mode::kInCaption:
      return InCaption(t);
    case Mode::kInColumnGroup:
      return InColumnGroup(t);
    case Mode::kInTableBody:
      return InTableBody(t);
    case Mode::kInRow:
      return InRow(t);
    case Mode::kInCell:
      return InCell(t);
    case Mode::kInTemplate:
      return InTemplate(t);
    case Mode::kAfterBody:
      return AfterBody(t);
    case Mode::kInFrameset:
      return InFrameset(t);
    case Mode::kAfterFrameset:
      return AfterFrameset(t);
    case Mode::kAfterAfterBody:
      return AfterAfterBody(t);
    case Mode::kAfterAfterFrameset:
      return AfterAfterFrameset(t);
  }
  return false;
}

// ---- before the body ----

bool Builder::Initial(Token& t) {
  if (t.kind == TokenKind::kText) {
    TakeLeadingSpace(t);
    if (t.name.empty()) return false;
  } else if (t.kind == TokenKind::kComment) {
    InsertComment(t.name, doc_->root);
    return false;
  } else if (t.kind == TokenKind::kDoctype) {
    if (options_.keep_comments) {
      Node* d = NewNode(NodeKind::kDoctype, Tag::kUnknown, t.name);
      int count = (t.has_public_id ? 1 : 0) + (t.has_system_id ? 1 : 0);
      if (count > 0) {
        d->attributes = arena_->NewArray<dom::Attribute>(count);
        if (t.has_public_id) d->attributes[d->attribute_count++] = {"publicId", t.public_id};
        if (t.has_system_id) d->attributes[d->attribute_count++] = {"systemId", t.system_id};
      }
      dom::AppendChild(doc_->root, d);
    }
    SetQuirksFromDoctype(t);
    mode_ = Mode::kBeforeHtml;
    return false;
  }
  quirks_ = true;
  mode_ = Mode::kBeforeHtml;
  return true;
}

bool Builder::BeforeHtml(Token& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kComment:
      InsertComment(t.name, doc_->root);
      return false;
    case TokenKind::kText:
      TakeLeadingSpace(t);
      if (t.name.empty()) return false;
      break;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) {
        Node* html = CreateElement(t, Namespace::kHtml);
        dom::AppendChild(doc_->root, html);
        Push(html);
        mode_ = Mode::kBeforeHead;
        return false;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {Tag::k_head, Tag::k_body, Tag::k_html, Tag::k_br})) return false;
      break;
    case TokenKind::kEof:
      break;
  }
  Node* html = NewNode(NodeKind::kElement, Tag::k_html, "html");
  dom::AppendChild(doc_->root, html);
  Push(html);
  mode_ = Mode::kBeforeHead;
  return true;
}

bool Builder::BeforeHead(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      TakeLeadingSpace(t);
      if (t.name.empty()) return false;
      break;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (t.tag == Tag::k_head) {
        head_ = InsertElement(t);
        mode_ = Mode::kInHead;
        return false;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {Tag::k_head, Tag::k_body, Tag::k_html, Tag::k_br})) return false;
      break;
    case TokenKind::kEof:
      break;
  }
  head_ = InsertHtmlElementNamed(Tag::k_head);
  mode_ = Mode::kInHead;
  return true;
}

bool Builder::InHead(Token& t) {
  switch (t.kind) {
    case TokenKind::kText: {
      InsertText(TakeLeadingSpace(t));
      if (t.name.empty()) return false;
      break;
    }
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::k_html:
          return InBody(t);
        case Tag::k_base:
        case Tag::k_basefont:
        case Tag::k_bgsound:
        case Tag::k_link:
        case Tag::k_meta:
          InsertVoidElement(t);
          return false;
        case Tag::k_title:
          StartGenericText(t, Tokenizer::ContentModel::kRcData);
          return false;
        case Tag::k_noscript:
          if (InsertElement(t)) mode_ = Mode::kInHeadNoscript;
          return false;
        case Tag::k_noframes:
        case Tag::k_style:
          StartGenericText(t, Tokenizer::ContentModel::kRawText);
          return false;
        case Tag::k_script:
          StartGenericText(t, Tokenizer::ContentModel::kScriptData);
          return false;
        case Tag::k_template:
          if (InsertElement(t) == nullptr) return false;
          PushMarker();
          frameset_ok_ = false;
          mode_ = Mode::kInTemplate;
          template_modes_.push_back(Mode::kInTemplate);
          return false;
        case Tag::k_head:
          return false;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_head) {
        Pop();
        mode_ = Mode::kAfterHead;
        return false;
      }
      if (t.tag == Tag::k_template) {
        if (!TemplateOnStack()) return false;
        GenerateImpliedEndTagsThoroughly();
        PopUntil(Tag::k_template);
        ClearFormattingToMarker();
        if (!template_modes_.empty()) template_modes_.pop_back();
        ResetInsertionMode();
        return false;
      }
      if (!IsOneOf(t.tag, {Tag::k_body, Tag::k_html, Tag::k_br})) return false;
      break;
    case TokenKind::kEof:
      break;
  }
  Pop();  // the head
  mode_ = Mode::kAfterHead;
  return true;
}

bool Builder::InHeadNoscript(Token& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kComment:
      return InHead(t);
    case TokenKind::kText: {
      std::string_view space = TakeLeadingSpace(t);
      InsertText(space);
      if (t.name.empty()) return false;
      break;
    }
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (IsOneOf(t.tag, {Tag::k_basefont, Tag::k_bgsound, Tag::k_link, Tag::k_meta,
                          Tag::k_noframes, Tag::k_style}))
        return InHead(t);
      if (t.tag == Tag::k_head || t.tag == Tag::k_noscript) return false;
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_noscript) {
        Pop();
        mode_ = Mode::kInHead;
        return false;
      }
      if (t.tag != Tag::k_br) return false;
      break;
    case TokenKind::kEof:
      break;
  }
  Pop();
  mode_ = Mode::kInHead;
  return true;
}

bool Builder::AfterHead(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InsertText(TakeLeadingSpace(t));
      if (t.name.empty()) return false;
      break;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::k_html:
          return InBody(t);
        case Tag::k_body:
          InsertElement(t);
          frameset_ok_ = false;
          mode_ = Mode::kInBody;
          return false;
        case Tag::k_frameset:
          InsertElement(t);
          mode_ = Mode::kInFrameset;
          return false;
        case Tag::k_base:
        case Tag::k_basefont:
        case Tag::k_bgsound:
        case Tag::k_link:
        case Tag::k_meta:
        case Tag::k_noframes:
        case Tag::k_script:
        case Tag::k_style:
        case Tag::k_template:
        case Tag::k_title: {
          if (head_ == nullptr) return false;
          Push(head_);
          bool again = InHead(t);
          RemoveFromStack(head_);
          return again;
        }
        case Tag::k_head:
          return false;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_template) return InHead(t);
      if (!IsOneOf(t.tag, {Tag::k_body, Tag::k_html, Tag::k_br})) return false;
      break;
    case TokenKind::kEof:
      break;
  }
  InsertHtmlElementNamed(Tag::k_body);
  mode_ = Mode::kInBody;
  return true;
}

// ---- in body ----

void Builder::InBodyText(std::string_view text, bool has_nul) {
  if (has_nul) {
    text = WithoutNul(text);
    if (text.empty()) return;
  }
  ReconstructFormatting();
  InsertText(text);
  if (frameset_ok_ && LeadingSpace(text) != text.size()) frameset_ok_ = false;
}

bool Builder::InBody(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InBodyText(t.name, t.has_nul);
      return false;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      return InBodyStartTag(t);
    case TokenKind::kEndTag:
      return InBodyEndTag(t);
    case TokenKind::kEof:
      if (!template_modes_.empty()) return InTemplate(t);
      return false;
  }
  return false;
}

// function-size: allowed: the spec's "in body" start-tag rules, one case per tag group.
bool Builder::InBodyStartTag(Token& t) {
  auto merge_attributes = [&](Node* target) {
    // Adds the token's attributes the element does not have yet.
    uint32_t extra = 0;
    for (uint32_t i = 0; i < t.attribute_count; ++i)
      if (!target->HasAttr(t.attributes[i].name)) ++extra;
    if (extra == 0) return;
    auto* merged = arena_->NewArray<dom::Attribute>(target->attribute_count + extra);
    uint32_t n = 0;
    for (uint32_t i = 0; i < target->attribute_count; ++i) merged[n++] = target->attributes[i];
    for (uint32_t i = 0; i < t.attribute_count; ++i)
      if (!target->HasAttr(t.attributes[i].name)) merged[n++] = t.attributes[i];
    target->attributes = merged;
    target->attribute_count = n;
  };
  Tag tag = t.tag;
  switch (tag) {
    case Tag::k_html:
      if (!TemplateOnStack()) merge_attributes(stack_[0]);
      return false;
    case Tag::k_base:
    case Tag::k_basefont:
    case Tag::k_bgsound:
    case Tag::k_link:
    case Tag::k_meta:
    case Tag::k_noframes:
    case Tag::k_script:
    case Tag::k_style:
    case Tag::k_template:
    case Tag::k_title:
      return InHead(t);
    case Tag::k_body:
      if (stack_.size() < 2 || !stack_[1]->is(Tag::k_body) || TemplateOnStack()) return false;
      frameset_ok_ = false;
      merge_attributes(stack_[1]);
      return false;
    case Tag::k_frameset:
      if (stack_.size() < 2 || !stack_[1]->is(Tag::k_body) || !frameset_ok_) return false;
      dom::RemoveFromParent(stack_[1]);
      stack_.resize(1);
      InsertElement(t);
      mode_ = Mode::kInFrameset;
      return false;
    case Tag::k_address:
    case Tag::k_article:
    case Tag::k_aside:
    case Tag::k_blockquote:
    case Tag::k_center:
    case Tag::k_details:
    case Tag::k_dialog:
    case Tag::k_dir:
    case Tag::k_div:
    case Tag::k_dl:
    case Tag::k_fieldset:
    case Tag::k_figcaption:
    case Tag::k_figure:
    case Tag::k_footer:
    case Tag::k_header:
    case Tag::k_hgroup:
    case Tag::k_main:
    case Tag::k_menu:
    case Tag::k_nav:
    case Tag::k_ol:
    case Tag::k_p:
    case Tag::k_search:
    case Tag::k_section:
    case Tag::k_summary:
    case Tag::k_ul:
      ClosePIfInButtonScope();
      InsertElement(t);
      return false;
    case Tag::k_h1:
    case Tag::k_h2:
    case Tag::k_h3:
    case Tag::k_h4:
    case Tag::k_h5:
    case Tag::k_h6:
      ClosePIfInButtonScope();
      if (Current()->ns == Namespace::kHtml && IsHeading(Current()->tag)) Pop();
      InsertElement(t);
      return false;
    case Tag::k_pre:
    case Tag::k_listing:
      ClosePIfInButtonScope();
      InsertElement(t);
      skip_newline_ = true;
      frameset_ok_ = false;
      return false;
    case Tag::k_form: {
      bool in_template = TemplateOnStack();
      if (form_ != nullptr && !in_template) return false;
      ClosePIfInButtonScope();
      Node* form = InsertElement(t);
      if (!in_template) form_ = form;
      return false;
    }
    case Tag::k_li:
    case Tag::k_dd:
    case Tag::k_dt: {
      frameset_ok_ = false;
      for (std::size_t i = stack_.size(); i-- > 0;) {
        Node* node = stack_[i];
        bool same_family =
            tag == Tag::k_li ? node->is(Tag::k_li) : (node->is(Tag::k_dd) || node->is(Tag::k_dt));
        if (same_family) {
          GenerateImpliedEndTags(node->tag);
          PopUntil(node->tag);
          break;
        }
        if (IsSpecial(node) && !node->is(Tag::k_address) && !node->is(Tag::k_div) &&
            !node->is(Tag::k_p))
          break;
      }
      ClosePIfInButtonScope();
      InsertElement(t);
      return false;
    }
    case Tag::k_plaintext:
      ClosePIfInButtonScope();
      if (InsertElement(t)) tokenizer_.SwitchTo(Tokenizer::ContentModel::kPlainText);
      return false;
    case Tag::k_button:
      if (HasInScope(Tag::k_button)) {
        GenerateImpliedEndTags();
        PopUntil(Tag::k_button);
      }
      ReconstructFormatting();
      InsertElement(t);
      frameset_ok_ = false;
      return false;
    case Tag::k_a: {
      for (std::size_t i = formatting_.size(); i-- > 0;) {
        Node* e = formatting_[i];
        if (e == nullptr) break;
        if (e->is(Tag::k_a)) {
          Token end;
          end.kind = TokenKind::kEndTag;
          end.tag = Tag::k_a;
          end.name = "a";
          if (!RunAdoptionAgency(end)) AnyOtherEndTag(end);
          RemoveFromFormatting(e);
          RemoveFromStack(e);
          break;
        }
      }
      ReconstructFormatting();
      if (Node* a = InsertElement(t)) PushFormatting(a);
      return false;
    }
    case Tag::k_b:
    case Tag::k_big:
    case Tag::k_code:
    case Tag::k_em:
    case Tag::k_font:
    case Tag::k_i:
    case Tag::k_s:
    case Tag::k_small:
    case Tag::k_strike:
    case Tag::k_strong:
    case Tag::k_tt:
    case Tag::k_u:
      ReconstructFormatting();
      if (Node* e = InsertElement(t)) PushFormatting(e);
      return false;
    case Tag::k_nobr:
      ReconstructFormatting();
      if (HasInScope(Tag::k_nobr)) {
        Token end;
        end.kind = TokenKind::kEndTag;
        end.tag = Tag::k_nobr;
        end.name = "nobr";
        if (!RunAdoptionAgency(end)) AnyOtherEndTag(end);
        ReconstructFormatting();
      }
      if (Node* e = InsertElement(t)) PushFormatting(e);
      return false;
    case Tag::k_applet:
    case Tag::k_marquee:
    case Tag::k_object:
      ReconstructFormatting();
      if (InsertElement(t)) PushMarker();
      frameset_ok_ = false;
      return false;
    case Tag::k_table:
      if (!quirks_) ClosePIfInButtonScope();
      if (InsertElement(t)) mode_ = Mode::kInTable;
      frameset_ok_ = false;
      return false;
    case Tag::k_area:
    case Tag::k_br:
    case Tag::k_embed:
    case Tag::k_img:
    case Tag::k_keygen:
    case Tag::k_wbr:
      ReconstructFormatting();
      InsertVoidElement(t);
      frameset_ok_ = false;
      return false;
    case Tag::k_input: {
      if (context_ != nullptr && context_->is(Tag::k_select)) return false;
      if (HasInScope(Tag::k_select)) PopUntil(Tag::k_select);
      ReconstructFormatting();
      InsertVoidElement(t);
      if (!EqualsIgnoreAsciiCase(TokenAttr(t, "type"), "hidden")) frameset_ok_ = false;
      return false;
    }
    case Tag::k_param:
    case Tag::k_source:
    case Tag::k_track:
      InsertVoidElement(t);
      return false;
    case Tag::k_hr:
      ClosePIfInButtonScope();
      if (HasInScope(Tag::k_select)) GenerateImpliedEndTags();
      InsertVoidElement(t);
      frameset_ok_ = false;
      return false;
    case Tag::k_image:
      t.tag = Tag::k_img;
      t.name = "img";
      return true;
    case Tag::k_textarea:
      if (InsertElement(t) == nullptr) return false;
      tokenizer_.SwitchTo(Tokenizer::ContentModel::kRcData);
      skip_newline_ = true;
      original_mode_ = mode_;
      frameset_ok_ = false;
      mode_ = Mode::kText;
      return false;
    case Tag::k_xmp:
      ClosePIfInButtonScope();
      ReconstructFormatting();
      frameset_ok_ = false;
      StartGenericText(t, Tokenizer::ContentModel::kRawText);
      return false;
    case Tag::k_iframe:
      frameset_ok_ = false;
      StartGenericText(t, Tokenizer::ContentModel::kRawText);
      return false;
    case Tag::k_noembed:
      StartGenericText(t, Tokenizer::ContentModel::kRawText);
      return false;
    case Tag::k_select:
      if (context_ != nullptr && context_->is(Tag::k_select)) return false;
      if (HasInScope(Tag::k_select)) {
        PopUntil(Tag::k_select);
        return false;
      }
      ReconstructFormatting();
      InsertElement(t);
      frameset_ok_ = false;
      return false;
    case Tag::k_option:
      if (HasInScope(Tag::k_select)) {
        GenerateImpliedEndTags(Tag::k_optgroup);
      } else if (Current()->is(Tag::k_option)) {
        Pop();
      }
      ReconstructFormatting();
      InsertElement(t);
      return false;
    case Tag::k_optgroup:
      if (HasInScope(Tag::k_select)) {
        GenerateImpliedEndTags();
      } else if (Current()->is(Tag::k_option)) {
        Pop();
      }
      ReconstructFormatting();
      InsertElement(t);
      return false;
    case Tag::k_rb:
    case Tag::k_rtc:
      if (HasInScope(Tag::k_ruby)) GenerateImpliedEndTags();
      InsertElement(t);
      return false;
    case Tag::k_rp:
    case Tag::k_rt:
      if (HasInScope(Tag::k_ruby)) GenerateImpliedEndTags(Tag::k_rtc);
      InsertElement(t);
      return false;
    case Tag::k_math:
    case Tag::k_svg: {
      ReconstructFormatting();
      Namespace ns = tag == Tag::k_math ? Namespace::kMathMl : Namespace::kSvg;
      if (t.self_closing) {
        InsertVoidElement(t, ns);
      } else {
        InsertElement(t, ns);
      }
      return false;
    }
    case Tag::k_caption:
    case Tag::k_col:
    case Tag::k_colgroup:
    case Tag::k_frame:
    case Tag::k_head:
    case Tag::k_tbody:
    case Tag::k_td:
    case Tag::k_tfoot:
    case Tag::k_th:
    case Tag::k_thead:
    case Tag::k_tr:
      return false;
    default:
      ReconstructFormatting();
      InsertElement(t);
      return false;
  }
}

void Builder::AnyOtherEndTag(const Token& t) {
  for (std::size_t i = stack_.size(); i-- > 1;) {
    Node* node = stack_[i];
    bool same = node->ns == Namespace::kHtml && node->tag == t.tag &&
                (t.tag != Tag::kUnknown || node->name == t.name);
    if (same) {
      GenerateImpliedEndTags(t.tag == Tag::kUnknown ? Tag::kCount : t.tag);
      // (Unknown elements are not among the implied ones, so nothing of theirs is popped.)
      stack_.resize(i);
      return;
    }
    if (IsSpecial(node)) return;
  }
}

bool Builder::InBodyEndTag(Token& t) {
  Tag tag = t.tag;
  switch (tag) {
    case Tag::k_template:
      return InHead(t);
    case Tag::k_body:
      if (HasInScope(Tag::k_body)) mode_ = Mode::kAfterBody;
      return false;
    case Tag::k_html:
      if (!HasInScope(Tag::k_body)) return false;
      mode_ = Mode::kAfterBody;
      return true;
    case Tag::k_address:
    case Tag::k_article:
    case Tag::k_aside:
    case Tag::k_blockquote:
    case Tag::k_button:
    case Tag::k_center:
    case Tag::k_details:
    case Tag::k_dialog:
    case Tag::k_dir:
    case Tag::k_div:
    case Tag::k_dl:
    case Tag::k_fieldset:
    case Tag::k_figcaption:
    case Tag::k_figure:
    case Tag::k_footer:
    case Tag::k_header:
    case Tag::k_hgroup:
    case Tag::k_listing:
    case Tag::k_main:
    case Tag::k_menu:
    case Tag::k_nav:
    case Tag::k_ol:
    case Tag::k_pre:
    case Tag::k_search:
    case Tag::k_section:
    case Tag::k_select:
    case Tag::k_summary:
    case Tag::k_ul:
      if (!HasInScope(tag)) return false;
      GenerateImpliedEndTags();
      PopUntil(tag);
      return false;
    case Tag::k_form:
      if (!TemplateOnStack()) {
        Node* node = form_;
        form_ = nullptr;
        if (node == nullptr || !HasNodeInScope(node)) return false;
        GenerateImpliedEndTags();
        RemoveFromStack(node);
      } else {
        if (!HasInScope(Tag::k_form)) return false;
        GenerateImpliedEndTags();
        PopUntil(Tag::k_form);
      }
      return false;
    case Tag::k_p:
      if (!HasInScope(Tag::k_p, Scope::kButton)) InsertHtmlElementNamed(Tag::k_p);
      GenerateImpliedEndTags(Tag::k_p);
      PopUntil(Tag::k_p);
      return false;
    case Tag::k_li:
      if (!HasInScope(Tag::k_li, Scope::kListItem)) return false;
      GenerateImpliedEndTags(Tag::k_li);
      PopUntil(Tag::k_li);
      return false;
    case Tag::k_dd:
    case Tag::k_dt:
      if (!HasInScope(tag)) return false;
      GenerateImpliedEndTags(tag);
      PopUntil(tag);
      return false;
    case Tag::k_h1:
    case Tag::k_h2:
    case Tag::k_h3:
    case Tag::k_h4:
    case Tag::k_h5:
    case Tag::k_h6:
      if (!HasHeadingInScope()) return false;
      GenerateImpliedEndTags();
      PopUntilHeading();
      return false;
    case Tag::k_a:
    case Tag::k_b:
    case Tag::k_big:
    case Tag::k_code:
    case Tag::k_em:
    case Tag::k_font:
    case Tag::k_i:
    case Tag::k_nobr:
    case Tag::k_s:
    case Tag::k_small:
    case Tag::k_strike:
    case Tag::k_strong:
    case Tag::k_tt:
    case Tag::k_u:
      if (!RunAdoptionAgency(t)) AnyOtherEndTag(t);
      return false;
    case Tag::k_applet:
    case Tag::k_marquee:
    case Tag::k_object:
      if (!HasInScope(tag)) return false;
      GenerateImpliedEndTags();
      PopUntil(tag);
      ClearFormattingToMarker();
      return false;
    case Tag::k_br: {
      Token start;
      start.kind = TokenKind::kStartTag;
      start.tag = Tag::k_br;
      start.name = "br";
      return InBodyStartTag(start);
    }
    default:
      AnyOtherEndTag(t);
      return false;
  }
}

bool Builder::TextMode(Token& t) {
  if (t.kind == TokenKind::kText) {
    InsertText(t.name);
    return false;
  }
  if (t.kind == TokenKind::kEof) {
    Pop();
    mode_ = original_mode_;
    return true;
  }
  if (t.kind == TokenKind::kEndTag) {
    Pop();
    mode_ = original_mode_;
  }
  return false;
}

// ---- tables ----

bool Builder::InTable(Token& t) {
  auto anything_else = [&]() {
    foster_parenting_ = true;
    bool again = InBody(t);
    foster_parenting_ = false;
    return again;
  };
  switch (t.kind) {
    case TokenKind::kText:
      if (Current()->ns == Namespace::kHtml &&
          IsOneOf(Current()->tag, {Tag::k_table, Tag::k_tbody, Tag::k_template, Tag::k_tfoot,
                                   Tag::k_thead, Tag::k_tr})) {
        table_text_.clear();
        table_text_has_non_space_ = false;
        original_mode_ = mode_;
        mode_ = Mode::kInTableText;
        return true;
      }
      return anything_else();
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::k_caption:
          ClearStackBackTo({Tag::k_table});
          PushMarker();
          if (InsertElement(t)) mode_ = Mode::kInCaption;
          return false;
        case Tag::k_colgroup:
          ClearStackBackTo({Tag::k_table});
          if (InsertElement(t)) mode_ = Mode::kInColumnGroup;
          return false;
        case Tag::k_col:
          ClearStackBackTo({Tag::k_table});
          InsertHtmlElementNamed(Tag::k_colgroup);
          mode_ = Mode::kInColumnGroup;
          return true;
        case Tag::k_tbody:
        case Tag::k_tfoot:
        case Tag::k_thead:
          ClearStackBackTo({Tag::k_table});
          if (InsertElement(t)) mode_ = Mode::kInTableBody;
          return false;
        case Tag::k_td:
        case Tag::k_th:
        case Tag::k_tr:
          ClearStackBackTo({Tag::k_table});
          InsertHtmlElementNamed(Tag::k_tbody);
          mode_ = Mode::kInTableBody;
          return true;
        case Tag::k_table:
          if (!HasInScope(Tag::k_table, Scope::kTable)) return false;
          PopUntil(Tag::k_table);
          ResetInsertionMode();
          return true;
        case Tag::k_style:
        case Tag::k_script:
        case Tag::k_template:
          return InHead(t);
        case Tag::k_input:
          if (!EqualsIgnoreAsciiCase(TokenAttr(t, "type"), "hidden")) return anything_else();
          InsertVoidElement(t);
          return false;
        case Tag::k_form:
          if (TemplateOnStack() || form_ != nullptr) return false;
          form_ = InsertElement(t);
          if (form_) Pop();
          return false;
        default:
          return anything_else();
      }
    case TokenKind::kEndTag:
      switch (t.tag) {
        case Tag::k_table:
          if (!HasInScope(Tag::k_table, Scope::kTable)) return false;
          PopUntil(Tag::k_table);
          ResetInsertionMode();
          return false;
        case Tag::k_body:
        case Tag::k_caption:
        case Tag::k_col:
        case Tag::k_colgroup:
        case Tag::k_html:
        case Tag::k_tbody:
        case Tag::k_td:
        case Tag::k_tfoot:
        case Tag::k_th:
        case Tag::k_thead:
        case Tag::k_tr:
          return false;
        case Tag::k_template:
          return InHead(t);
        default:
          return anything_else();
      }
    case TokenKind::kEof:
      return InBody(t);
  }
  return false;
}

bool Builder::InTableText(Token& t) {
  if (t.kind == TokenKind::kText) {
    std::string_view text = t.has_nul ? WithoutNul(t.name) : t.name;
    if (!text.empty()) {
      table_text_.push_back(text);
      if (LeadingSpace(text) != text.size()) table_text_has_non_space_ = true;
    }
    return false;
  }
  if (table_text_has_non_space_) {
    // Misplaced text: foster-parented out of the table, as "in body" would insert it.
    foster_parenting_ = true;
    for (std::string_view s : table_text_) InBodyText(s, false);
    foster_parenting_ = false;
  } else {
    for (std::string_view s : table_text_) InsertText(s);
  }
  table_text_.clear();
  mode_ = original_mode_;
  return true;
}

bool Builder::InCaption(Token& t) {
  auto close_caption = [&]() {
    if (!HasInScope(Tag::k_caption, Scope::kTable)) return false;
    GenerateImpliedEndTags();
    PopUntil(Tag::k_caption);
    ClearFormattingToMarker();
    mode_ = Mode::kInTable;
    return true;
  };
  if (IsEnd(t, Tag::k_caption)) {
    close_caption();
    return false;
  }
  if ((t.kind == TokenKind::kStartTag &&
       IsOneOf(t.tag, {Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_tbody, Tag::k_td,
                       Tag::k_tfoot, Tag::k_th, Tag::k_thead, Tag::k_tr})) ||
      IsEnd(t, Tag::k_table)) {
    return close_caption();
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {Tag::k_body, Tag::k_col, Tag::k_colgroup, Tag::k_html, Tag::k_tbody,
                      Tag::k_td, Tag::k_tfoot, Tag::k_th, Tag::k_thead, Tag::k_tr}))
    return false;
  return InBody(t);
}

bool Builder::InColumnGroup(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InsertText(TakeLeadingSpace(t));
      if (t.name.empty()) return false;
      break;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (t.tag == Tag::k_col) {
        InsertVoidElement(t);
        return false;
      }
      if (t.tag == Tag::k_template) return InHead(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_colgroup) {
        if (!Current()->is(Tag::k_colgroup)) return false;
        Pop();
        mode_ = Mode::kInTable;
        return false;
      }
      if (t.tag == Tag::k_col) return false;
      if (t.tag == Tag::k_template) return InHead(t);
      break;
    case TokenKind::kEof:
      return InBody(t);
  }
  if (!Current()->is(Tag::k_colgroup)) return false;
  Pop();
  mode_ = Mode::kInTable;
  return true;
}

bool Builder::InTableBody(Token& t) {
  if (t.kind == TokenKind::kStartTag) {
    if (t.tag == Tag::k_tr) {
      ClearStackBackTo({Tag::k_tbody, Tag::k_tfoot, Tag::k_thead});
      if (InsertElement(t)) mode_ = Mode::kInRow;
      return false;
    }
    if (t.tag == Tag::k_th || t.tag == Tag::k_td) {
      ClearStackBackTo({Tag::k_tbody, Tag::k_tfoot, Tag::k_thead});
      InsertHtmlElementNamed(Tag::k_tr);
      mode_ = Mode::kInRow;
      return true;
    }
  }
  bool section_end =
      t.kind == TokenKind::kEndTag && IsOneOf(t.tag, {Tag::k_tbody, Tag::k_tfoot, Tag::k_thead});
  if (section_end) {
    if (!HasInScope(t.tag, Scope::kTable)) return false;
    ClearStackBackTo({Tag::k_tbody, Tag::k_tfoot, Tag::k_thead});
    Pop();
    mode_ = Mode::kInTable;
    return false;
  }
  if ((t.kind == TokenKind::kStartTag &&
       IsOneOf(t.tag, {Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_tbody, Tag::k_tfoot,
                       Tag::k_thead})) ||
      IsEnd(t, Tag::k_table)) {
    if (!HasInScope(Tag::k_tbody, Scope::kTable) && !HasInScope(Tag::k_thead, Scope::kTable) &&
        !HasInScope(Tag::k_tfoot, Scope::kTable))
      return false;
    ClearStackBackTo({Tag::k_tbody, Tag::k_tfoot, Tag::k_thead});
    Pop();
    mode_ = Mode::kInTable;
    return true;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {Tag::k_body, Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_html,
                      Tag::k_td, Tag::k_th, Tag::k_tr}))
    return false;
  return InTable(t);
}

bool Builder::InRow(Token& t) {
  auto close_row = [&]() {
    if (!HasInScope(Tag::k_tr, Scope::kTable)) return false;
    ClearStackBackTo({Tag::k_tr});
    Pop();
    mode_ = Mode::kInTableBody;
    return true;
  };
  if (t.kind == TokenKind::kStartTag && (t.tag == Tag::k_th || t.tag == Tag::k_td)) {
    ClearStackBackTo({Tag::k_tr});
    if (InsertElement(t)) {
      mode_ = Mode::kInCell;
      PushMarker();
    }
    return false;
  }
  if (IsEnd(t, Tag::k_tr)) {
    close_row();
    return false;
  }
  if ((t.kind == TokenKind::kStartTag &&
       IsOneOf(t.tag, {Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_tbody, Tag::k_tfoot,
                       Tag::k_thead, Tag::k_tr})) ||
      IsEnd(t, Tag::k_table))
    return close_row();
  if (t.kind == TokenKind::kEndTag && IsOneOf(t.tag, {Tag::k_tbody, Tag::k_tfoot, Tag::k_thead})) {
    if (!HasInScope(t.tag, Scope::kTable)) return false;
    return close_row();
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {Tag::k_body, Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_html,
                      Tag::k_td, Tag::k_th}))
    return false;
  return InTable(t);
}

void Builder::CloseCell() {
  GenerateImpliedEndTags();
  while (stack_.size() > 1) {
    Node* n = Current();
    stack_.pop_back();
    if (n->is(Tag::k_td) || n->is(Tag::k_th)) break;
  }
  ClearFormattingToMarker();
  mode_ = Mode::kInRow;
}

bool Builder::InCell(Token& t) {
  if (t.kind == TokenKind::kEndTag && (t.tag == Tag::k_td || t.tag == Tag::k_th)) {
    if (!HasInScope(t.tag, Scope::kTable)) return false;
    GenerateImpliedEndTags();
    PopUntil(t.tag);
    ClearFormattingToMarker();
    mode_ = Mode::kInRow;
    return false;
  }
  if (t.kind == TokenKind::kStartTag &&
      IsOneOf(t.tag, {Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_tbody, Tag::k_td,
                      Tag::k_tfoot, Tag::k_th, Tag::k_thead, Tag::k_tr})) {
    if (!HasInScope(Tag::k_td, Scope::kTable) && !HasInScope(Tag::k_th, Scope::kTable))
      return false;
    CloseCell();
    return true;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {Tag::k_body, Tag::k_caption, Tag::k_col, Tag::k_colgroup, Tag::k_html}))
    return false;
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {Tag::k_table, Tag::k_tbody, Tag::k_tfoot, Tag::k_thead, Tag::k_tr})) {
    if (!HasInScope(t.tag, Scope::kTable)) return false;
    CloseCell();
    return true;
  }
  return InBody(t);
}

// ---- templates, after body, framesets ----

bool Builder::InTemplate(Token& t) {
  auto switch_to = [&](Mode mode) {
    if (!template_modes_.empty()) template_modes_.pop_back();
    template_modes_.push_back(mode);
    mode_ = mode;
    return true;
  };
  switch (t.kind) {
    case TokenKind::kText:
    case TokenKind::kComment:
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::k_base:
        case Tag::k_basefont:
        case Tag::k_bgsound:
        case Tag::k_link:
        case Tag::k_meta:
        case Tag::k_noframes:
        case Tag::k_script:
        case Tag::k_style:
        case Tag::k_template:
        case Tag::k_title:
          return InHead(t);
        case Tag::k_caption:
        case Tag::k_colgroup:
        case Tag::k_tbody:
        case Tag::k_tfoot:
        case Tag::k_thead:
          return switch_to(Mode::kInTable);
        case Tag::k_col:
          return switch_to(Mode::kInColumnGroup);
        case Tag::k_tr:
          return switch_to(Mode::kInTableBody);
        case Tag::k_td:
        case Tag::k_th:
          return switch_to(Mode::kInRow);
        default:
          return switch_to(Mode::kInBody);
      }
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_template) return InHead(t);
      return false;
    case TokenKind::kEof:
      if (!TemplateOnStack()) return false;
      PopUntil(Tag::k_template);
      ClearFormattingToMarker();
      if (!template_modes_.empty()) template_modes_.pop_back();
      ResetInsertionMode();
      return true;
  }
  return false;
}

bool Builder::AfterBody(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      if (IsSpaceText(t)) return InBody(t);
      break;
    case TokenKind::kComment:
      InsertComment(t.name, stack_[0]);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_html) {
        if (context_ == nullptr) mode_ = Mode::kAfterAfterBody;
        return false;
      }
      break;
    case TokenKind::kEof:
      return false;
  }
  mode_ = Mode::kInBody;
  return true;
}

bool Builder::InFrameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InsertText(SpacesOnly(t.name));
      return false;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (t.tag == Tag::k_frameset) {
        InsertElement(t);
        return false;
      }
      if (t.tag == Tag::k_frame) {
        InsertVoidElement(t);
        return false;
      }
      if (t.tag == Tag::k_noframes) return InHead(t);
      return false;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_frameset) {
        if (stack_.size() == 1) return false;
        Pop();
        if (context_ == nullptr && !Current()->is(Tag::k_frameset)) mode_ = Mode::kAfterFrameset;
      }
      return false;
    case TokenKind::kEof:
      return false;
  }
  return false;
}

bool Builder::AfterFrameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InsertText(SpacesOnly(t.name));
      return false;
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (t.tag == Tag::k_noframes) return InHead(t);
      return false;
    case TokenKind::kEndTag:
      if (t.tag == Tag::k_html) mode_ = Mode::kAfterAfterFrameset;
      return false;
    case TokenKind::kEof:
      return false;
  }
  return false;
}

bool Builder::AfterAfterBody(Token& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      InsertComment(t.name, doc_->root);
      return false;
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kText:
      if (IsSpaceText(t)) return InBody(t);
      break;
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      break;
    case TokenKind::kEof:
      return false;
    default:
      break;
  }
  mode_ = Mode::kInBody;
  return true;
}

bool Builder::AfterAfterFrameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      InsertComment(t.name, doc_->root);
      return false;
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kText: {
      Token space = t;
      space.name = SpacesOnly(t.name);
      return !space.name.empty() && InBody(space);
    }
    case TokenKind::kStartTag:
      if (t.tag == Tag::k_html) return InBody(t);
      if (t.tag == Tag::k_noframes) return InHead(t);
      return false;
    default:
      return false;
  }
}

// ---- foreign content ----

bool Builder::ForeignContent(Token& t) {
  switch (t.kind) {
    case TokenKind::kText: {
      std::string_view text = t.name;
      if (t.has_nul) {
        std::string replaced;
        for (char c : text) {
          if (c == '\0') {
            replaced += "\xEF\xBF\xBD";
          } else {
            replaced.push_back(c);
          }
        }
        text = arena_->Copy(replaced);
      }
      InsertText(text);
      // NUL and whitespace leave frameset-ok alone; any other character clears it.
      for (char c : t.name) {
        if (c != '\0' && !IsSpaceChar(c)) {
          frameset_ok_ = false;
          break;
        }
      }
      return false;
    }
    case TokenKind::kComment:
      InsertComment(t.name);
      return false;
    case TokenKind::kDoctype:
      return false;
    case TokenKind::kStartTag: {
      bool breaks_out = false;
      switch (t.tag) {
        case Tag::k_b:
        case Tag::k_big:
        case Tag::k_blockquote:
        case Tag::k_body:
        case Tag::k_br:
        case Tag::k_center:
        case Tag::k_code:
        case Tag::k_dd:
        case Tag::k_div:
        case Tag::k_dl:
        case Tag::k_dt:
        case Tag::k_em:
        case Tag::k_embed:
        case Tag::k_h1:
        case Tag::k_h2:
        case Tag::k_h3:
        case Tag::k_h4:
        case Tag::k_h5:
        case Tag::k_h6:
        case Tag::k_head:
        case Tag::k_hr:
        case Tag::k_i:
        case Tag::k_img:
        case Tag::k_li:
        case Tag::k_listing:
        case Tag::k_menu:
        case Tag::k_meta:
        case Tag::k_nobr:
        case Tag::k_ol:
        case Tag::k_p:
        case Tag::k_pre:
        case Tag::k_ruby:
        case Tag::k_s:
        case Tag::k_small:
        case Tag::k_span:
        case Tag::k_strong:
        case Tag::k_strike:
        case Tag::k_sub:
        case Tag::k_sup:
        case Tag::k_table:
        case Tag::k_tt:
        case Tag::k_u:
        case Tag::k_ul:
        case Tag::k_var:
          breaks_out = true;
          break;
        case Tag::k_font: {
          bool found = false;
          for (std::string_view a : {"color", "face", "size"}) {
            bool has = false;
            TokenAttr(t, a, &has);
            found |= has;
          }
          breaks_out = found;
          break;
        }
        default:
          break;
      }
      if (breaks_out) {
        PopOutOfForeignContent();
        return InMode(mode_, t);
      }
      Namespace ns = AdjustedCurrent()->ns;
      if (t.self_closing) {
        InsertVoidElement(t, ns);
      } else {
        InsertElement(t, ns);
      }
      return false;
    }
    case TokenKind::kEndTag: {
      if (t.tag == Tag::k_br || t.tag == Tag::k_p) {
        PopOutOfForeignContent();
        return InMode(mode_, t);
      }
      for (std::size_t i = stack_.size(); i-- > 0;) {
        Node* node = stack_[i];
        if (i == 0) return false;
        if (node->ns != Namespace::kHtml) {
          if (EqualsIgnoreAsciiCase(node->name, t.name)) {
            stack_.resize(i);
            return false;
          }
          continue;
        }
        return InMode(mode_, t);
      }
      return false;
    }
    case TokenKind::kEof:
      return InMode(mode_, t);
  }
  return false;
}

}  // namespace newsdesk::html::internal
