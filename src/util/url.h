// URL identity: the one spelling of a page's address that the store keys articles by.
//
// NormalizeUrl lower-cases the scheme and host, drops default ports, the fragment, tracking
// parameters (utm_*, fbclid, gclid, ...; the table in url.cc) and AMP variants (an amp. host, an
// /amp/ path segment, a .amp suffix, ?amp=1), and sorts the remaining query parameters. Pure
// functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk {

// The normalised URL, or empty when `url` is not an absolute http(s) URL (the caller then keys by
// something else).
std::string NormalizeUrl(std::string_view url);

// The host of an absolute http(s) URL, lower-case, without port, userinfo or a leading "www.";
// empty when there is none.
std::string UrlHost(std::string_view url);

}  // namespace newsdesk
