// The _newsdesk_store extension module: the archive (newsdesk/store.h) and ingest
// (newsdesk/ingest.h) for Python. A module of its own because it links SQLite, which the core
// module (_newsdesk) never does. The package's newsdesk.Store wraps it; see its docstrings.
//
// Each call is the call `newsdesk ingest` or `newsdesk search` makes, with the GIL released;
// summaries and hits become dicts with the CLI's words and JSON fields.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/ingest.h"
#include "newsdesk/store.h"
#include "py_errors.h"

namespace py = pybind11;

namespace {

using newsdesk::python::Raise;
using newsdesk::python::Str;

// One Store, used by one thread at a time (newsdesk/store.h): every call takes the lock with the
// GIL released, so a Python thread waiting for it does not hold up the others.
class PyStore {
 public:
  PyStore(const std::string& path, bool read_only, int busy_timeout_ms) {
    newsdesk::StoreOptions options;
    options.read_only = read_only;
    options.busy_timeout_ms = busy_timeout_ms;
    std::optional<newsdesk::Result<std::unique_ptr<newsdesk::Store>>> store;
    {
      py::gil_scoped_release release;
      store = newsdesk::Store::Open(path, options);
    }
    if (!store->ok()) Raise(store->status());
    store_ = std::move(store->value());
  }

  // The summary with the words of the CLI's summary line.
  py::dict Ingest(const std::vector<std::string>& inputs, int threads, int batch_rows,
                  bool near_duplicates, bool progress) {
    newsdesk::IngestOptions options;  // as `newsdesk ingest` sets them
    options.rows_per_transaction = batch_rows;
    options.near_duplicates = near_duplicates;
    options.progress = progress;
    options.batch.threads = threads;
    options.batch.extract.render_html = false;  // the archive keeps no HTML
    std::optional<newsdesk::Result<newsdesk::IngestSummary>> summary;
    WithStore([&](newsdesk::Store* store) { summary = newsdesk::Ingest(store, inputs, options); });
    if (!summary->ok()) {
      const newsdesk::Status& st = summary->status();
      Raise(newsdesk::Status(st.code(), std::string(st.message()) +
                                            " (stopped: the articles committed before the "
                                            "failure are kept; run again to complete)"));
    }
    const newsdesk::IngestSummary& s = summary->value();
    py::dict d;
    d["articles"] = s.articles;
    d["new"] = s.added;
    d["updated"] = s.updated;
    d["unchanged"] = s.unchanged;
    d["duplicate"] = s.duplicates;
    d["skipped"] = s.skipped;
    d["failed"] = s.failed;
    d["seconds"] = s.seconds;
    return d;
  }

  // The hits as dicts with the fields of `newsdesk search --format jsonl`, in its order.
  py::list Search(const std::string& query, const newsdesk::SearchOptions& options) {
    std::optional<newsdesk::Result<std::vector<newsdesk::Hit>>> hits;
    WithStore([&](newsdesk::Store* store) { hits = store->Search(query, options); });
    if (!hits->ok()) {
      const newsdesk::Status& st = hits->status();
      if (st.code() == newsdesk::StatusCode::kInvalidArgument) {
        throw py::value_error("bad query: " + std::string(st.message()));  // as the CLI says it
      }
      Raise(st);
    }
    py::list out;
    for (const newsdesk::Hit& h : hits->value()) {
      py::dict d;
      d["id"] = h.id;
      d["url"] = Str(h.url);
      d["title"] = Str(h.title);
      d["date"] = Str(h.date);
      d["outlet"] = Str(h.outlet);
      d["language"] = Str(h.language);
      d["snippet"] = Str(h.snippet);
      d["score"] = h.score;
      if (h.duplicate_of) d["duplicate_of"] = h.duplicate_of;
      out.append(d);
    }
    return out;
  }

  py::dict Counts() {
    std::optional<newsdesk::Result<newsdesk::StoreCounts>> counts;
    WithStore([&](newsdesk::Store* store) { counts = store->Counts(); });
    if (!counts->ok()) Raise(counts->status());
    py::dict d;
    d["articles"] = counts->value().articles;
    d["outlets"] = counts->value().outlets;
    d["revisions"] = counts->value().revisions;
    d["duplicates"] = counts->value().duplicates;
    return d;
  }

  py::list Outlets() {
    std::optional<newsdesk::Result<std::vector<newsdesk::OutletRow>>> rows;
    WithStore([&](newsdesk::Store* store) { rows = store->Outlets(); });
    if (!rows->ok()) Raise(rows->status());
    py::list out;
    for (const newsdesk::OutletRow& o : rows->value()) {
      py::dict d;
      d["host"] = Str(o.host);
      d["name"] = Str(o.name);
      d["language"] = Str(o.language);
      d["articles"] = o.articles;
      out.append(d);
    }
    return out;
  }

  // Closes the database (waiting for a call in another thread to finish). Closing twice is fine.
  void Close() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    store_.reset();
    closed_ = true;
  }

  // Without the lock, so that it answers while another thread ingests.
  bool closed() const { return closed_; }

 private:
  // Runs fn(store) without the GIL, holding the lock; ValueError when the store is closed (as
  // for a closed Python file).
  template <typename Fn>
  void WithStore(Fn&& fn) {
    bool closed = false;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      if (store_ == nullptr) {
        closed = true;
      } else {
        fn(store_.get());
      }
    }
    if (closed) throw py::value_error("the store is closed");
  }

  std::mutex mu_;
  std::unique_ptr<newsdesk::Store> store_;  // null once closed
  std::atomic<bool> closed_ = false;
};

}  // namespace

PYBIND11_MODULE(_newsdesk_store, m) {
  m.doc() = "newsdesk's archive (SQLite); use newsdesk.Store, not this module.";
  // The engine's defaults, so the Python signatures never restate them.
  m.attr("DEFAULT_BUSY_TIMEOUT_MS") = newsdesk::StoreOptions{}.busy_timeout_ms;
  m.attr("DEFAULT_BATCH_ROWS") = newsdesk::IngestOptions{}.rows_per_transaction;
  m.attr("DEFAULT_THREADS") = newsdesk::IngestOptions{}.batch.threads;
  m.attr("DEFAULT_LIMIT") = newsdesk::SearchOptions{}.limit;
  m.attr("DEFAULT_HIGHLIGHT") = py::make_tuple(newsdesk::SearchOptions{}.highlight_open,
                                               newsdesk::SearchOptions{}.highlight_close);
  m.attr("SCHEMA_VERSION") = newsdesk::Store::SchemaVersion();
  py::class_<PyStore>(m, "Store")
      .def(py::init<const std::string&, bool, int>(), py::arg("path"), py::arg("read_only"),
           py::arg("busy_timeout_ms"))
      .def("ingest", &PyStore::Ingest, py::arg("inputs"), py::arg("threads"), py::arg("batch_rows"),
           py::arg("near_duplicates"), py::arg("progress"))
      .def(
          "search",
          [](PyStore& self, const std::string& query, const std::string& since,
             const std::string& outlet, const std::string& language, int limit,
             const std::string& highlight_open, const std::string& highlight_close) {
            newsdesk::SearchOptions options;
            options.since = since;
            options.outlet = outlet;
            options.language = language;
            options.limit = limit;
            options.highlight_open = highlight_open;
            options.highlight_close = highlight_close;
            return self.Search(query, options);
          },
          py::arg("query"), py::arg("since"), py::arg("outlet"), py::arg("language"),
          py::arg("limit"), py::arg("highlight_open"), py::arg("highlight_close"))
      .def("counts", &PyStore::Counts)
      .def("outlets", &PyStore::Outlets)
      .def("close", &PyStore::Close)
      .def_property_readonly("closed", &PyStore::closed);
}
