// The _newsdesk extension module: the C++ engine for Python (pybind11). The Python package
// (python/newsdesk/__init__.py) wraps it; see its docstrings for the API.
//
// Every call into the engine releases the GIL, so Python threads extract in parallel. Results
// cross as the same JSON the CLI writes, so Python and the CLI cannot drift apart.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <type_traits>

#include "newsdesk/batch.h"
#include "newsdesk/extract.h"
#include "newsdesk/site_profile.h"
#include "newsdesk/warc.h"
#include "py_errors.h"

namespace py = pybind11;

namespace {

using newsdesk::python::Raise;

std::string BytesOf(const py::object& html) {
  if (py::isinstance<py::bytes>(html)) return html.cast<std::string>();
  if (py::isinstance<py::str>(html)) {
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(html.ptr(), &size);
    if (utf8 == nullptr) {
      // A lone surrogate (from a bad decode with surrogateescape) has no UTF-8 form.
      PyErr_Clear();
      throw py::value_error(
          "html: the str holds characters that cannot be encoded as UTF-8 (a lone surrogate?); "
          "pass the page's bytes instead");
    }
    return std::string(utf8, static_cast<std::size_t>(size));
  }
  throw py::type_error(std::string("html must be str or bytes, not ") +
                       Py_TYPE(html.ptr())->tp_name);
}

// The article as a dict with the CLI's JSON fields, in the same order (built directly: a JSON
// round trip through Python's json module would cost a fifth of the extraction time).
py::dict ArticleDict(const newsdesk::Article& a, bool with_html, bool explain) {
  auto str = newsdesk::python::Str;
  auto list = [&](const std::vector<std::string>& v) {
    py::list l;
    for (const std::string& s : v) l.append(str(s));
    return l;
  };
  py::dict d;
  ForEachArticleField(a, [&](const char* name, const auto& value, newsdesk::ArticleFieldKind kind) {
    if (kind == newsdesk::ArticleFieldKind::kDiagnostic && value.empty()) return;
    if (kind == newsdesk::ArticleFieldKind::kHtml && !with_html) return;
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
      d[name] = str(value);
    } else {
      d[name] = list(value);
    }
  });
  if (explain) {
    py::dict sources;
    for (const auto& [field, source] : a.sources) sources[str(field)] = str(source);
    d["sources"] = sources;
    py::list removed;
    for (const auto& r : a.removed) {
      py::dict item;
      item["label"] = str(r.label);
      item["text"] = str(r.text);
      removed.append(item);
    }
    d["removed"] = removed;
  }
  return d;
}

class PyExtractor {
 public:
  py::dict Extract(const py::object& html, const std::string& url, bool with_html, bool explain,
                   std::size_t max_input_bytes, std::size_t max_tree_depth,
                   const std::string& charset, const std::string& reference_date,
                   const std::string& input_format,
                   std::shared_ptr<newsdesk::SiteProfile> site_profile) {
    std::string bytes = BytesOf(html);
    newsdesk::ExtractOptions options;
    if (input_format == "text") {
      options.input_format = newsdesk::InputFormat::kText;
    } else if (input_format == "html") {
      options.input_format = newsdesk::InputFormat::kHtml;
    } else if (input_format != "auto") {
      throw py::value_error("input_format must be 'auto', 'html' or 'text'");
    }
    options.site_profile = std::move(site_profile);
    options.url = url;
    options.report_boilerplate = explain;
    options.max_input_bytes = max_input_bytes;
    options.max_tree_depth = max_tree_depth;
    options.charset = charset;
    options.reference_date = reference_date;
    options.render_html = with_html;
    newsdesk::Result<newsdesk::Article> a = newsdesk::Status::Internal("not run");
    {
      py::gil_scoped_release release;
      a = extractor_.Extract(bytes, options);
    }
    if (!a.ok()) Raise(a.status());
    return ArticleDict(*a, with_html, explain);
  }

 private:
  newsdesk::Extractor extractor_;
};

class PyWarcRecords {
 public:
  explicit PyWarcRecords(const std::string& path) {
    auto r = newsdesk::WarcReader::Open(path);
    if (!r.ok()) Raise(r.status());
    reader_ = std::move(r.value());
  }
  py::dict Next() {
    newsdesk::WarcRecord record;
    bool more;
    {
      py::gil_scoped_release release;
      more = reader_->Next(&record);
    }
    if (!more) throw py::stop_iteration();
    py::dict d;
    d["offset"] = record.offset;
    d["type"] = record.type;
    d["url"] = record.target_uri;
    d["date"] = record.date;
    d["record_id"] = record.record_id;
    d["content_type"] = record.content_type;
    d["error"] = record.status.ok() ? py::object(py::none()) : py::str(record.status.ToString());
    d["block"] = py::bytes(record.block);
    if (record.status.ok() && record.type == "response") {
      auto http = newsdesk::ParseHttpResponse(record.block);
      if (http.ok()) {
        d["http_status"] = http->status;
        d["http_content_type"] = http->content_type;
        d["charset"] = http->charset;
        d["body"] = py::bytes(http->body);
      }
    }
    return d;
  }

 private:
  std::unique_ptr<newsdesk::WarcReader> reader_;
};

class PyWarcLines {
 public:
  PyWarcLines(const std::string& path, bool explain, std::size_t max_document_bytes) {
    newsdesk::BatchOptions options;
    options.extract.report_boilerplate = explain;
    options.max_document_bytes = max_document_bytes;
    options.extract.max_input_bytes = max_document_bytes;
    auto r = newsdesk::WarcLineReader::Open(path, options);
    if (!r.ok()) Raise(r.status());
    reader_ = std::move(r.value());
  }
  std::string Next() {
    std::string line;
    bool more;
    {
      py::gil_scoped_release release;
      more = reader_->Next(&line);
    }
    if (!more) throw py::stop_iteration();
    return line;
  }

 private:
  std::unique_ptr<newsdesk::WarcLineReader> reader_;
};

// A site profile: built (add_document, finish) before it is shared with extractors, which only
// read it.
newsdesk::Status RaiseIfError(newsdesk::Status status) {
  if (!status.ok()) Raise(status);
  return status;
}

}  // namespace

PYBIND11_MODULE(_newsdesk, m) {
  m.doc() = "newsdesk's C++ engine; use the `newsdesk` package, not this module.";
  // The engine's defaults, so the Python signatures never restate them.
  m.attr("DEFAULT_MAX_INPUT_BYTES") = newsdesk::ExtractOptions{}.max_input_bytes;
  m.attr("DEFAULT_MAX_TREE_DEPTH") = newsdesk::ExtractOptions{}.max_tree_depth;
  m.attr("DEFAULT_MAX_DOCUMENT_BYTES") = newsdesk::BatchOptions{}.max_document_bytes;
  py::class_<PyExtractor>(m, "Extractor")
      .def(py::init<>())
      .def("extract", &PyExtractor::Extract, py::arg("html"), py::arg("url") = "",
           py::arg("with_html") = false, py::arg("explain") = false,
           py::arg("max_input_bytes") = newsdesk::ExtractOptions{}.max_input_bytes,
           py::arg("max_tree_depth") = newsdesk::ExtractOptions{}.max_tree_depth,
           py::arg("charset") = "", py::arg("reference_date") = "",
           py::arg("input_format") = "auto", py::arg("site_profile") = nullptr);
  py::class_<newsdesk::SiteProfile, std::shared_ptr<newsdesk::SiteProfile>>(m, "SiteProfile")
      .def(py::init<>())
      .def(
          "add_document",
          [](newsdesk::SiteProfile& self, const std::string& text) {
            py::gil_scoped_release release;
            self.AddDocument(text);
          },
          py::arg("text"))
      .def(
          "finish",
          [](newsdesk::SiteProfile& self, std::size_t min_documents, double min_share) {
            newsdesk::SiteProfile::Options options;
            options.min_documents = min_documents;
            options.min_share = min_share;
            self.Finish(options);
          },
          py::arg("min_documents") = newsdesk::SiteProfile::Options{}.min_documents,
          py::arg("min_share") = newsdesk::SiteProfile::Options{}.min_share)
      .def("is_boilerplate", &newsdesk::SiteProfile::IsBoilerplate, py::arg("line"))
      .def_property_readonly("documents", &newsdesk::SiteProfile::documents)
      .def("__len__", &newsdesk::SiteProfile::size)
      .def("lines", &newsdesk::SiteProfile::Lines)
      .def(
          "save",
          [](const newsdesk::SiteProfile& self, const std::string& path) {
            RaiseIfError(self.Save(path));
          },
          py::arg("path"))
      .def_static(
          "load",
          [](const std::string& path) {
            auto r = newsdesk::SiteProfile::Load(path);
            if (!r.ok()) Raise(r.status());
            return std::make_shared<newsdesk::SiteProfile>(std::move(r.value()));
          },
          py::arg("path"));
  py::class_<PyWarcRecords>(m, "WarcRecords")
      .def(py::init<const std::string&>())
      .def("__iter__", [](PyWarcRecords& self) -> PyWarcRecords& { return self; })
      .def("__next__", &PyWarcRecords::Next);
  py::class_<PyWarcLines>(m, "WarcLines")
      .def(py::init<const std::string&, bool, std::size_t>(), py::arg("path"),
           py::arg("explain") = false,
           py::arg("max_document_bytes") = newsdesk::BatchOptions{}.max_document_bytes)
      .def("__iter__", [](PyWarcLines& self) -> PyWarcLines& { return self; })
      .def("__next__", &PyWarcLines::Next);
}
