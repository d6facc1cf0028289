"""A PEP 517 build backend for `pip install .`, with no build dependencies to download: it runs
the project's CMake build for the Python that runs it and packs build/python/newsdesk into a
wheel. (Debian 12 ships no scikit-build; this does the little we need.)"""
import base64
import hashlib
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile

NAME = "newsdesk"
VERSION = "0.1.0"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def _tag():
    impl = f"cp{sys.version_info.major}{sys.version_info.minor}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{impl}-{impl}-{platform}"


def _metadata():
    return (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
            "Summary: Clean, structured news from raw web pages, fast (C++ engine)\n"
            "Requires-Python: >=3.9\n")


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    build = os.path.join(ROOT, "build-wheel-" + _tag())
    subprocess.run(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release",
                    f"-DPython3_EXECUTABLE={sys.executable}", "-DNEWSDESK_BUILD_TESTS=OFF",
                    "-DNEWSDESK_BUILD_BENCH=OFF"], check=True, stdout=sys.stderr)
    subprocess.run(["cmake", "--build", build, "--target", "_newsdesk", "_newsdesk_store",
                    "-j", str(os.cpu_count() or 2)], check=True, stdout=sys.stderr)
    package = os.path.join(build, "python", NAME)
    wheel_name = f"{NAME}-{VERSION}-{_tag()}.whl"
    dist_info = f"{NAME}-{VERSION}.dist-info"
    records = []

    def add(zf, arcname, data):
        zf.writestr(arcname, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        records.append(f"{arcname},sha256={digest},{len(data)}")

    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(os.listdir(package)):
            with open(os.path.join(package, name), "rb") as f:
                add(zf, f"{NAME}/{name}", f.read())
        add(zf, f"{dist_info}/METADATA", _metadata().encode())
        add(zf, f"{dist_info}/WHEEL", (f"Wheel-Version: 1.0\nGenerator: newsdesk build_backend\n"
                                       f"Root-Is-Purelib: false\nTag: {_tag()}\n").encode())
        records.append(f"{dist_info}/RECORD,,")
        zf.writestr(f"{dist_info}/RECORD", "\n".join(records) + "\n")
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    name = f"{NAME}-{VERSION}"
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    path = os.path.join(sdist_directory, name + ".tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        for f in files:
            tar.add(os.path.join(ROOT, f), arcname=f"{name}/{f}")
        info = tarfile.TarInfo(f"{name}/PKG-INFO")
        data = _metadata().encode()
        info.size = len(data)
        import io
        tar.addfile(info, io.BytesIO(data))
    return name + ".tar.gz"
