// Tokenizer: HTML bytes to tokens (start tag, end tag, text, comment, doctype), pull-style.
//
// Follows the WHATWG tokenizer where it shapes the text a reader sees: character references,
// raw text and RCDATA elements, comments, doctypes, attribute quoting, duplicate attributes and
// EOF inside any construct. Scripting is off (noscript content is markup). Token views point into
// the input or into the arena (decoded text); both outlive the tokenizer's use by the builder.
// Not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "util/arena.h"

namespace newsdesk::html {

// kCDataStart: "<![CDATA[" was read; the builder answers with ReadCData(), since what follows is
// text only in foreign content (svg, math) and a bogus comment elsewhere.
enum class TokenKind { kStartTag, kEndTag, kText, kComment, kDoctype, kCDataStart, kEof };

struct Token {
  TokenKind kind = TokenKind::kEof;
  Tag tag = Tag::kUnknown;
  std::string_view name;  // tags: lower-case name; text/comment: content; doctype: its name
  const dom::Attribute* attributes = nullptr;  // valid until the next call to Next()
  uint32_t attribute_count = 0;
  bool self_closing = false;
};

// Attributes kept per tag; later ones are parsed and dropped (no real page comes close).
inline constexpr std::size_t kMaxAttributesPerTag = 512;

class Tokenizer {
 public:
  // `input` must be valid UTF-8 without NUL bytes (Extractor sanitises it first).
  Tokenizer(std::string_view input, Arena* arena) : in_(input), arena_(arena) {}

  // Fills `token` with the next token; kEof at the end, and forever after.
  void Next(Token* token);

  // After a start tag whose content is raw text (script, style, xmp, iframe, noembed, noframes),
  // RCDATA (title, textarea) or plaintext: the builder calls this to read that content as one
  // text token up to the matching end tag.
  enum class ContentModel { kRawText, kRcData, kPlainText };
  void EnterContentModel(ContentModel model, std::string_view end_tag_name);

  // After kCDataStart: in foreign content the section's text up to "]]>" (kText), elsewhere a
  // bogus comment up to the next '>' (kComment).
  void ReadCData(bool in_foreign_content, Token* token);

 private:
  void ReadText(Token* token);
  void ReadTag(Token* token);
  void ReadMarkupDeclaration(Token* token);
  void ReadBogusComment(Token* token, std::size_t start);
  void ReadSpecialContent(Token* token);
  void ReadAttributes(Token* token);
  std::string_view Lowercase(std::string_view s);
  // Decodes character references in in_[begin, end); returns a view into the input when none.
  std::string_view Decode(std::size_t begin, std::size_t end, bool in_attribute);

  std::string_view in_;
  std::size_t pos_ = 0;
  Arena* arena_;
  std::vector<dom::Attribute> attributes_;
  std::string scratch_;
  bool special_pending_ = false;
  ContentModel special_model_ = ContentModel::kRawText;
  std::string_view special_end_;
};

// Whether start tag `tag` switches the tokenizer to a special content model, and which one.
bool ContentModelFor(Tag tag, Tokenizer::ContentModel* model);

}  // namespace newsdesk::html
