// The server's pages and JSON bodies besides the briefing's own renderers: the page shell, the
// story page (the briefing of one story and every article), the reader view, search results,
// error pages. Every value is escaped. Pure functions (StoryPage reads the store); thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/briefing.h"
#include "newsdesk/store.h"

namespace newsdesk::server {

// The briefing's page with the site's search form and story links.
std::string BriefingPage(const Briefing& briefing, const std::string& title);
// One story: its briefing, then every article with its outlet, date and links.
std::string StoryPage(const Briefing& briefing, Store* store);
// A clean reader view of one article.
std::string ArticlePage(const StoredArticle& article);
// Search results (snippets marked with \x02 ... \x03 around matches), or the error of the query.
std::string SearchPage(std::string_view query, const std::vector<Hit>& hits,
                       std::string_view error);
std::string ErrorPage(int status, std::string_view message);

std::string SearchJson(std::string_view query, const std::vector<Hit>& hits);
std::string OutletsJson(const std::vector<OutletRow>& outlets);

}  // namespace newsdesk::server
