// The author precedence: the authors' sources as a table, tried in order (the table and its names
// are listed in metadata.h).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metadata/authors.h"
#include "metadata/metadata_internal.h"
#include "metadata/title.h"
#include "util/ascii.h"

namespace newsdesk::metadata::internal {
namespace {

using dom::Node;
using dom::Tag;

// What the author sources read besides the scope: the outlet names a person source gave, set
// aside for the "(outlet)" entry.
struct AuthorSearch {
  const Scope& scope;
  std::string_view sitename;
  std::vector<std::string> outlet;  // the first outlet name a person source gave
  std::string outlet_source;        // that source's name + "(outlet)"
};

// One place authors may come from. `find` adds the names it finds to `*names`. `*source` holds
// the entry's name on entry and, on return, the name --explain reports (the same, except for
// "(outlet)", which reports the source that named the outlet). When `people_only`, names equal
// to the outlet (the site name or the JSON-LD publisher) are taken out and the first one is set
// aside for the "(outlet)" entry.
struct AuthorSource {
  std::string_view name;
  void (*find)(const AuthorSearch& search, std::string* source, std::vector<std::string>* names);
  bool people_only;
};

const Node* FindItemprop(const Node* n, std::string_view prop, int depth) {
  if (depth > 8) return nullptr;
  for (const Node* c = n->first_child; c; c = c->next_sibling) {
    if (!c->is_element()) continue;
    if (c->Attr("itemprop") == prop) return c;
    if (const Node* found = FindItemprop(c, prop, depth + 1)) return found;
  }
  return nullptr;
}

// The text node after `n` in document order (within a few steps), for "Written by" + name.
const Node* NextText(const Node* n) {
  for (int steps = 0; n && steps < 12; ++steps) {
    if (n->first_child) {
      n = n->first_child;
    } else {
      while (n && !n->next_sibling) n = n->parent;
      if (n) n = n->next_sibling;
    }
    if (n && n->is_text() && !Collapse(n->text()).empty()) return n;
  }
  return nullptr;
}

// JSON-LD author entries that are people (by name, or by @id into the page's graph).
void JsonLdPeople(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const JsonLdArticle* j = s.scope.json_ld;
  if (!j) return;
  for (const std::string& raw : j->person_authors) {
    if (raw.compare(0, kAuthorIdPrefix.size(), kAuthorIdPrefix) == 0) {
      std::string_view id = std::string_view(raw).substr(kAuthorIdPrefix.size());
      for (const auto& [person_id, name] : s.scope.facts.json_ld().people)
        if (person_id == id) MergeAuthors(names, SplitAuthors(name, true));
    } else {
      MergeAuthors(names, SplitAuthors(raw, /*from_markup=*/true));
    }
  }
}

// Every meta named by the entry ("meta:author" reads each author meta), URLs aside.
// Google Scholar's citation_author holds one name, as "Last, First" or "First Last": "Roy,
// Aniruddha" -> "Aniruddha Roy". A comma followed by more than one part is left as it is.
std::string SurnameLast(std::string_view name) {
  std::size_t comma = name.find(',');
  if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos)
    return std::string(name);
  std::string first = Collapse(name.substr(comma + 1)), last = Collapse(name.substr(0, comma));
  if (first.empty() || last.empty()) return std::string(name);
  return first + " " + last;
}

void MetaAuthors(const AuthorSearch& s, std::string* source, std::vector<std::string>* names) {
  constexpr std::string_view kPrefix = "meta:";
  std::string_view key = std::string_view(*source).substr(kPrefix.size());
  for (const auto& m : s.scope.facts.metas()) {
    if (m.key != key || m.value.find("://") != std::string::npos) continue;
    if (key == "citation_author") {  // one author per tag, often "Last, First"
      MergeAuthors(names, SplitAuthors(SurnameLast(m.value), true));
      continue;
    }
    MergeAuthors(names, SplitAuthors(m.value, true));
  }
}

// Twitter card labels: twitter:label1 "Written by", twitter:data1 "Jane Doe".
void TwitterLabelAuthors(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const auto& metas = s.scope.facts.metas();
  for (std::size_t i = 0; i + 1 < metas.size(); ++i) {
    const auto& label = metas[i];
    if (label.key.rfind("twitter:label", 0) == 0 && IsBylineLeadIn(label.value)) {
      std::string data_key = "twitter:data" + label.key.substr(13);
      MergeAuthors(names, SplitAuthors(s.scope.facts.Meta(data_key), true));
    }
  }
}

// <span itemprop=author><span itemprop=name>Jane</span></span> or the element's own text.
void ItempropAuthors(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  for (const Node* n : s.scope.facts.itemprops) {
    std::string_view prop = n->Attr("itemprop");
    if ((prop != "author" && prop != "creator") || InComments(n)) continue;
    const Node* name_node = FindItemprop(n, "name", 0);
    std::string name = name_node ? ElementText(*name_node) : ElementText(*n);
    if (name.empty()) name = Collapse(n->Attr("content"));
    MergeAuthors(names, SplitAuthors(name, name_node != nullptr));
  }
}

void RelAuthorLinks(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const Scope& sc = s.scope;
  for (const Node* n : sc.facts.author_links) {
    if (!InContainerOrJustBefore(n, sc.ctx, sc.container_end) || InComments(n)) continue;
    MergeAuthors(names, SplitAuthors(ElementText(*n)));
  }
}

// The first element in or just before the article whose class says byline/author.
void BylineElements(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const Scope& sc = s.scope;
  for (const Node* n : sc.facts.bylines) {
    if (!InContainerOrJustBefore(n, sc.ctx, sc.container_end) || InComments(n)) continue;
    if (!ClassSays(*n, {"byline", "author"})) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > kMaxBylineChars) continue;
    MergeAuthors(names, SplitAuthors(text));
    if (!names->empty()) break;
  }
}

// A line that starts with "By" just after (or before) the headline.
void BylineNearHeadline(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  // The lines are collapsed (no trailing space), so a non-empty body is a line longer than "By ".
  auto is_byline = [](std::string_view t) {
    std::optional<std::string_view> body =
        BylineBody(t, {.colon = true, .max_chars = kMaxBylineChars});
    return body.has_value() && !body->empty();
  };
  for (const std::string& line : NearHeadlineTexts(s.scope, is_byline)) {
    MergeAuthors(names, SplitAuthors(line));
    if (!names->empty()) break;
  }
}

// "Written by" on its own line, the name on the next.
// The list that follows a label alone in its element ("<h6>Author(s)</h6><ul><li>..."), or null.
const Node* ListAfterLabel(const Node* label) {
  const Node* e = label->parent;
  if (e == nullptr || !e->is_element() || e->first_child != e->last_child) return nullptr;
  const Node* next = e->next_sibling;
  while (next && !next->is_element()) next = next->next_sibling;
  return next && (next->is(Tag::k_ul) || next->is(Tag::k_ol)) ? next : nullptr;
}

// Links to author pages in the box a label opens ("<div><strong>Written by</strong> <a
// href=/authors/x>X</a>, ... <a href=/authors/y>Y</a></div>"): every author it names.
std::vector<std::string> LinkedNamesBesideLabel(const Scope& sc, const Node* label) {
  std::vector<std::string> names;
  const Node* box = label->parent;
  if (box && box->is_element() && box->first_child == box->last_child) box = box->parent;
  if (box == nullptr || !box->is_element()) return names;
  for (const Node* link : sc.facts.author_pages) {
    for (const Node* p = link->parent; p && p->index >= box->index; p = p->parent) {
      if (p != box) continue;
      std::string text = ElementText(*link);
      if (!text.empty() && text.size() <= 60) MergeAuthors(&names, SplitAuthors(text));
      break;
    }
  }
  return names;
}

void BylineLeadIn(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const Scope& sc = s.scope;
  for (const Node* n : sc.facts.byline_leads) {
    // A one-word label ("By", "Author") belongs to the article only near it: teaser cards and
    // forum tables use them too. A written-out one ("Written by", "Article by") may sit in an
    // author box far below.
    bool one_word = Collapse(n->text()).find(' ') == std::string::npos;
    if ((one_word && !NearContainer(n, sc.ctx, sc.container_end)) || InComments(n)) continue;
    std::vector<std::string> linked = LinkedNamesBesideLabel(sc, n);
    if (!linked.empty()) {
      MergeAuthors(names, linked);
    } else if (const Node* list = ListAfterLabel(n)) {
      for (const Node* li = list->first_child; li; li = li->next_sibling) {
        if (!li->is(Tag::k_li)) continue;
        std::string text = ElementText(*li);
        if (text.size() <= 80) MergeAuthors(names, SplitAuthors(text));
      }
    } else if (const Node* next = NextText(n)) {
      std::string text = Collapse(next->text());
      if (text.size() <= 80) MergeAuthors(names, SplitAuthors(text));
    }
    if (!names->empty()) break;
  }
}

// A line "Written by Jane Doe" anywhere outside comments (an author box), first one with a name.
void WrittenByLine(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  for (const Node* n : s.scope.facts.written_by) {
    if (InComments(n)) continue;
    std::string line = Collapse(n->text());  // the body views into it
    if (auto body = WrittenByBody(line)) MergeAuthors(names, SplitAuthors(*body));
    if (!names->empty()) break;
  }
}

// A link to the author's page near the headline.
void AuthorPageLinks(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  const Scope& sc = s.scope;
  for (const Node* n : sc.facts.author_pages) {
    if (!NearContainer(n, sc.ctx, sc.container_end) || InComments(n)) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > 60) continue;
    MergeAuthors(names, SplitAuthors(text));
    if (!names->empty()) break;
  }
}

// An organisation the page's own markup declares as the author (no person is named).
void JsonLdOrganisations(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  if (!s.scope.json_ld) return;
  for (const std::string& raw : s.scope.json_ld->organisation_authors) {
    if (!raw.empty()) names->push_back(raw);
  }
}

// The outlet a person source named, set aside until now.
void SetAsideOutlet(const AuthorSearch& s, std::string* source, std::vector<std::string>* names) {
  if (s.outlet.empty()) return;
  *names = s.outlet;
  *source = s.outlet_source;
}

// The person an author bio box is about ("Jane Doe is a senior writer at ..."): the api layer
// hands over the texts of the blocks in bio boxes (ctx.bio_texts), first with a name wins.
void BioBox(const AuthorSearch& s, std::string*, std::vector<std::string>* names) {
  if (!s.scope.ctx.bio_texts) return;
  for (std::string_view text : s.scope.ctx.bio_texts()) {
    std::string name = NameFromBio(text);
    if (name.empty()) continue;
    names->push_back(std::move(name));
    return;
  }
}

// The authors, first source that names any (metadata.h lists the same order).
constexpr AuthorSource kAuthorSources[] = {
    {"json-ld:author", JsonLdPeople, true},
    {"meta:author", MetaAuthors, true},
    {"meta:article:author", MetaAuthors, true},
    {"meta:parsely-author", MetaAuthors, true},
    {"meta:sailthru.author", MetaAuthors, true},
    {"meta:dc.creator", MetaAuthors, true},
    {"meta:dcterms.creator", MetaAuthors, true},
    {"meta:byl", MetaAuthors, true},
    {"meta:citation_author", MetaAuthors, true},
    {"meta:og:article:author", MetaAuthors, true},
    {"meta:twitter:data", TwitterLabelAuthors, true},
    {"itemprop:author", ItempropAuthors, true},
    {"rel=author", RelAuthorLinks, true},
    {"byline", BylineElements, true},
    {"byline-near-headline", BylineNearHeadline, true},
    {"byline-lead-in", BylineLeadIn, true},
    {"written-by", WrittenByLine, true},
    {"author-page-link", AuthorPageLinks, true},
    {"json-ld:author(organization)", JsonLdOrganisations, false},
    {"(outlet)", SetAsideOutlet, false},
    {"bio", BioBox, false},
};

// Takes the outlet's names out of `names`; the first one (if none was before) is set aside.
void TakeOutOutlet(std::string_view source, AuthorSearch* s, std::vector<std::string>* names) {
  const JsonLdArticle* j = s->scope.json_ld;
  auto is_outlet = [&](const std::string& n) {
    return EqualsIgnoreAsciiCase(n, s->sitename) || (j && EqualsIgnoreAsciiCase(n, j->publisher));
  };
  for (const std::string& n : *names) {
    if (is_outlet(n) && s->outlet.empty()) {
      s->outlet.push_back(n);
      s->outlet_source = std::string(source) + "(outlet)";
    }
  }
  names->erase(std::remove_if(names->begin(), names->end(), is_outlet), names->end());
}

}  // namespace

std::string ResolveAuthors(const Scope& s, std::string_view sitename, Article* a) {
  AuthorSearch search{s, sitename, {}, {}};
  for (const AuthorSource& source : kAuthorSources) {
    std::string name(source.name);
    std::vector<std::string> names;
    source.find(search, &name, &names);
    if (source.people_only) TakeOutOutlet(name, &search, &names);
    if (!names.empty()) {
      a->authors = std::move(names);
      return name;
    }
  }
  return {};
}

}  // namespace newsdesk::metadata::internal
