#include "html/tokenizer.h"

#include <cstring>

#include "html/char_refs.h"
#include "util/byte_scan.h"

namespace newsdesk::html {

// One state per WHATWG tokenizer state, except that RCDATA, RAWTEXT, script data (and its escape
// states) and PLAINTEXT are read by ReadSpecialContent() in one go, and the character reference
// states by DecodeCharRef().
enum class Tokenizer::State : uint8_t {
  kData,
  kSpecial,  // RCDATA, RAWTEXT, script data or PLAINTEXT: see special_
  kTagOpen,
  kEndTagOpen,
  kTagName,
  kBeforeAttributeName,
  kAttributeName,
  kAfterAttributeName,
  kBeforeAttributeValue,
  kAttributeValueDoubleQuoted,
  kAttributeValueSingleQuoted,
  kAttributeValueUnquoted,
  kAfterAttributeValueQuoted,
  kSelfClosingStartTag,
  kBogusComment,
  kMarkupDeclarationOpen,
  kCommentStart,
  kCommentStartDash,
  kComment,
  kCommentLessThanSign,
  kCommentLessThanSignBang,
  kCommentLessThanSignBangDash,
  kCommentLessThanSignBangDashDash,
  kCommentEndDash,
  kCommentEnd,
  kCommentEndBang,
  kDoctype,
  kBeforeDoctypeName,
  kDoctypeName,
  kAfterDoctypeName,
  kAfterDoctypePublicKeyword,
  kBeforeDoctypePublicIdentifier,
  kDoctypePublicIdentifierDoubleQuoted,
  kDoctypePublicIdentifierSingleQuoted,
  kAfterDoctypePublicIdentifier,
  kBetweenDoctypePublicAndSystemIdentifiers,
  kAfterDoctypeSystemKeyword,
  kBeforeDoctypeSystemIdentifier,
  kDoctypeSystemIdentifierDoubleQuoted,
  kDoctypeSystemIdentifierSingleQuoted,
  kAfterDoctypeSystemIdentifier,
  kBogusDoctype,
  kCDataSection,
};

namespace {

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD

// Tag-level whitespace. The spec's list is TAB, LF, FF, SPACE after CR normalisation; CR is
// included because we do not normalise.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool IsUpper(char c) { return static_cast<unsigned char>(c - 'A') < 26; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

bool EqualsNoCase(std::string_view s, std::size_t pos, std::string_view lower) {
  if (s.size() - pos < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i)
    if (ToLower(s[pos + i]) != lower[i]) return false;
  return true;
}

}  // namespace

// ---- Piece ----

void Tokenizer::Piece::Own() {
  buf.assign(in.data() + begin, end - begin);
  owned = true;
}

void Tokenizer::Piece::AddString(std::string_view s) {
  if (!owned) {
    if (in.size() - end >= s.size() && in.compare(end, s.size(), s) == 0) {
      end += s.size();
      return;
    }
    Own();
  }
  buf.append(s);
}

// ---- Tokenizer ----

bool ContentModelFor(Tag tag, Tokenizer::ContentModel* model) {
  switch (tag) {
    case Tag::k_style:
    case Tag::k_xmp:
    case Tag::k_iframe:
    case Tag::k_noembed:
    case Tag::k_noframes:
      *model = Tokenizer::ContentModel::kRawText;
      return true;
    case Tag::k_script:
      *model = Tokenizer::ContentModel::kScriptData;
      return true;
    case Tag::k_title:
    case Tag::k_textarea:
      *model = Tokenizer::ContentModel::kRcData;
      return true;
    case Tag::k_plaintext:
      *model = Tokenizer::ContentModel::kPlainText;
      return true;
    default:
      return false;
  }
}

Tokenizer::Tokenizer(std::string_view input, Arena* arena)
    : in_(input), arena_(arena), state_(State::kData) {
  for (Piece* p : {&text_, &tag_name_, &attr_name_, &attr_value_, &comment_}) p->in = input;
  text_.Start(0);
}

void Tokenizer::SwitchTo(ContentModel model, std::string_view last_start_tag) {
  if (!last_start_tag.empty()) {
    explicit_last_start_tag_.assign(last_start_tag);
    last_start_tag_ = explicit_last_start_tag_;
  }
  special_ = model;
  state_ = model == ContentModel::kData           ? State::kData
           : model == ContentModel::kCDataSection ? State::kCDataSection
                                                  : State::kSpecial;
}

void Tokenizer::Next(Token* token) {
  *token = Token{};
  out_ = token;
  ready_ = false;
  if (eof_emitted_ || !Step()) {
    eof_emitted_ = true;
    token->kind = TokenKind::kEof;
  }
}

void Tokenizer::AppendCharRef(Piece* piece, bool in_attribute) {
  // pos_ is at '&'.
  scratch_.clear();
  std::size_t used = DecodeCharRef(in_.substr(pos_ + 1), in_attribute, &scratch_);
  if (used == 0) {
    piece->Add('&');
    ++pos_;
    return;
  }
  piece->AddString(scratch_);
  pos_ += 1 + used;
}

bool Tokenizer::AppropriateEndTagAt(std::size_t lt) const {
  if (last_start_tag_.empty() || lt + 1 >= in_.size() || in_[lt + 1] != '/') return false;
  std::size_t after = lt + 2 + last_start_tag_.size();
  if (after >= in_.size() || !EqualsNoCase(in_, lt + 2, last_start_tag_)) return false;
  char c = in_[after];
  return IsSpace(c) || c == '/' || c == '>';
}

// Reads RCDATA, RAWTEXT, script data or PLAINTEXT into text_ up to an appropriate end tag (then
// sets up that end tag and returns true) or EOF (returns false).
bool Tokenizer::ReadSpecialContent() {
  switch (special_) {
    case ContentModel::kPlainText:
      return ReadPlainText();
    case ContentModel::kRcData:
    case ContentModel::kRawText:
      return ReadRcDataOrRawText(special_ == ContentModel::kRcData);
    case ContentModel::kScriptData:
      break;
    case ContentModel::kData:
    case ContentModel::kCDataSection:
      return false;
  }
  return ReadScriptData();
}

// The text in_[text_begin, lt) ends at the appropriate end tag at `lt`: adds it to text_ and sets
// up that end tag, its name read, for the attribute states. Returns true.
bool Tokenizer::StartSpecialEndTag(std::size_t text_begin, std::size_t lt) {
  text_.AddRange(text_begin, lt);
  pos_ = lt + 2 + last_start_tag_.size();
  end_tag_ = true;
  tag_name_.Start(pos_);
  tag_name_.AddString(last_start_tag_);
  attributes_.clear();
  attr_open_ = false;
  state_ = State::kBeforeAttributeName;
  return true;
}

// Adds in_[text_begin, nul) and U+FFFD for the NUL at `nul` to text_; returns the position after
// the NUL.
std::size_t Tokenizer::AddReplacedNul(std::size_t text_begin, std::size_t nul) {
  text_.AddRange(text_begin, nul);
  text_.AddString(kReplacementChar);
  return nul + 1;
}

bool Tokenizer::ReadPlainText() {
  const char* p = in_.data();
  const std::size_t n = in_.size();
  std::size_t i = pos_;
  while (i < n) {
    std::size_t nul = scan::FindFirstOf<'\0'>(p, i, n);
    if (nul == n) break;
    i = AddReplacedNul(i, nul);
  }
  text_.AddRange(i, n);
  pos_ = n;
  return false;
}

bool Tokenizer::ReadRcDataOrRawText(bool rcdata) {
  const char* p = in_.data();
  const std::size_t n = in_.size();
  std::size_t i = pos_;
  while (true) {
    std::size_t j =
        rcdata ? scan::FindFirstOf<'<', '&', '\0'>(p, i, n) : scan::FindFirstOf<'<', '\0'>(p, i, n);
    if (j == n) break;
    if (p[j] == '\0') {
      i = AddReplacedNul(i, j);
    } else if (p[j] == '&') {
      text_.AddRange(i, j);
      pos_ = j;
      AppendCharRef(&text_, false);
      i = pos_;
    } else if (AppropriateEndTagAt(j)) {
      return StartSpecialEndTag(i, j);
    } else {
      text_.AddRange(i, j + 1);
      i = j + 1;
    }
  }
  text_.AddRange(i, n);
  pos_ = n;
  return false;
}

bool Tokenizer::ReadScriptData() {
  const char* p = in_.data();
  const std::size_t n = in_.size();
  std::size_t i = pos_;
  // Script data: the normal state scans for '<'; inside "<!--" the escaped states (where
  // "<script>" starts a double-escaped section in which "</script>" does not end the element) go
  // a byte at a time.
  enum Sub {
    kNormal,
    kEscaped,
    kEscapedDash,
    kEscapedDashDash,
    kDouble,
    kDoubleDash,
    kDoubleDashDash
  };
  Sub sub = kNormal;
  // Reads an ASCII-alpha run at `from`; true when it spells "script" and is followed by
  // whitespace, '/' or '>'. `*after` gets the run's end.
  auto script_word = [&](std::size_t from, std::size_t* after) {
    std::size_t k = from;
    while (k < n && IsAlpha(p[k])) ++k;
    *after = k;
    return k - from == 6 && EqualsNoCase(in_, from, "script") && k < n &&
           (IsSpace(p[k]) || p[k] == '/' || p[k] == '>');
  };
  while (i < n) {
    if (sub == kNormal) {
      std::size_t j = scan::FindFirstOf<'<', '\0'>(p, i, n);
      if (j == n) break;
      if (p[j] == '\0') {
        i = AddReplacedNul(i, j);
        continue;
      }
      if (AppropriateEndTagAt(j)) return StartSpecialEndTag(i, j);
      if (in_.compare(j, 4, "<!--") == 0) {
        sub = kEscapedDashDash;
        text_.AddRange(i, j + 4);
        i = j + 4;
      } else {
        text_.AddRange(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    char c = p[i];
    if (c == '\0') {
      i = AddReplacedNul(i, i);
      sub = (sub >= kDouble) ? kDouble : kEscaped;
      continue;
    }
    if (sub <= kEscapedDashDash) {
      if (c == '-') {
        sub = sub == kEscaped ? kEscapedDash : kEscapedDashDash;
      } else if (c == '<') {
        if (AppropriateEndTagAt(i)) return StartSpecialEndTag(i, i);
        sub = kEscaped;
        std::size_t after;
        if (i + 1 < n && IsAlpha(p[i + 1])) {
          if (script_word(i + 1, &after)) {
            sub = kDouble;
            after += 1;  // the terminator is consumed (and emitted) by the switch
          }
          text_.AddRange(i, after);
          i = after;
          continue;
        }
      } else if (c == '>' && sub == kEscapedDashDash) {
        sub = kNormal;
      } else {
        sub = kEscaped;
      }
      text_.AddRange(i, i + 1);
      ++i;
      continue;
    }
    // Double-escaped states.
    if (c == '-') {
      sub = sub == kDouble ? kDoubleDash : kDoubleDashDash;
    } else if (c == '<') {
      sub = kDouble;
      if (i + 1 < n && p[i + 1] == '/') {
        std::size_t after;
        if (script_word(i + 2, &after)) {
          sub = kEscaped;
          after += 1;
        }
        text_.AddRange(i, after);
        i = after;
        continue;
      }
    } else if (c == '>' && sub == kDoubleDashDash) {
      sub = kNormal;
    } else {
      sub = kDouble;
    }
    text_.AddRange(i, i + 1);
    ++i;
  }
  text_.AddRange(i, n);
  pos_ = n;
  return false;
}

void Tokenizer::StartAttribute(std::size_t at) {
  attr_open_ = true;
  attr_name_.Start(at);
  attr_value_.Start(at);
}

void Tokenizer::FinishAttributeName() {
  // Called when the name is complete: a duplicate (and its value) is dropped.
  attr_name_view_ = attr_name_.View(arena_);
  attr_dropped_ = attributes_.size() >= kMaxAttributesPerTag;
  for (const auto& a : attributes_) attr_dropped_ |= (a.name == attr_name_view_);
}

void Tokenizer::FinishAttribute() {
  if (!attr_open_) return;
  attr_open_ = false;
  if (!attr_dropped_) attributes_.push_back({attr_name_view_, attr_value_.View(arena_)});
}

void Tokenizer::EmitTag(bool self_closing) {
  FinishAttribute();
  state_ = State::kData;
  Token* t = out_;
  t->kind = end_tag_ ? TokenKind::kEndTag : TokenKind::kStartTag;
  t->name = tag_name_.View(arena_);
  t->tag = LookupTag(t->name);
  if (!end_tag_) {
    last_start_tag_ = t->name;
    t->attributes = attributes_.data();
    t->attribute_count = static_cast<uint32_t>(attributes_.size());
    t->self_closing = self_closing;
  }
  ready_ = true;
}

void Tokenizer::EmitComment() {
  out_->kind = TokenKind::kComment;
  out_->name = comment_.View(arena_);
  state_ = State::kData;
  ready_ = true;
}

void Tokenizer::EmitDoctype() {
  Token* t = out_;
  t->kind = TokenKind::kDoctype;
  t->name = arena_->Copy(doctype_name_);
  t->force_quirks = force_quirks_ || !doctype_has_name_;
  t->has_public_id = has_public_;
  t->has_system_id = has_system_;
  t->public_id = arena_->Copy(public_id_);
  t->system_id = arena_->Copy(system_id_);
  state_ = State::kData;
  ready_ = true;
}

// function-size: allowed: the WHATWG tokenizer state machine, one switch case per spec state.
bool Tokenizer::Step() {
  const char* p = in_.data();
  const std::size_t n = in_.size();
  bool text_has_nul = false;
  auto flush_text = [&]() {
    if (text_.empty()) return false;
    out_->kind = TokenKind::kText;
    out_->name = text_.View(arena_);
    out_->has_nul = text_has_nul;
    text_.Start(pos_);
    return true;
  };

  while (true) {
    if (pos_ >= n) {
      // EOF: what each state does with it.
      switch (state_) {
        case State::kMarkupDeclarationOpen:  // "<!" at EOF: an empty bogus comment
          comment_.Start(pos_);
          [[fallthrough]];
        case State::kBogusComment:
        case State::kCommentStart:
        case State::kCommentStartDash:
        case State::kComment:
        case State::kCommentLessThanSign:
        case State::kCommentLessThanSignBang:
        case State::kCommentLessThanSignBangDash:
        case State::kCommentLessThanSignBangDashDash:
        case State::kCommentEndDash:
        case State::kCommentEnd:
        case State::kCommentEndBang:
          EmitComment();
          return true;
        case State::kDoctype:
        case State::kBeforeDoctypeName:
        case State::kDoctypeName:
        case State::kAfterDoctypeName:
        case State::kAfterDoctypePublicKeyword:
        case State::kBeforeDoctypePublicIdentifier:
        case State::kDoctypePublicIdentifierDoubleQuoted:
        case State::kDoctypePublicIdentifierSingleQuoted:
        case State::kAfterDoctypePublicIdentifier:
        case State::kBetweenDoctypePublicAndSystemIdentifiers:
        case State::kAfterDoctypeSystemKeyword:
        case State::kBeforeDoctypeSystemIdentifier:
        case State::kDoctypeSystemIdentifierDoubleQuoted:
        case State::kDoctypeSystemIdentifierSingleQuoted:
        case State::kAfterDoctypeSystemIdentifier:
          force_quirks_ = true;
          [[fallthrough]];
        case State::kBogusDoctype:
          EmitDoctype();
          return true;
        case State::kTagOpen:
          text_.Add('<');
          break;
        case State::kEndTagOpen:
          text_.AddString("</");
          break;
        default:
          break;  // EOF inside a tag drops the tag
      }
      state_ = State::kData;
      return flush_text();
    }
    char c = p[pos_];
    switch (state_) {
      case State::kData: {
        std::size_t j = scan::FindFirstOf<'<', '&', '\0'>(p, pos_, n);
        text_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        if (p[j] == '&') {
          AppendCharRef(&text_, false);
        } else if (p[j] == '\0') {
          text_has_nul = true;
          text_.AddRange(j, j + 1);
          ++pos_;
        } else {
          // '<' that starts markup ends the text run; any other '<' is text.
          char next = j + 1 < n ? p[j + 1] : ' ';
          if (IsAlpha(next) || next == '/' || next == '!' || next == '?') {
            if (flush_text()) return true;
            state_ = State::kTagOpen;
            ++pos_;
          } else {
            text_.AddRange(j, j + 1);
            ++pos_;
          }
        }
        break;
      }
      case State::kSpecial:
        if (ReadSpecialContent()) {
          if (flush_text()) return true;
        } else {
          state_ = State::kData;
          special_ = ContentModel::kData;
          return flush_text();
        }
        break;
      case State::kTagOpen:
        if (c == '!') {
          state_ = State::kMarkupDeclarationOpen;
          ++pos_;
        } else if (c == '/') {
          state_ = State::kEndTagOpen;
          ++pos_;
        } else if (IsAlpha(c)) {
          end_tag_ = false;
          tag_name_.Start(pos_);
          attributes_.clear();
          attr_open_ = false;
          state_ = State::kTagName;
        } else if (c == '?') {
          comment_.Start(pos_);
          state_ = State::kBogusComment;
        } else {
          text_.Add('<');
          state_ = State::kData;
        }
        break;
      case State::kEndTagOpen:
        if (IsAlpha(c)) {
          end_tag_ = true;
          tag_name_.Start(pos_);
          attributes_.clear();
          attr_open_ = false;
          state_ = State::kTagName;
        } else if (c == '>') {
          ++pos_;
          state_ = State::kData;
        } else {
          comment_.Start(pos_);
          state_ = State::kBogusComment;
        }
        break;
      case State::kTagName: {
        std::size_t j = pos_;
        while (j < n) {
          char d = p[j];
          if (IsSpace(d) || d == '/' || d == '>' || d == '\0' || IsUpper(d)) break;
          ++j;
        }
        tag_name_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        char d = p[j];
        ++pos_;
        if (IsSpace(d)) {
          state_ = State::kBeforeAttributeName;
        } else if (d == '/') {
          state_ = State::kSelfClosingStartTag;
        } else if (d == '>') {
          EmitTag(false);
          return true;
        } else if (d == '\0') {
          tag_name_.AddString(kReplacementChar);
        } else {
          tag_name_.Add(ToLower(d));
        }
        break;
      }
      case State::kBeforeAttributeName:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '/' || c == '>') {
          state_ = State::kAfterAttributeName;
        } else if (c == '=') {
          StartAttribute(pos_);
          attr_name_.Add('=');
          ++pos_;
          state_ = State::kAttributeName;
        } else {
          StartAttribute(pos_);
          state_ = State::kAttributeName;
        }
        break;
      case State::kAttributeName: {
        std::size_t j = pos_;
        while (j < n) {
          char d = p[j];
          if (IsSpace(d) || d == '/' || d == '>' || d == '=' || d == '\0' || IsUpper(d)) break;
          ++j;
        }
        attr_name_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        char d = p[j];
        if (IsSpace(d) || d == '/' || d == '>') {
          FinishAttributeName();
          state_ = State::kAfterAttributeName;
        } else if (d == '=') {
          FinishAttributeName();
          ++pos_;
          state_ = State::kBeforeAttributeValue;
        } else if (d == '\0') {
          attr_name_.AddString(kReplacementChar);
          ++pos_;
        } else {
          attr_name_.Add(ToLower(d));
          ++pos_;
        }
        break;
      }
      case State::kAfterAttributeName:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '/') {
          FinishAttribute();
          ++pos_;
          state_ = State::kSelfClosingStartTag;
        } else if (c == '=') {
          ++pos_;
          state_ = State::kBeforeAttributeValue;
        } else if (c == '>') {
          ++pos_;
          EmitTag(false);
          return true;
        } else {
          FinishAttribute();
          StartAttribute(pos_);
          state_ = State::kAttributeName;
        }
        break;
      case State::kBeforeAttributeValue:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '"') {
          ++pos_;
          attr_value_.Start(pos_);
          state_ = State::kAttributeValueDoubleQuoted;
        } else if (c == '\'') {
          ++pos_;
          attr_value_.Start(pos_);
          state_ = State::kAttributeValueSingleQuoted;
        } else if (c == '>') {
          ++pos_;
          EmitTag(false);
          return true;
        } else {
          attr_value_.Start(pos_);
          state_ = State::kAttributeValueUnquoted;
        }
        break;
      case State::kAttributeValueDoubleQuoted:
      case State::kAttributeValueSingleQuoted: {
        std::size_t j = state_ == State::kAttributeValueDoubleQuoted
                            ? scan::FindFirstOf<'"', '&', '\0'>(p, pos_, n)
                            : scan::FindFirstOf<'\'', '&', '\0'>(p, pos_, n);
        attr_value_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        if (p[j] == '&') {
          AppendCharRef(&attr_value_, true);
        } else if (p[j] == '\0') {
          attr_value_.AddString(kReplacementChar);
          ++pos_;
        } else {
          ++pos_;
          state_ = State::kAfterAttributeValueQuoted;
        }
        break;
      }
      case State::kAttributeValueUnquoted: {
        std::size_t j = pos_;
        while (j < n) {
          char d = p[j];
          if (IsSpace(d) || d == '&' || d == '>' || d == '\0') break;
          ++j;
        }
        attr_value_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        char d = p[j];
        if (IsSpace(d)) {
          FinishAttribute();
          ++pos_;
          state_ = State::kBeforeAttributeName;
        } else if (d == '&') {
          AppendCharRef(&attr_value_, true);
        } else if (d == '>') {
          ++pos_;
          EmitTag(false);
          return true;
        } else {
          attr_value_.AddString(kReplacementChar);
          ++pos_;
        }
        break;
      }
      case State::kAfterAttributeValueQuoted:
        FinishAttribute();
        if (IsSpace(c)) {
          ++pos_;
          state_ = State::kBeforeAttributeName;
        } else if (c == '/') {
          ++pos_;
          state_ = State::kSelfClosingStartTag;
        } else if (c == '>') {
          ++pos_;
          EmitTag(false);
          return true;
        } else {
          state_ = State::kBeforeAttributeName;
        }
        break;
      case State::kSelfClosingStartTag:
        if (c == '>') {
          ++pos_;
          EmitTag(true);
          return true;
        }
        state_ = State::kBeforeAttributeName;
        break;
      case State::kBogusComment: {
        std::size_t j = scan::FindFirstOf<'>', '\0'>(p, pos_, n);
        comment_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        ++pos_;
        if (p[j] == '>') {
          EmitComment();
          return true;
        }
        comment_.AddString(kReplacementChar);
        break;
      }
      case State::kMarkupDeclarationOpen:
        if (in_.compare(pos_, 2, "--") == 0) {
          pos_ += 2;
          comment_.Start(pos_);
          state_ = State::kCommentStart;
        } else if (EqualsNoCase(in_, pos_, "doctype")) {
          pos_ += 7;
          doctype_name_.clear();
          public_id_.clear();
          system_id_.clear();
          doctype_has_name_ = has_public_ = has_system_ = force_quirks_ = false;
          state_ = State::kDoctype;
        } else if (in_.compare(pos_, 7, "[CDATA[") == 0) {
          if (cdata_allowed_) {
            pos_ += 7;
            state_ = State::kCDataSection;
          } else {
            comment_.Start(pos_);
            state_ = State::kBogusComment;
          }
        } else {
          comment_.Start(pos_);
          state_ = State::kBogusComment;
        }
        break;
      case State::kCommentStart:
        if (c == '-') {
          ++pos_;
          state_ = State::kCommentStartDash;
        } else if (c == '>') {
          ++pos_;
          EmitComment();
          return true;
        } else {
          state_ = State::kComment;
        }
        break;
      case State::kCommentStartDash:
        if (c == '-') {
          ++pos_;
          state_ = State::kCommentEnd;
        } else if (c == '>') {
          ++pos_;
          EmitComment();
          return true;
        } else {
          comment_.Add('-');
          state_ = State::kComment;
        }
        break;
      case State::kComment: {
        std::size_t j = scan::FindFirstOf<'<', '-', '\0'>(p, pos_, n);
        comment_.AddRange(pos_, j);
        pos_ = j;
        if (j == n) break;
        ++pos_;
        if (p[j] == '<') {
          comment_.Add('<');
          state_ = State::kCommentLessThanSign;
        } else if (p[j] == '-') {
          state_ = State::kCommentEndDash;
        } else {
          comment_.AddString(kReplacementChar);
        }
        break;
      }
      case State::kCommentLessThanSign:
        if (c == '!') {
          comment_.Add('!');
          ++pos_;
          state_ = State::kCommentLessThanSignBang;
        } else if (c == '<') {
          comment_.Add('<');
          ++pos_;
        } else {
          state_ = State::kComment;
        }
        break;
      case State::kCommentLessThanSignBang:
        if (c == '-') {
          ++pos_;
          state_ = State::kCommentLessThanSignBangDash;
        } else {
          state_ = State::kComment;
        }
        break;
      case State::kCommentLessThanSignBangDash:
        if (c == '-') {
          ++pos_;
          state_ = State::kCommentLessThanSignBangDashDash;
        } else {
          state_ = State::kCommentEndDash;
        }
        break;
      case State::kCommentLessThanSignBangDashDash:
        state_ = State::kCommentEnd;
        break;
      case State::kCommentEndDash:
        if (c == '-') {
          ++pos_;
          state_ = State::kCommentEnd;
        } else {
          comment_.Add('-');
          state_ = State::kComment;
        }
        break;
      case State::kCommentEnd:
        if (c == '>') {
          ++pos_;
          EmitComment();
          return true;
        } else if (c == '!') {
          ++pos_;
          state_ = State::kCommentEndBang;
        } else if (c == '-') {
          comment_.Add('-');
          ++pos_;
        } else {
          comment_.AddString("--");
          state_ = State::kComment;
        }
        break;
      case State::kCommentEndBang:
        if (c == '-') {
          comment_.AddString("--!");
          ++pos_;
          state_ = State::kCommentEndDash;
        } else if (c == '>') {
          ++pos_;
          EmitComment();
          return true;
        } else {
          comment_.AddString("--!");
          state_ = State::kComment;
        }
        break;
      case State::kDoctype:
        if (IsSpace(c)) ++pos_;
        state_ = State::kBeforeDoctypeName;
        break;
      case State::kBeforeDoctypeName:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '>') {
          ++pos_;
          force_quirks_ = true;
          EmitDoctype();
          return true;
        } else {
          doctype_has_name_ = true;
          state_ = State::kDoctypeName;
        }
        break;
      case State::kDoctypeName:
        ++pos_;
        if (IsSpace(c)) {
          state_ = State::kAfterDoctypeName;
        } else if (c == '>') {
          EmitDoctype();
          return true;
        } else if (c == '\0') {
          doctype_name_.append(kReplacementChar);
        } else {
          doctype_name_.push_back(ToLower(c));
        }
        break;
      case State::kAfterDoctypeName:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '>') {
          ++pos_;
          EmitDoctype();
          return true;
        } else if (EqualsNoCase(in_, pos_, "public")) {
          pos_ += 6;
          state_ = State::kAfterDoctypePublicKeyword;
        } else if (EqualsNoCase(in_, pos_, "system")) {
          pos_ += 6;
          state_ = State::kAfterDoctypeSystemKeyword;
        } else {
          force_quirks_ = true;
          state_ = State::kBogusDoctype;
        }
        break;
      case State::kAfterDoctypePublicKeyword:
      case State::kBeforeDoctypePublicIdentifier:
      case State::kAfterDoctypeSystemKeyword:
      case State::kBeforeDoctypeSystemIdentifier: {
        bool is_public = state_ == State::kAfterDoctypePublicKeyword ||
                         state_ == State::kBeforeDoctypePublicIdentifier;
        if (IsSpace(c)) {
          ++pos_;
          state_ = is_public ? State::kBeforeDoctypePublicIdentifier
                             : State::kBeforeDoctypeSystemIdentifier;
        } else if (c == '"' || c == '\'') {
          ++pos_;
          if (is_public) {
            has_public_ = true;
            state_ = c == '"' ? State::kDoctypePublicIdentifierDoubleQuoted
                              : State::kDoctypePublicIdentifierSingleQuoted;
          } else {
            has_system_ = true;
            state_ = c == '"' ? State::kDoctypeSystemIdentifierDoubleQuoted
                              : State::kDoctypeSystemIdentifierSingleQuoted;
          }
        } else if (c == '>') {
          ++pos_;
          force_quirks_ = true;
          EmitDoctype();
          return true;
        } else {
          force_quirks_ = true;
          state_ = State::kBogusDoctype;
        }
        break;
      }
      case State::kDoctypePublicIdentifierDoubleQuoted:
      case State::kDoctypePublicIdentifierSingleQuoted:
      case State::kDoctypeSystemIdentifierDoubleQuoted:
      case State::kDoctypeSystemIdentifierSingleQuoted: {
        bool is_public = state_ == State::kDoctypePublicIdentifierDoubleQuoted ||
                         state_ == State::kDoctypePublicIdentifierSingleQuoted;
        char quote = (state_ == State::kDoctypePublicIdentifierDoubleQuoted ||
                      state_ == State::kDoctypeSystemIdentifierDoubleQuoted)
                         ? '"'
                         : '\'';
        std::string& id = is_public ? public_id_ : system_id_;
        ++pos_;
        if (c == quote) {
          state_ = is_public ? State::kAfterDoctypePublicIdentifier
                             : State::kAfterDoctypeSystemIdentifier;
        } else if (c == '>') {
          force_quirks_ = true;
          EmitDoctype();
          return true;
        } else if (c == '\0') {
          id.append(kReplacementChar);
        } else {
          id.push_back(c);
        }
        break;
      }
      case State::kAfterDoctypePublicIdentifier:
      case State::kBetweenDoctypePublicAndSystemIdentifiers:
        if (IsSpace(c)) {
          ++pos_;
          state_ = State::kBetweenDoctypePublicAndSystemIdentifiers;
        } else if (c == '>') {
          ++pos_;
          EmitDoctype();
          return true;
        } else if (c == '"' || c == '\'') {
          ++pos_;
          has_system_ = true;
          state_ = c == '"' ? State::kDoctypeSystemIdentifierDoubleQuoted
                            : State::kDoctypeSystemIdentifierSingleQuoted;
        } else {
          force_quirks_ = true;
          state_ = State::kBogusDoctype;
        }
        break;
      case State::kAfterDoctypeSystemIdentifier:
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == '>') {
          ++pos_;
          EmitDoctype();
          return true;
        } else {
          state_ = State::kBogusDoctype;  // not force-quirks
        }
        break;
      case State::kBogusDoctype:
        ++pos_;
        if (c == '>') {
          EmitDoctype();
          return true;
        }
        break;
      case State::kCDataSection: {
        std::size_t close = in_.find("]]>", pos_);
        std::size_t end = close == std::string_view::npos ? n : close;
        if (std::memchr(p + pos_, '\0', end - pos_) != nullptr) text_has_nul = true;
        text_.AddRange(pos_, end);
        pos_ = close == std::string_view::npos ? n : close + 3;
        state_ = State::kData;
        break;
      }
    }
  }
}

}  // namespace newsdesk::html
