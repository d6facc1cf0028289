// What the two extension modules (_newsdesk, _newsdesk_store) share: engine errors as Python
// exceptions, and engine strings as Python str.
#pragma once

#include <pybind11/pybind11.h>

#include <stdexcept>
#include <string>

#include "newsdesk/status.h"

namespace newsdesk::python {

// Raises the Python exception for `status` with its message: ValueError for a bad argument, a
// limit or corrupt input, FileNotFoundError, OSError for I/O, RuntimeError for the rest.
[[noreturn]] inline void Raise(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kLimitExceeded:
    case StatusCode::kCorruptInput:
      throw pybind11::value_error(status.ToString());
    case StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, status.ToString().c_str());
      throw pybind11::error_already_set();
    case StatusCode::kIoError:
      PyErr_SetString(PyExc_OSError, status.ToString().c_str());
      throw pybind11::error_already_set();
    default:
      throw std::runtime_error(status.ToString());
  }
}

// `s` as a Python str; bytes that are not UTF-8 become U+FFFD.
inline pybind11::str Str(const std::string& s) {
  return pybind11::reinterpret_steal<pybind11::str>(
      PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

}  // namespace newsdesk::python
