// newsdesk/format.h: an extracted Article as a document a person reads: plain text, Markdown
// (headline as "# "), or a minimal HTML <article>. Pure functions; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "newsdesk/article.h"

namespace newsdesk {

enum class DocumentFormat { kText, kMarkdown, kHtml };

// Writes the article in `format`, ending with a newline, to `sink` piece by piece (the article's
// text is not copied). Markdown and HTML need Article::markdown and Article::html
// (ExtractOptions::render_markdown / render_html). Returns false when a sink call returned false.
bool WriteArticle(const Article& article, DocumentFormat format,
                  const std::function<bool(std::string_view)>& sink);

// The same, as one string.
std::string FormatArticle(const Article& article, DocumentFormat format);

}  // namespace newsdesk
