// The tree builder's state and its spec-named helpers, shared by tree_builder.cc (the stack, the
// list of active formatting elements, insertion, the adoption agency) and insertion_modes.cc
// (one handler per insertion mode, plus foreign content). Internal to src/html.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "html/tokenizer.h"
#include "html/tree_builder.h"

namespace newsdesk::html::internal {

using dom::Namespace;
using dom::Node;
using dom::NodeKind;

enum class Mode : uint8_t {
  kInitial,
  kBeforeHtml,
  kBeforeHead,
  kInHead,
  kInHeadNoscript,
  kAfterHead,
  kInBody,
  kText,
  kInTable,
  kInTableText,
  kInCaption,
  kInColumnGroup,
  kInTableBody,
  kInRow,
  kInCell,
  kInTemplate,
  kAfterBody,
  kInFrameset,
  kAfterFrameset,
  kAfterAfterBody,
  kAfterAfterFrameset,
};

// Which elements bound "has an element in ... scope".
enum class Scope : uint8_t { kDefault, kListItem, kButton, kTable, kSelect };

bool IsSpecial(const Node* n);
bool IsHeading(Tag t);
bool IsSpaceChar(char c);
std::size_t LeadingSpace(std::string_view s);
// The spec's integration points: MathML mi/mo/mn/ms/mtext; svg foreignObject/desc/title, and
// MathML annotation-xml with an HTML encoding.
bool IsMathMlTextIntegrationPoint(const Node* n);
bool IsHtmlIntegrationPoint(const Node* n);

class Builder {
 public:
  Builder(std::string_view input, const TreeBuilderOptions& options, Arena* arena,
          dom::Document* doc, std::vector<Node*>* stack, std::vector<Node*>* formatting);

  void Run();
  void SetFragmentContext(std::string_view name, Namespace ns);

  // ---- tree_builder.cc: the parser's data structures and algorithms ----
  Node* NewNode(NodeKind kind, Tag tag, std::string_view name);
  Node* CreateElement(const Token& t, Namespace ns);
  Node* CloneElement(const Node* n);
  struct Place {
    Node* parent;
    Node* before;  // null: append
  };
  Place AppropriatePlace(Node* override_target = nullptr);
  void InsertAt(Place place, Node* node);
  // Inserts an element for `t` and pushes it; null when max_depth stops it (see header).
  Node* InsertElement(const Token& t, Namespace ns = Namespace::kHtml);
  // Inserts an element and pops it at once (void elements, self-closing foreign elements).
  void InsertVoidElement(const Token& t, Namespace ns = Namespace::kHtml);
  Node* InsertHtmlElementNamed(Tag tag);
  void InsertText(std::string_view text);
  void InsertComment(std::string_view text, Node* parent = nullptr);

  Node* Current() const { return stack_.back(); }
  Node* AdjustedCurrent() const {
    if (context_ != nullptr && stack_.size() == 1) return context_;
    return stack_.empty() ? nullptr : stack_.back();
  }
  void Push(Node* n);
  void Pop();
  void PopUntil(Tag tag);  // pops up to and including the nearest HTML `tag`
  void PopUntilHeading();
  void PopUntilNode(const Node* n);
  void RemoveFromStack(const Node* n);
  bool OnStack(const Node* n) const;
  bool HasInScope(Tag tag, Scope scope = Scope::kDefault) const;
  bool HasHeadingInScope() const;
  bool HasNodeInScope(const Node* n) const;
  bool TemplateOnStack() const;
  void GenerateImpliedEndTags(Tag except = Tag::kUnknown);
  // Pops foreign elements until the current node is HTML or an integration point.
  void PopOutOfForeignContent();
  void GenerateImpliedEndTagsThoroughly();
  void ClosePIfInButtonScope();
  void ClearStackBackTo(std::initializer_list<Tag> tags);
  void ResetInsertionMode();

  void PushFormatting(Node* n);
  void PushMarker() { formatting_.push_back(nullptr); }
  void ClearFormattingToMarker();
  void ReconstructFormatting();
  void RemoveFromFormatting(const Node* n);
  bool RunAdoptionAgency(const Token& t);  // false: treat as "any other end tag"

  void StartGenericText(const Token& t, Tokenizer::ContentModel model);
  // The whitespace of `text` (what the frameset modes keep of a text token), in the arena.
  std::string_view SpacesOnly(std::string_view text);
  // `text` without its NUL characters, in the arena when it had any.
  std::string_view WithoutNul(std::string_view text);

  // ---- insertion_modes.cc: one handler per mode; true means "reprocess the token" ----
  void Process(Token& t);
  bool UseHtmlRules(const Token& t) const;
  bool InMode(Mode mode, Token& t);
  bool Initial(Token& t);
  bool BeforeHtml(Token& t);
  bool BeforeHead(Token& t);
  bool InHead(Token& t);
  bool InHeadNoscript(Token& t);
  bool AfterHead(Token& t);
  bool InBody(Token& t);
  bool InBodyStartTag(Token& t);
  bool InBodyEndTag(Token& t);
  void InBodyText(std::string_view text, bool has_nul);
  void AnyOtherEndTag(const Token& t);
  bool TextMode(Token& t);
  bool InTable(Token& t);
  bool InTableText(Token& t);
  bool InCaption(Token& t);
  bool InColumnGroup(Token& t);
  bool InTableBody(Token& t);
  bool InRow(Token& t);
  bool InCell(Token& t);
  bool InTemplate(Token& t);
  bool AfterBody(Token& t);
  bool InFrameset(Token& t);
  bool AfterFrameset(Token& t);
  bool AfterAfterBody(Token& t);
  bool AfterAfterFrameset(Token& t);
  bool ForeignContent(Token& t);
  void CloseCell();
  void SetQuirksFromDoctype(const Token& t);

  Tokenizer tokenizer_;
  const TreeBuilderOptions& options_;
  Arena* arena_;
  dom::Document* doc_;
  std::vector<Node*>& stack_;
  std::vector<Node*>& formatting_;  // nullptr entries are markers
  std::vector<Mode> template_modes_;
  std::vector<std::string_view> table_text_;
  bool table_text_has_non_space_ = false;

  Mode mode_ = Mode::kInitial;
  Mode original_mode_ = Mode::kInitial;
  Node* head_ = nullptr;
  Node* form_ = nullptr;
  Node* context_ = nullptr;  // fragment parsing only
  bool frameset_ok_ = true;
  bool foster_parenting_ = false;
  bool quirks_ = false;
  bool skip_newline_ = false;
  // Depth limit: start tags from the input whose element max_depth kept from being created, per
  // tag. Their end tags close nothing real: Run() drops them, so they cannot pop the real
  // ancestors (and put the rest of the page outside its article).
  const Token* input_token_ = nullptr;  // the token from the tokenizer being processed
  std::array<uint32_t, static_cast<std::size_t>(Tag::kCount)> phantom_open_{};
};

}  // namespace newsdesk::html::internal
