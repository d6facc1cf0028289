// Tokenizer: HTML bytes to tokens (start tag, end tag, text, comment, doctype), pull-style.
//
// Follows the WHATWG tokenizer state machine (html.spec.whatwg.org, "13.2.5 Tokenization"): all
// character references, RCDATA / RAWTEXT / script data (with its escaped and double-escaped
// states) / PLAINTEXT, comments with every odd ending, doctypes with public and system
// identifiers, CDATA sections in foreign content, attributes in every quoting style, duplicate
// attributes dropped, NUL and EOF in every state. Scripting is off. Parse errors are not reported.
//
// Two liberties, both invisible in the token stream's content: consecutive character tokens come
// as one kText token (sometimes split in two where markup could have started), and the input is
// not preprocessed (CR and CRLF are left as they are; callers that need the spec's newline
// normalisation do it first). Runs of text, comment bodies and attribute values are scanned eight
// bytes at a time for the bytes that end them.
//
// Token views point into the input or into the arena (decoded text); both outlive the tokenizer's
// use by the builder. Not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "util/arena.h"

namespace newsdesk::html {

// Tag ids are the tree's (dom/tags.h); the parser interns names into them.
using dom::IsVoid;
using dom::LookupTag;
using dom::Tag;
using dom::TagName;

enum class TokenKind { kStartTag, kEndTag, kText, kComment, kDoctype, kEof };

struct Token {
  TokenKind kind = TokenKind::kEof;
  Tag tag = Tag::kUnknown;
  std::string_view name;  // tags: lower-case name; text/comment: content; doctype: its name
  const dom::Attribute* attributes = nullptr;  // valid until the next call to Next()
  uint32_t attribute_count = 0;
  bool self_closing = false;
  bool has_nul = false;  // text: holds U+0000 (only from the data state and CDATA sections)
  // Doctype only.
  bool force_quirks = false;
  bool has_public_id = false;
  bool has_system_id = false;
  std::string_view public_id;
  std::string_view system_id;
};

// Attributes kept per tag; later ones are parsed and dropped (no real page comes close).
inline constexpr std::size_t kMaxAttributesPerTag = 512;

class Tokenizer {
 public:
  // The content models a tree builder switches to after a start tag (and the tests start in).
  enum class ContentModel { kData, kRcData, kRawText, kScriptData, kPlainText, kCDataSection };

  // `input` must be valid UTF-8 (NUL bytes are allowed and handled as the spec says).
  Tokenizer(std::string_view input, Arena* arena);

  // Fills `token` with the next token; kEof at the end, and forever after.
  void Next(Token* token);

  // Switches the content model; RCDATA, RAWTEXT and script data end at the end tag named like the
  // last start tag emitted (or `last_start_tag` when given, as the conformance tests do).
  void SwitchTo(ContentModel model, std::string_view last_start_tag = {});

  // Whether the tree builder's adjusted current node is in a foreign namespace (svg, math): only
  // then is "<![CDATA[" a CDATA section rather than a bogus comment. Set before each Next().
  void set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }

  // A string built from input ranges that stays a view into the input while it can. Public for
  // the implementation's helpers only.
  struct Piece {
    std::string_view in;
    std::size_t begin = 0, end = 0;
    bool owned = false;
    std::string buf;
    void Start(std::size_t at) {
      begin = end = at;
      owned = false;
      buf.clear();
    }
    bool empty() const { return owned ? buf.empty() : begin == end; }
    void Add(char c) {
      if (!owned) {
        if (end < in.size() && in[end] == c) {
          ++end;
          return;
        }
        Own();
      }
      buf.push_back(c);
    }
    void AddRange(std::size_t from, std::size_t to) {
      if (from == to) return;
      if (!owned) {
        if (begin == end) begin = end = from;
        if (from == end) {
          end = to;
          return;
        }
        Own();
      }
      buf.append(in.data() + from, to - from);
    }
    void AddString(std::string_view s);
    std::string_view View(Arena* arena) const {
      return owned ? arena->Copy(buf) : in.substr(begin, end - begin);
    }

   private:
    void Own();
  };

 private:
  enum class State : uint8_t;

  bool Step();  // runs the machine until a token is ready; false at EOF
  void EmitTag(bool self_closing);
  void EmitComment();
  void EmitDoctype();
  void StartAttribute(std::size_t at);
  void FinishAttributeName();
  void FinishAttribute();
  bool ReadSpecialContent();  // RCDATA, RAWTEXT, script data; true when an end tag starts
  bool ReadPlainText();
  bool ReadRcDataOrRawText(bool rcdata);
  bool ReadScriptData();
  bool StartSpecialEndTag(std::size_t text_begin, std::size_t lt);
  std::size_t AddReplacedNul(std::size_t text_begin, std::size_t nul);
  bool AppropriateEndTagAt(std::size_t lt) const;
  void AppendCharRef(Piece* piece, bool in_attribute);

  std::string_view in_;
  std::size_t pos_ = 0;
  Arena* arena_;
  State state_;
  bool cdata_allowed_ = false;
  bool eof_emitted_ = false;

  // What Step() produced; Next() hands it out.
  Token* out_ = nullptr;
  bool ready_ = false;

  Piece text_;
  Piece tag_name_;
  Piece attr_name_;
  Piece attr_value_;
  Piece comment_;
  bool end_tag_ = false;
  bool attr_open_ = false;
  bool attr_dropped_ = false;
  std::string_view attr_name_view_;
  std::vector<dom::Attribute> attributes_;
  std::string_view last_start_tag_;  // into the input, the arena or explicit_last_start_tag_
  std::string explicit_last_start_tag_;
  std::string scratch_;
  std::string doctype_name_, public_id_, system_id_;
  bool doctype_has_name_ = false, has_public_ = false, has_system_ = false, force_quirks_ = false;
  ContentModel special_ = ContentModel::kData;
};

// Whether start tag `tag` (in the HTML namespace) switches the tokenizer to a special content
// model, and which one (scripting off: noscript is ordinary markup).
bool ContentModelFor(Tag tag, Tokenizer::ContentModel* model);

}  // namespace newsdesk::html
