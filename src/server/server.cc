// The archive over HTTP: routes, caching, security headers, ingestion. See newsdesk/server.h.
#include "newsdesk/server.h"

#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "newsdesk/archive_briefing.h"
#include "newsdesk/ingest.h"
#include "newsdesk/json.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"
#include "newsdesk/story_update.h"
#include "server/pages.h"

namespace newsdesk {
namespace {

// API reads may be cached this long by clients and proxies; pages a little less.
constexpr int kApiMaxAgeSeconds = 30;
// A response computed from the archive is reused for this long (or until a POST changes it).
constexpr auto kCacheLife = std::chrono::seconds(5);
// Pages of /api/stories: at most this many a page, offsets up to kMaxOffset.
constexpr int kMaxLimit = 100;
constexpr int kMaxOffset = 100000;
// Worker threads by default: at least this many (one per kept-alive connection).
constexpr int kMinThreads = 128;

const char* const kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

bool IsDay(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string Hex64(uint64_t v) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
  return buffer;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

// Compares without an early exit: the time taken does not tell how much of a token was right.
bool SameToken(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  std::size_t n = std::max(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

std::string ErrorJson(int status, std::string_view message) {
  std::string out = "{\"error\":";
  AppendJsonString(message, &out);
  out += ",\"status\":" + std::to_string(status) + "}";
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Cached {
  std::string body;
  std::string type;
  std::string etag;
  int status = 200;
  uint64_t generation = 0;
  std::chrono::steady_clock::time_point made;
};

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  int port = 0;
  uint64_t instance = 0;  // tells this server's thread-local connections from another's
  std::atomic<uint64_t> generation{0};
  std::mutex cache_mutex;
  std::unordered_map<std::string, std::shared_ptr<const Cached>> cache;
  std::unordered_set<std::string> refreshing;  // keys being remade
  std::mutex write_mutex;
  std::unique_ptr<Store> writer;

  // This thread's read-only connection (SQLite connections are one thread's at a time).
  Result<Store*> Reader() {
    thread_local std::map<uint64_t, std::unique_ptr<Store>> stores;
    auto it = stores.find(instance);
    if (it != stores.end()) return it->second.get();
    StoreOptions so;
    so.read_only = true;
    Result<std::unique_ptr<Store>> store = Store::Open(options.db, so);
    if (!store.ok()) return store.status();
    Store* raw = store->get();
    stores.emplace(instance, std::move(store).value());
    return raw;
  }

  // Sends a response with its ETag (a 304 when the client has it) and the cache headers.
  static void Send(const httplib::Request& req, httplib::Response& res, const Cached& c) {
    res.status = c.status;
    if (c.status == 200) {
      res.set_header("ETag", c.etag);
      res.set_header("Cache-Control", "public, max-age=" + std::to_string(kApiMaxAgeSeconds));
      if (req.get_header_value("If-None-Match") == c.etag) {
        res.status = 304;
        return;
      }
    } else {
      res.set_header("Cache-Control", "no-store");
    }
    res.set_content(c.body, c.type.c_str());
  }

  static void SendError(httplib::Response& res, int status, std::string_view message) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(ErrorJson(status, message), "application/json");
  }

  // The response of `key`, made by `make` when missing or stale. One thread remakes a stale
  // response while the others are served the previous one: a burst of readers after a write
  // costs one remake, and no reader waits for it.
  void Serve(const std::string& key, const httplib::Request& req, httplib::Response& res,
             const std::function<Cached(Store*)>& make) {
    auto now = std::chrono::steady_clock::now();
    std::shared_ptr<const Cached> held;
    {
      std::lock_guard<std::mutex> lock(cache_mutex);
      auto it = cache.find(key);
      if (it != cache.end()) {
        held = it->second;
        bool fresh = held->generation == generation && now - held->made < kCacheLife;
        if (fresh || refreshing.count(key) != 0) return Send(req, res, *held);
      }
      refreshing.insert(key);
    }
    Result<Store*> store = Reader();
    if (!store.ok()) {
      std::lock_guard<std::mutex> lock(cache_mutex);
      refreshing.erase(key);
      return SendError(res, 503, std::string(store.status().message()));
    }
    uint64_t made_at = generation;
    auto made = std::make_shared<Cached>(make(*store));
    made->generation = made_at;
    made->made = now;
    made->etag = "\"" + Hex64(Fnv1a(made->body) ^ made_at) + "\"";
    Send(req, res, *made);
    std::lock_guard<std::mutex> lock(cache_mutex);
    refreshing.erase(key);
    if (cache.size() > 1000) cache.clear();  // bounded: hostile queries cannot grow it
    cache[key] = std::move(made);
  }

  void AddApiRoutes();
  void AddPageRoutes();
  void AddIngestRoute();
};

namespace {

// The HTTP status of a failed call: 404 for what is not there, 400 for what was asked wrongly.
int HttpStatusOf(const Status& status) {
  if (status.code() == StatusCode::kNotFound) return 404;
  if (status.code() == StatusCode::kInvalidArgument) return 400;
  return 500;
}

Cached JsonOrError(const Status& status, std::string body) {
  Cached c;
  c.type = "application/json";
  if (status.ok()) {
    c.body = std::move(body);
    return c;
  }
  c.status = HttpStatusOf(status);
  c.body = ErrorJson(c.status, status.message());
  return c;
}

// Checks the common query parameters; an error message, or empty.
std::string CheckQuery(const httplib::Request& req, std::size_t max_query) {
  for (const auto& [name, value] : req.params) {
    if (value.size() > max_query) return "the parameter \"" + name + "\" is too long";
    if (value.find('\0') != std::string::npos) return "the parameter \"" + name + "\" holds NUL";
  }
  if (req.has_param("date") && !IsDay(req.get_param_value("date"))) {
    return "date wants YYYY-MM-DD";
  }
  return "";
}

std::optional<int> IntParam(const httplib::Request& req, const char* name, int fallback, int low,
                            int high) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), ::isdigit)) return std::nullopt;
  int n = std::stoi(v);
  if (n < low || n > high) return std::nullopt;
  return n;
}

// One stored story as the stories list shows it.
struct StoryLine {
  int64_t id = 0;
  std::string title;
  std::set<std::string> outlets;
  std::set<std::string> hosts;
  std::string language;
  std::string first_seen;
  std::string last_seen;
  int size = 0;
  int on_day = 0;
  double score = 0;
};

std::string StoriesJson(const std::string& day, const std::vector<StoryLine>& lines, int total) {
  std::string out = "{\"date\":";
  AppendJsonString(day, &out);
  out += ",\"total\":" + std::to_string(total) + ",\"stories\":[";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const StoryLine& s = lines[i];
    if (i > 0) out += ",";
    out += "{\"story\":\"" + std::to_string(s.id) + "\",\"title\":";
    AppendJsonString(s.title, &out);
    out += ",\"size\":" + std::to_string(s.size) + ",\"outlets\":[";
    bool first = true;
    for (const std::string& o : s.outlets) {
      if (!first) out += ",";
      first = false;
      AppendJsonString(o, &out);
    }
    out += "],\"first_seen\":";
    AppendJsonString(s.first_seen, &out);
    out += ",\"last_seen\":";
    AppendJsonString(s.last_seen, &out);
    out += ",\"language\":";
    AppendJsonString(s.language, &out);
    char score[32];
    std::snprintf(score, sizeof score, "%.4f", s.score);
    out += ",\"score\":" + std::string(score) + "}";
  }
  return out + "]}";
}

}  // namespace

void Server::Impl::AddApiRoutes() {
  http.Get("/api/health", [this](const httplib::Request& req, httplib::Response& res) {
    Result<Store*> store = Reader();
    if (!store.ok()) return SendError(res, 503, std::string(store.status().message()));
    Result<StoreCounts> counts = (*store)->Counts();
    Result<std::string> latest = (*store)->LatestDay();
    if (!counts.ok() || !latest.ok()) return SendError(res, 503, "the archive cannot be read");
    std::string body = "{\"status\":\"ok\",\"articles\":" + std::to_string(counts->articles) +
                       ",\"outlets\":" + std::to_string(counts->outlets) + ",\"latest_day\":";
    AppendJsonString(*latest, &body);
    body += "}";
    res.set_header("Cache-Control", "no-store");
    res.set_content(body, "application/json");
  });
  http.Get("/api/briefing", [this](const httplib::Request& req, httplib::Response& res) {
    if (std::string why = CheckQuery(req, options.max_query_bytes); !why.empty()) {
      return SendError(res, 400, why);
    }
    std::string date = req.get_param_value("date");
    Serve("briefing:" + date, req, res, [&](Store* store) {
      BriefingOptions o;
      o.date = date;
      Result<Briefing> b = ReadArchiveBriefing(store, o);
      return JsonOrError(b.status(), b.ok() ? RenderBriefing(*b, BriefingFormat::kJson) : "");
    });
  });
  http.Get(R"(/api/stories/(\d{1,18}))",
           [this](const httplib::Request& req, httplib::Response& res) {
             int64_t id = std::stoll(req.matches[1]);
             Serve("story:" + std::to_string(id), req, res, [&](Store* store) {
               Result<Briefing> b = ReadArchiveBriefing(store, {}, id);
               std::string body;
               if (b.ok()) {
                 body = RenderBriefing(*b, BriefingFormat::kJsonl);
                 while (!body.empty() && body.back() == '\n') body.pop_back();
               }
               return JsonOrError(b.status(), body);
             });
           });
  http.Get("/api/stories", [this](const httplib::Request& req, httplib::Response& res) {
    if (std::string why = CheckQuery(req, options.max_query_bytes); !why.empty()) {
      return SendError(res, 400, why);
    }
    std::optional<int> limit = IntParam(req, "limit", 20, 1, kMaxLimit);
    std::optional<int> offset = IntParam(req, "offset", 0, 0, kMaxOffset);
    if (!limit || !offset) {
      return SendError(res, 400, "limit wants 1 to 100, offset 0 to 100000");
    }
    std::string key = "stories";
    for (const char* p : {"date", "q", "outlet", "lang"}) key += "\x1f" + req.get_param_value(p);
    key += "\x1f" + std::to_string(*limit) + "\x1f" + std::to_string(*offset);
    Serve(key, req, res, [&](Store* store) {
      std::string day = req.get_param_value("date");
      if (day.empty()) {
        Result<std::string> latest = store->LatestDay();
        if (!latest.ok()) return JsonOrError(latest.status(), "");
        day = *latest;
      }
      Result<std::vector<StoredStory>> stored = store->Stories(day, day);
      if (!stored.ok()) return JsonOrError(stored.status(), "");
      std::string q = Lower(req.get_param_value("q"));
      std::string outlet = Lower(req.get_param_value("outlet"));
      std::string lang = req.get_param_value("lang");
      std::vector<StoryLine> lines;
      for (const StoredStory& s : *stored) {
        StoryLine line;
        line.id = s.id;
        line.title = s.title;
        line.first_seen = s.first_date.substr(0, 10);
        line.last_seen = s.last_date.substr(0, 10);
        for (int64_t a : s.articles) {
          Result<std::optional<StoredArticle>> article = store->GetArticle(a);
          if (!article.ok()) return JsonOrError(article.status(), "");
          if (!article->has_value()) continue;
          const StoredArticle& sa = **article;
          if (sa.article.date.substr(0, 10) > day) continue;
          ++line.size;
          line.on_day += sa.article.date.rfind(day, 0) == 0 ? 1 : 0;
          line.outlets.insert(sa.article.sitename);
          line.hosts.insert(Lower(sa.host));
          line.hosts.insert(Lower(sa.article.sitename));
          if (line.language.empty()) line.language = sa.article.language;
        }
        if (!q.empty() && Lower(line.title).find(q) == std::string::npos) continue;
        if (!outlet.empty() && line.hosts.count(outlet) == 0) continue;
        if (!lang.empty() && line.language != lang) continue;
        // The ranking of newsdesk/stories.h as of the day (copies not told apart here).
        line.score = StoryScore(static_cast<int>(line.outlets.size()), line.on_day, 0, 0);
        lines.push_back(std::move(line));
      }
      std::stable_sort(lines.begin(), lines.end(), [](const StoryLine& a, const StoryLine& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
      });
      int total = static_cast<int>(lines.size());
      std::vector<StoryLine> page;
      for (int i = *offset; i < total && static_cast<int>(page.size()) < *limit; ++i) {
        page.push_back(lines[static_cast<std::size_t>(i)]);
      }
      return JsonOrError(Status::Ok(), StoriesJson(day, page, total));
    });
  });
  http.Get(
      R"(/api/articles/(\d{1,18}))", [this](const httplib::Request& req, httplib::Response& res) {
        int64_t id = std::stoll(req.matches[1]);
        Serve("article:" + std::to_string(id), req, res, [&](Store* store) {
          Result<std::optional<StoredArticle>> a = store->GetArticle(id);
          if (!a.ok()) return JsonOrError(a.status(), "");
          if (!a->has_value())
            return JsonOrError(Status::NotFound("no article " + std::to_string(id)), "");
          std::string story = (*a)->story != 0 ? std::to_string((*a)->story) : "";
          std::string copy_of = (*a)->duplicate_of != 0 ? std::to_string((*a)->duplicate_of) : "";
          JsonOptions jo;
          std::string id_text = std::to_string(id);
          jo.id = id_text;
          jo.extra = {{"story", story}, {"duplicate_of", copy_of}, {"host", (*a)->host}};
          std::string body;
          AppendArticleJson((*a)->article, jo, &body);
          return JsonOrError(Status::Ok(), body);
        });
      });
  http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    if (std::string why = CheckQuery(req, options.max_query_bytes); !why.empty()) {
      return SendError(res, 400, why);
    }
    std::optional<int> limit = IntParam(req, "limit", 20, 1, kMaxLimit);
    if (!limit) return SendError(res, 400, "limit wants 1 to 100");
    std::string q = req.get_param_value("q");
    Serve("search\x1f" + q + "\x1f" + std::to_string(*limit), req, res, [&](Store* store) {
      SearchOptions so;
      so.limit = *limit;
      so.highlight_open = "\x02";
      so.highlight_close = "\x03";
      Result<std::vector<Hit>> hits = store->Search(q, so);
      std::string body;
      if (hits.ok()) body = server::SearchJson(q, *hits);
      return JsonOrError(hits.status(), body);
    });
  });
  http.Get("/api/outlets", [this](const httplib::Request& req, httplib::Response& res) {
    Serve("outlets", req, res, [&](Store* store) {
      Result<std::vector<OutletRow>> outlets = store->Outlets();
      std::string body;
      if (outlets.ok()) body = server::OutletsJson(*outlets);
      return JsonOrError(outlets.status(), body);
    });
  });
}

void Server::Impl::AddPageRoutes() {
  auto page = [this](const std::string& key, const httplib::Request& req, httplib::Response& res,
                     const std::function<Result<std::string>(Store*)>& make) {
    Serve(key, req, res, [&](Store* store) {
      Cached c;
      c.type = "text/html; charset=utf-8";
      Result<std::string> html = make(store);
      if (html.ok()) {
        c.body = std::move(*html);
      } else {
        c.status = HttpStatusOf(html.status());
        c.body = server::ErrorPage(c.status, html.status().message());
      }
      return c;
    });
  };
  auto briefing_page = [page](const std::string& date, const httplib::Request& req,
                              httplib::Response& res) {
    page("page:briefing:" + date, req, res, [&](Store* store) -> Result<std::string> {
      BriefingOptions o;
      o.date = date;
      Result<Briefing> b = ReadArchiveBriefing(store, o);
      if (!b.ok()) return b.status();
      return server::BriefingPage(*b, "newsdesk");
    });
  };
  http.Get("/", [briefing_page](const httplib::Request& req, httplib::Response& res) {
    briefing_page("", req, res);
  });
  http.Get(R"(/date/(\d{4}-\d{2}-\d{2}))",
           [briefing_page](const httplib::Request& req, httplib::Response& res) {
             briefing_page(req.matches[1], req, res);
           });
  http.Get(R"(/story/(\d{1,18}))", [page](const httplib::Request& req, httplib::Response& res) {
    int64_t id = std::stoll(req.matches[1]);
    page("page:story:" + std::to_string(id), req, res, [&](Store* store) -> Result<std::string> {
      Result<Briefing> b = ReadArchiveBriefing(store, {}, id);
      if (!b.ok()) return b.status();
      return server::StoryPage(*b, store);
    });
  });
  http.Get(R"(/article/(\d{1,18}))", [page](const httplib::Request& req, httplib::Response& res) {
    int64_t id = std::stoll(req.matches[1]);
    page("page:article:" + std::to_string(id), req, res, [&](Store* store) -> Result<std::string> {
      Result<std::optional<StoredArticle>> a = store->GetArticle(id);
      if (!a.ok()) return a.status();
      if (!a->has_value()) return Status::NotFound("no article " + std::to_string(id));
      return server::ArticlePage(**a);
    });
  });
  http.Get("/search", [this, page](const httplib::Request& req, httplib::Response& res) {
    if (std::string why = CheckQuery(req, options.max_query_bytes); !why.empty()) {
      res.status = 400;
      res.set_content(server::ErrorPage(400, why), "text/html; charset=utf-8");
      return;
    }
    std::string q = req.get_param_value("q");
    page("page:search\x1f" + q, req, res, [&](Store* store) -> Result<std::string> {
      if (q.empty()) return server::SearchPage(q, {}, "");
      SearchOptions so;
      so.limit = 50;
      so.highlight_open = "\x02";
      so.highlight_close = "\x03";
      Result<std::vector<Hit>> hits = store->Search(q, so);
      if (!hits.ok()) {
        if (hits.status().code() == StatusCode::kInvalidArgument) {
          return server::SearchPage(q, {}, std::string(hits.status().message()));
        }
        return hits.status();
      }
      return server::SearchPage(q, *hits, "");
    });
  });
}

void Server::Impl::AddIngestRoute() {
  http.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
    if (options.token.empty()) {
      return SendError(res, 403, "this server is read-only (start it with --token-file)");
    }
    std::string auth = req.get_header_value("Authorization");
    if (auth.rfind("Bearer ", 0) != 0 || !SameToken(auth.substr(7), options.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401, "a valid token is needed (Authorization: Bearer <token>)");
    }
    bool html = req.get_header_value("Content-Type").rfind("text/html", 0) == 0;
    std::string since;
    if (!html) {
      // Every line must be an article: a bad one refuses the whole body (nothing is stored).
      std::size_t start = 0;
      int number = 0;
      while (start < req.body.size()) {
        std::size_t end = req.body.find('\n', start);
        if (end == std::string::npos) end = req.body.size();
        std::string_view line(req.body.data() + start, end - start);
        start = end + 1;
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        Result<ArticleRecord> r = ParseArticleJson(line);
        if (!r.ok() || !r->error.empty() || !r->skipped.empty()) {
          return SendError(res, 400, "line " + std::to_string(number) + " is not an article");
        }
        std::string day = r->article.date.substr(0, 10);
        if (IsDay(day) && (since.empty() || day < since)) since = day;
      }
      if (number == 0) return SendError(res, 400, "the body holds no article");
    }
    std::lock_guard<std::mutex> lock(write_mutex);
    char path[] = "/tmp/newsdesk-post-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return SendError(res, 500, "cannot write a temporary file");
    std::string named = std::string(path) + (html ? ".html" : ".jsonl");
    bool written =
        write(fd, req.body.data(), req.body.size()) == static_cast<ssize_t>(req.body.size());
    close(fd);
    if (!written || std::rename(path, named.c_str()) != 0) {
      std::remove(path);
      return SendError(res, 507, "cannot write a temporary file");
    }
    IngestOptions io;
    io.progress = false;
    io.batch.threads = 1;
    Result<IngestSummary> ingested = Ingest(writer.get(), {named}, io);
    std::remove(named.c_str());
    if (!ingested.ok()) return SendError(res, 507, std::string(ingested.status().message()));
    StoryUpdateOptions update;
    update.since = since;
    Result<StoryUpdateSummary> grown = UpdateStories(writer.get(), update);
    if (!grown.ok()) return SendError(res, 500, std::string(grown.status().message()));
    ++generation;
    std::string body = "{\"articles\":" + std::to_string(ingested->articles) +
                       ",\"added\":" + std::to_string(ingested->added) +
                       ",\"updated\":" + std::to_string(ingested->updated) +
                       ",\"unchanged\":" + std::to_string(ingested->unchanged) +
                       ",\"duplicates\":" + std::to_string(ingested->duplicates) +
                       ",\"failed\":" + std::to_string(ingested->failed) +
                       ",\"placed\":" + std::to_string(grown->placed) +
                       ",\"new_stories\":" + std::to_string(grown->new_stories) + "}";
    res.status = ingested->articles == 0 ? 400 : 201;
    res.set_header("Cache-Control", "no-store");
    res.set_content(ingested->articles == 0 ? ErrorJson(400, "no article could be read") : body,
                    "application/json");
  });
}

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  static std::atomic<uint64_t> instances{0};
  std::unique_ptr<Server> server(new Server());
  server->impl_ = std::make_unique<Impl>();
  Impl& impl = *server->impl_;
  impl.options = options;
  impl.instance = ++instances;
  // The archive must open now, not at the first request.
  Result<Store*> reader = impl.Reader();
  if (!reader.ok()) return reader.status();
  if (!options.token.empty()) {
    Result<std::unique_ptr<Store>> writer = Store::Open(options.db);
    if (!writer.ok()) return writer.status();
    impl.writer = std::move(writer).value();
  }
  // cpp-httplib gives each connection a worker for as long as it is kept alive: the pool must
  // hold as many connections as readers keep open (idle ones cost a sleeping thread).
  int threads =
      options.threads > 0
          ? options.threads
          : std::max(kMinThreads, 8 * static_cast<int>(std::thread::hardware_concurrency()));
  impl.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl.http.set_payload_max_length(options.max_body_bytes);
  impl.http.set_read_timeout(10, 0);
  impl.http.set_write_timeout(10, 0);
  impl.http.set_keep_alive_max_count(1000);
  impl.http.set_keep_alive_timeout(2);
  impl.http.set_tcp_nodelay(true);  // else Nagle and delayed ACKs add 40 ms to each response
  impl.AddApiRoutes();
  impl.AddPageRoutes();
  impl.AddIngestRoute();
  impl.http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy", kCsp);
    res.set_header("Referrer-Policy", "no-referrer");
  });
  impl.http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404   ? "no such route"
                          : res.status == 413 ? "the body is too large"
                          : res.status == 414 ? "the URI is too long"
                                              : "bad request";
    bool api = req.path.rfind("/api/", 0) == 0;
    if (api) {
      res.set_content(ErrorJson(res.status, message), "application/json");
    } else {
      res.set_content(server::ErrorPage(res.status, message), "text/html; charset=utf-8");
    }
  });
  if (options.log) {
    impl.http.set_logger(
        [log = options.log](const httplib::Request& req, const httplib::Response& res) {
          log(req.remote_addr + " " + req.method + " " + req.path + " " +
              std::to_string(res.status) + " " + std::to_string(res.body.size()));
        });
  }
  if (options.port == 0) {
    impl.port = impl.http.bind_to_any_port(options.host);
    if (impl.port <= 0) return Status::IoError("cannot listen on " + options.host);
  } else {
    if (!impl.http.bind_to_port(options.host, options.port)) {
      return Status::IoError("cannot listen on " + options.host + ":" +
                             std::to_string(options.port) + " (in use?)");
    }
    impl.port = options.port;
  }
  return server;
}

Server::~Server() {
  if (impl_) impl_->http.stop();
}

int Server::port() const { return impl_->port; }

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

}  // namespace newsdesk
