#include "html/tokenizer.h"

#include <cstring>

#include "html/char_refs.h"

namespace newsdesk::html {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ToLower(s[pos + i]) != prefix[i]) return false;
  return true;
}

}  // namespace

bool ContentModelFor(Tag tag, Tokenizer::ContentModel* model) {
  switch (tag) {
    case Tag::k_script: case Tag::k_style: case Tag::k_xmp: case Tag::k_iframe:
    case Tag::k_noembed: case Tag::k_noframes:
      *model = Tokenizer::ContentModel::kRawText;
      return true;
    case Tag::k_title: case Tag::k_textarea:
      *model = Tokenizer::ContentModel::kRcData;
      return true;
    case Tag::k_plaintext:
      *model = Tokenizer::ContentModel::kPlainText;
      return true;
    default:
      return false;
  }
}

void Tokenizer::EnterContentModel(ContentModel model, std::string_view end_tag_name) {
  special_pending_ = true;
  special_model_ = model;
  special_end_ = end_tag_name;
}

std::string_view Tokenizer::Lowercase(std::string_view s) {
  bool has_upper = false;
  for (char c : s) has_upper |= (c >= 'A' && c <= 'Z');
  if (!has_upper) return s;
  char* p = static_cast<char*>(arena_->Allocate(s.size(), 1));
  for (std::size_t i = 0; i < s.size(); ++i) p[i] = ToLower(s[i]);
  return {p, s.size()};
}

std::string_view Tokenizer::Decode(std::size_t begin, std::size_t end, bool in_attribute) {
  std::string_view raw = in_.substr(begin, end - begin);
  const void* amp = std::memchr(raw.data(), '&', raw.size());
  if (amp == nullptr) return raw;
  scratch_.clear();
  std::size_t i = static_cast<const char*>(amp) - raw.data();
  scratch_.append(raw.data(), i);
  while (i < raw.size()) {
    char c = raw[i];
    if (c == '&') {
      std::size_t used = DecodeCharRef(raw.substr(i + 1), in_attribute, &scratch_);
      if (used > 0) {
        i += 1 + used;
        continue;
      }
    }
    scratch_.push_back(c);
    ++i;
  }
  return arena_->Copy(scratch_);
}

void Tokenizer::Next(Token* token) {
  token->attributes = nullptr;
  token->attribute_count = 0;
  token->self_closing = false;
  token->tag = Tag::kUnknown;
  if (special_pending_) {
    special_pending_ = false;
    ReadSpecialContent(token);
    if (!token->name.empty()) return;
  }
  if (pos_ >= in_.size()) {
    token->kind = TokenKind::kEof;
    token->name = {};
    return;
  }
  if (in_[pos_] == '<' && pos_ + 1 < in_.size()) {
    char c = in_[pos_ + 1];
    if (IsAlpha(c) || c == '/' || c == '!' || c == '?') {
      ReadTag(token);
      return;
    }
  }
  ReadText(token);
}

// Text up to the next '<' that opens markup.
void Tokenizer::ReadText(Token* token) {
  std::size_t start = pos_;
  std::size_t i = pos_ + (in_[pos_] == '<' ? 1 : 0);  // a lone '<' is text
  while (true) {
    const void* lt = std::memchr(in_.data() + i, '<', in_.size() - i);
    if (lt == nullptr) {
      i = in_.size();
      break;
    }
    i = static_cast<const char*>(lt) - in_.data();
    if (i + 1 < in_.size()) {
      char c = in_[i + 1];
      if (IsAlpha(c) || c == '/' || c == '!' || c == '?') break;
    }
    ++i;
  }
  pos_ = i;
  token->kind = TokenKind::kText;
  token->name = Decode(start, i, false);
}

void Tokenizer::ReadTag(Token* token) {
  std::size_t start = pos_;
  char c = in_[pos_ + 1];
  if (c == '!') {
    ReadMarkupDeclaration(token);
    return;
  }
  if (c == '?') {
    ReadBogusComment(token, pos_ + 1);
    return;
  }
  bool end_tag = (c == '/');
  std::size_t i = pos_ + (end_tag ? 2 : 1);
  if (end_tag) {
    if (i >= in_.size()) {  // "</" at EOF is text
      pos_ = in_.size();
      token->kind = TokenKind::kText;
      token->name = in_.substr(start);
      return;
    }
    if (in_[i] == '>') {  // "</>" is dropped
      pos_ = i + 1;
      Next(token);
      return;
    }
    if (!IsAlpha(in_[i])) {
      ReadBogusComment(token, i);
      return;
    }
  }
  std::size_t name_start = i;
  while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>') ++i;
  token->kind = end_tag ? TokenKind::kEndTag : TokenKind::kStartTag;
  token->name = Lowercase(in_.substr(name_start, i - name_start));
  token->tag = LookupTag(token->name);
  pos_ = i;
  ReadAttributes(token);
  if (pos_ > in_.size()) {  // EOF inside a tag: the spec drops the tag
    pos_ = in_.size();
    token->kind = TokenKind::kEof;
    token->name = {};
    return;
  }
  if (end_tag) {
    token->attributes = nullptr;
    token->attribute_count = 0;
    token->self_closing = false;
  }
}

// Reads attributes and the closing '>' of a tag; pos_ ends past '>' or at in_.size()+1 on EOF.
void Tokenizer::ReadAttributes(Token* token) {
  attributes_.clear();
  std::size_t i = pos_;
  const std::size_t n = in_.size();
  while (true) {
    while (i < n && (IsSpace(in_[i]) || in_[i] == '/')) {
      if (in_[i] == '/' && i + 1 < n && in_[i + 1] == '>') {
        token->self_closing = true;
        pos_ = i + 2;
        goto done;
      }
      ++i;
    }
    if (i >= n) {
      pos_ = n + 1;
      return;
    }
    if (in_[i] == '>') {
      pos_ = i + 1;
      goto done;
    }
    // Attribute name: the first character may be '='.
    std::size_t name_start = i++;
    while (i < n && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>' && in_[i] != '=') ++i;
    std::string_view name = Lowercase(in_.substr(name_start, i - name_start));
    std::size_t j = i;
    while (j < n && IsSpace(in_[j])) ++j;
    std::string_view value;
    if (j < n && in_[j] == '=') {
      ++j;
      while (j < n && IsSpace(in_[j])) ++j;
      if (j < n && (in_[j] == '"' || in_[j] == '\'')) {
        char quote = in_[j];
        const void* close = std::memchr(in_.data() + j + 1, quote, n - j - 1);
        if (close == nullptr) {
          pos_ = n + 1;
          return;
        }
        std::size_t value_end = static_cast<const char*>(close) - in_.data();
        value = Decode(j + 1, value_end, true);
        i = value_end + 1;
      } else {
        std::size_t value_start = j;
        while (j < n && !IsSpace(in_[j]) && in_[j] != '>') ++j;
        value = Decode(value_start, j, true);
        i = j;
      }
    }
    // Otherwise the name stands alone and i stays at the end of the name. Past
    // kMaxAttributesPerTag the rest are read but dropped, so a tag with a million attributes
    // costs linear time.
    if (attributes_.size() < kMaxAttributesPerTag) {
      bool duplicate = false;
      for (const auto& a : attributes_) duplicate |= (a.name == name);
      if (!duplicate) attributes_.push_back({name, value});
    }
  }
done:
  token->attributes = attributes_.data();
  token->attribute_count = static_cast<uint32_t>(attributes_.size());
}

void Tokenizer::ReadMarkupDeclaration(Token* token) {
  std::size_t i = pos_ + 2;  // past "<!"
  if (in_.compare(i, 2, "--") == 0) {
    std::size_t body = i + 2;
    // "<!-->" and "<!--->" are empty comments.
    if (body < in_.size() && in_[body] == '>') {
      pos_ = body + 1;
      token->kind = TokenKind::kComment;
      token->name = {};
      return;
    }
    if (in_.compare(body, 2, "->") == 0) {
      pos_ = body + 2;
      token->kind = TokenKind::kComment;
      token->name = {};
      return;
    }
    std::size_t k = body;
    while (true) {
      std::size_t dash = in_.find("--", k);
      if (dash == std::string_view::npos) {  // comment runs to EOF
        token->kind = TokenKind::kComment;
        token->name = in_.substr(body);
        pos_ = in_.size();
        return;
      }
      if (dash + 2 < in_.size() && in_[dash + 2] == '>') {
        token->kind = TokenKind::kComment;
        token->name = in_.substr(body, dash - body);
        pos_ = dash + 3;
        return;
      }
      if (in_.compare(dash + 2, 2, "!>") == 0) {
        token->kind = TokenKind::kComment;
        token->name = in_.substr(body, dash - body);
        pos_ = dash + 4;
        return;
      }
      k = dash + 1;
    }
  }
  if (StartsWithNoCase(in_, i, "doctype")) {
    std::size_t j = i + 7;
    while (j < in_.size() && IsSpace(in_[j])) ++j;
    std::size_t name_start = j;
    while (j < in_.size() && !IsSpace(in_[j]) && in_[j] != '>') ++j;
    token->kind = TokenKind::kDoctype;
    token->name = Lowercase(in_.substr(name_start, j - name_start));
    const void* gt = std::memchr(in_.data() + j, '>', in_.size() - j);
    pos_ = gt ? static_cast<const char*>(gt) - in_.data() + 1 : in_.size();
    return;
  }
  if (in_.compare(i, 7, "[CDATA[") == 0) {
    pos_ = i;  // at "[CDATA["
    token->kind = TokenKind::kCDataStart;
    token->name = {};
    return;
  }
  ReadBogusComment(token, i);
}

void Tokenizer::ReadCData(bool in_foreign_content, Token* token) {
  if (!in_foreign_content) {
    ReadBogusComment(token, pos_);
    return;
  }
  std::size_t body = pos_ + 7;
  std::size_t close = in_.find("]]>", body);
  std::size_t end = close == std::string_view::npos ? in_.size() : close;
  token->kind = TokenKind::kText;
  token->name = in_.substr(body, end - body);
  pos_ = close == std::string_view::npos ? in_.size() : close + 3;
}

void Tokenizer::ReadBogusComment(Token* token, std::size_t start) {
  const void* gt = std::memchr(in_.data() + start, '>', in_.size() - start);
  std::size_t end = gt ? static_cast<const char*>(gt) - in_.data() : in_.size();
  token->kind = TokenKind::kComment;
  token->name = in_.substr(start, end - start);
  pos_ = gt ? end + 1 : in_.size();
}

// Raw text, RCDATA or plaintext up to "</name" followed by space, '/' or '>'.
void Tokenizer::ReadSpecialContent(Token* token) {
  std::size_t start = pos_;
  std::size_t end = in_.size();
  if (special_model_ != ContentModel::kPlainText) {
    std::size_t i = pos_;
    while (true) {
      std::size_t lt = in_.find("</", i);
      if (lt == std::string_view::npos) break;
      std::size_t after = lt + 2 + special_end_.size();
      if (StartsWithNoCase(in_, lt + 2, special_end_) &&
          (after >= in_.size() || IsSpace(in_[after]) || in_[after] == '/' || in_[after] == '>')) {
        end = lt;
        break;
      }
      i = lt + 2;
    }
  }
  pos_ = end;
  token->kind = TokenKind::kText;
  token->name = special_model_ == ContentModel::kRcData ? Decode(start, end, false)
                                                        : in_.substr(start, end - start);
}

}  // namespace newsdesk::html
