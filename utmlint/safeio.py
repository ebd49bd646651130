"""Every file utmlint reads or writes goes through here, so a pull request cannot point either elsewhere.

In CI the campaign files, the config, the cache folder and even the names of files are written by
whoever opened the pull request; any of them can be a symlink, a FIFO, a device or a huge file.

Reading (`read_regular`): regular files only (a FIFO is opened without waiting for a writer, then
refused), up to a size limit known before a byte is read, with one plain message per failure.

Writing: a file is always created under a fresh random name with O_CREAT|O_EXCL|O_NOFOLLOW (what
`mkstemp` does) in the target's own folder, then renamed over the target, which replaces a planted
symlink instead of writing through it. Folders are opened one component at a time with
O_NOFOLLOW below a trusted root (the project root, the user cache folder, or a folder the user named
on the command line), and every later step works relative to that open folder, so a folder swapped
for a symlink between the check and the write changes nothing.
- `replace_in` / `create_in`: the caches and their .gitignore; `publish_in`: a new file, whole or not at all,
  never replacing one (`utmlint import` without --force).
- `rewrite`: `--fix`. Writes through a symlink only when its target lies inside the project, refuses
  files with several hard links, read-only files and files owned by someone else, keeps the mode,
  and re-reads the file just before the rename: if it changed meanwhile, nothing is written.
- `output`: `--output`. A FIFO, a character device or the process's own stdout/stderr is written
  into; a regular file is replaced atomically; a folder is a clear error.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing

if TYPE_CHECKING:  # typing, pathlib and contextlib cost the pre-commit fast path (replay.py) too much
    from pathlib import Path
    from typing import IO, Iterator, Optional, Tuple, Union

    PathLike = Union[str, "os.PathLike[str]"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# Relative opens, mkdir and rename against an open folder: where the OS has them (Linux, macOS, BSDs).
_DIR_FD = os.open in os.supports_dir_fd and os.replace in os.supports_dir_fd and os.mkdir in os.supports_dir_fd


class ReadRefused(Exception):
    """A file utmlint will not (or cannot) read. str() says why, without the path (callers locate it)."""


class WriteRefused(Exception):
    """A file utmlint will not write. str() says why, without the path; nothing was changed."""


_READ_ERRORS = {
    errno.ENOENT: "file disappeared before it could be read",
    errno.EACCES: "permission denied: utmlint cannot read this file",
    errno.ELOOP: "symbolic link loop: the link never reaches a file",
    errno.EISDIR: "is a folder, not a file",
}


def read_error(error: OSError) -> str:
    return _READ_ERRORS.get(error.errno, f"cannot read file: {error.strerror or error}")


def read_regular_stat(path: PathLike, limit: int, what: str = "this kind of file",
                      dir_fd: Optional[int] = None, follow: bool = True) -> Tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most `limit` bytes, and its stat taken after opening and BEFORE
    reading (so a write during the read shows as a newer stat next time). Raises ReadRefused."""
    flags = os.O_RDONLY | _NONBLOCK | _CLOEXEC | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags, dir_fd=dir_fd) if dir_fd is not None else os.open(path, flags)
    except OSError as error:
        raise ReadRefused(read_error(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadRefused("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused("is not a regular file (a pipe, socket or device); utmlint reads only files")
        if info.st_size > limit:
            raise ReadRefused(_too_big(info.st_size, limit, what))
        # Ask for what fstat says is there, plus one byte in case it grew: asking for the limit
        # itself would allocate the whole limit for every small file.
        raw = _read_fd(fd, info.st_size + 1)
        if len(raw) > info.st_size:  # grew while we read
            raw += _read_fd(fd, limit + 1 - len(raw))
        if len(raw) > limit:
            raise ReadRefused(_too_big(os.fstat(fd).st_size, limit, what))
        return raw, info
    except OSError as error:
        raise ReadRefused(read_error(error)) from None
    finally:
        os.close(fd)


def _read_fd(fd: int, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file, as a buffered file's read(size) gives them, without
    making one (a file object per campaign file cost a lint about a third of its reading)."""
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_regular(path: PathLike, limit: int, what: str = "this kind of file", follow: bool = True) -> bytes:
    return read_regular_stat(path, limit, what, follow=follow)[0]


def _too_big(size: int, limit: int, what: str) -> str:
    return f"file is {size:,} bytes, over utmlint's limit of {limit:,} bytes for {what}"


# -- folders ---------------------------------------------------------------------------------------


def is_inside(path: PathLike, root: PathLike) -> bool:
    """True when `path` is `root` or below it, by spelling (both made absolute and normalised)."""
    path, root = os.path.normpath(os.path.abspath(path)), os.path.normpath(os.path.abspath(root))
    return path == root or path.startswith(os.path.join(root, ""))


class Folder:
    """An open folder: later steps work relative to it, so swapping a path component for a symlink after
    the check changes nothing. `path` is for messages (and for systems without relative opens)."""

    def __init__(self, fd: int, path: str):
        self.fd, self.path = fd, path

    def close(self) -> None:
        os.close(self.fd)

    def __enter__(self) -> "Folder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _at(self, name: str) -> dict:
        return {"dir_fd": self.fd} if _DIR_FD else {}

    def _name(self, name: str) -> str:
        return name if _DIR_FD else os.path.join(self.path, name)

    def open(self, name: str, flags: int, mode: int = 0o777) -> int:
        return os.open(self._name(name), flags, mode, **self._at(name))

    def lstat(self, name: str) -> os.stat_result:
        return os.stat(self._name(name), follow_symlinks=False, **self._at(name))

    def unlink(self, name: str) -> None:
        try:
            os.unlink(self._name(name), **self._at(name))
        except OSError:
            pass

    def rename(self, temp: str, name: str) -> None:
        if _DIR_FD:
            os.replace(temp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        else:
            os.replace(os.path.join(self.path, temp), os.path.join(self.path, name))


def open_folder(folder: PathLike, root: Optional[PathLike] = None, create: bool = False, mode: int = 0o777) -> Folder:
    """`folder`, opened. With `root`, `folder` must lie inside it and every component below `root` must be
    a real folder, never a symlink (created when `create`). Without `root` the folder is one the user
    named: its path is followed as spelled. Raises WriteRefused."""
    folder = os.path.normpath(os.path.abspath(folder))
    if root is None:
        if create:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as error:
                raise WriteRefused(f"cannot create folder {folder}: {error.strerror or error}") from None
        return Folder(_open_dir(folder), folder)
    root = os.path.normpath(os.path.abspath(root))
    if not is_inside(folder, root):
        raise WriteRefused(f"{folder} is outside {root}")
    fd, path = _open_dir(root), root
    for part in ([] if folder == root else os.path.relpath(folder, root).split(os.sep)):
        fd, path = _step(fd, path, part, create, mode), os.path.join(path, part)
    return Folder(fd, path)


def _open_dir(path: str) -> int:
    try:
        return os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    except OSError as error:
        if error.errno == errno.ENOTDIR:
            raise WriteRefused(f"{path} is not a folder") from None
        raise WriteRefused(f"cannot open folder {path}: {error.strerror or error}") from None


def _step(parent: int, parent_path: str, name: str, create: bool, mode: int) -> int:
    """Open `name` inside the open folder `parent` without following a symlink; `parent` is closed."""
    flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
    full = os.path.join(parent_path, name)
    try:
        if not _DIR_FD:  # no relative opens on this OS: check by path (racy, the best it offers)
            if create and not os.path.lexists(full):
                os.mkdir(full, mode)
            if os.path.islink(full):
                raise OSError(errno.ELOOP, "symbolic link")
            return os.open(full, flags)
        try:
            return os.open(name, flags, dir_fd=parent)
        except FileNotFoundError:
            if not create:
                raise
            try:
                os.mkdir(name, mode, dir_fd=parent)
            except FileExistsError:
                pass  # created meanwhile (another run): opened below, still without following
            return os.open(name, flags, dir_fd=parent)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK, errno.EEXIST):
            raise WriteRefused(f"{full} is a symbolic link or not a folder; utmlint does not write through it") from None
        raise WriteRefused(f"cannot open folder {full}: {error.strerror or error}") from None
    finally:
        os.close(parent)


# -- writing inside an open folder -----------------------------------------------------------------


def _temp_name(name: str) -> str:
    # os.urandom is what secrets.token_hex reads; secrets itself imports hmac, and hmac OpenSSL (a warm scan that
    # writes its cache would load it for this name alone)
    return f".{name}.{os.urandom(8).hex()}.utmlint-tmp"


_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC


def _fill(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _whole_temp(folder: Folder, name: str, data: bytes, mode: int) -> str:
    """A new exclusive temp file beside `name` holding all of `data` (flushed); its name. Nothing is left
    behind when writing fails. Raises OSError."""
    temp = _temp_name(name)
    fd = folder.open(temp, _EXCLUSIVE, mode)
    try:
        try:
            _fill(fd, data)
        finally:
            os.close(fd)
    except BaseException:
        folder.unlink(temp)
        raise
    return temp


def replace_in(folder: Folder, name: str, data: bytes, mode: int = 0o644) -> None:
    """Atomically make `name` in `folder` hold `data`: a new exclusive temp file renamed over it.
    A symlink at `name` is replaced, never followed. Raises OSError."""
    temp = _whole_temp(folder, name, data, mode)
    try:
        folder.rename(temp, name)
    except BaseException:
        folder.unlink(temp)
        raise


def publish_in(folder: Folder, name: str, data: bytes, mode: int = 0o644) -> bool:
    """Atomically create `name` holding `data`, only when nothing (not even a dangling symlink) has that name:
    a whole temp file is hard-linked to the name (which fails when it is taken), so no reader ever sees half a
    file and nothing is overwritten. False when the name is taken. Raises OSError."""
    temp = _whole_temp(folder, name, data, mode)
    try:
        try:
            if _DIR_FD:
                os.link(temp, name, src_dir_fd=folder.fd, dst_dir_fd=folder.fd, follow_symlinks=False)
            else:
                os.link(os.path.join(folder.path, temp), os.path.join(folder.path, name), follow_symlinks=False)
        except FileExistsError:
            return False
        return True
    finally:
        folder.unlink(temp)


def create_in(folder: Folder, name: str, data: bytes, mode: int = 0o644) -> bool:
    """Create `name` with `data` only when nothing (not even a dangling symlink) has that name yet."""
    try:
        fd = folder.open(name, _EXCLUSIVE, mode)
    except FileExistsError:
        return False
    try:
        _fill(fd, data)
    finally:
        os.close(fd)
    return True


# -- --fix -----------------------------------------------------------------------------------------


def rewrite(path: PathLike, new: bytes, expected: bytes, root: PathLike) -> None:
    """Replace the campaign file `path`, whose bytes were `expected` when it was read, with `new`.

    Raises WriteRefused, with nothing changed, when the file is a symlink leading outside the project
    `root`, has other hard links, is read-only or someone else's, or no longer holds `expected`.
    """
    given = os.path.abspath(path)
    real = os.path.realpath(given)
    real_root = os.path.realpath(root)
    if real != given and not is_inside(real, real_root):
        raise WriteRefused(f"is a symbolic link to {real}, outside the project ({real_root}); "
                           "utmlint fixes only files inside it")
    parent, name = os.path.split(real)
    with open_folder(parent, real_root if is_inside(parent, real_root) else None) as folder:
        try:
            info = folder.lstat(name)
        except OSError as error:
            raise WriteRefused(read_error(error)) from None
        _check_rewritable(info)
        temp = _temp_name(name)
        fd = folder.open(temp, _EXCLUSIVE, 0o600)
        try:
            try:
                _fill(fd, new)
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, stat.S_IMODE(info.st_mode))
                if hasattr(os, "geteuid") and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                    _keep_owner(fd, info)
            finally:
                os.close(fd)
            _still_holds(folder, name, info, expected)
            folder.rename(temp, name)
        except BaseException:
            folder.unlink(temp)
            raise


def _check_rewritable(info: os.stat_result) -> None:
    mode = stat.S_IMODE(info.st_mode)
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused("is not a regular file")
    if info.st_nlink > 1:
        raise WriteRefused(f"has {info.st_nlink} hard links; replacing it would break them "
                           "(fix it by hand, or give it a file of its own)")
    if not mode & stat.S_IWUSR:
        raise WriteRefused(f"is read-only (mode {mode:04o}); make it writable to let --fix change it")


def _keep_owner(fd: int, info: os.stat_result) -> None:
    try:
        os.fchown(fd, info.st_uid, info.st_gid)
    except OSError:
        if info.st_uid != os.geteuid():
            raise WriteRefused("belongs to another user; replacing it would change its owner") from None
        # Only the group differs and it may not be set: the owner, which decides access, is kept.


def _still_holds(folder: Folder, name: str, before: os.stat_result, expected: bytes) -> None:
    """The file is still the one read (same inode) holding the same bytes; else WriteRefused."""
    changed = WriteRefused("changed while it was being fixed; left as it is (run `utmlint lint --fix` again)")
    try:
        fd = folder.open(name, os.O_RDONLY | _NONBLOCK | _NOFOLLOW | _CLOEXEC)
    except OSError:
        raise changed from None
    with open(fd, "rb") as handle:
        now = os.fstat(fd)
        raw = handle.read(len(expected) + 1)
    if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino) or raw != expected:
        raise changed


# -- --output --------------------------------------------------------------------------------------


def output(path: PathLike, encoding: str = "utf-8") -> Iterator[IO[str]]:
    from contextlib import contextmanager

    return contextmanager(_output)(path, encoding)


def _output(path: PathLike, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream for `--output PATH`, committed when the block ends without an exception.

    Our own stdout or stderr (`/dev/stdout`, `/proc/self/fd/1`, a symlink to them) is written to
    directly; a FIFO or character device is opened and written into; a regular file (or a new name) gets
    a temp file beside it, renamed over it at the end; a symlink to a regular file is replaced by the
    report, never written through. Raises WriteRefused for a folder or a block device. Characters the
    encoding cannot hold (a non-UTF-8 file name) are written as backslash escapes, never a crash.
    """
    path = os.fspath(path)
    try:
        info: Optional[os.stat_result] = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise WriteRefused(f"cannot use it: {error.strerror or error}") from None
    if info is not None:
        for stream in (sys.stdout, sys.stderr):
            if _same_file(info, stream):
                yield stream
                stream.flush()
                return
        if stat.S_ISDIR(info.st_mode):
            raise WriteRefused("is a folder; name a file to write the report to")
        if stat.S_ISBLK(info.st_mode):
            raise WriteRefused("is a block device; utmlint will not write a report onto a disk")
        if not stat.S_ISREG(info.st_mode):  # a FIFO, a terminal, /dev/null
            try:
                handle = open(path, "w", encoding=encoding, errors="backslashreplace")
            except OSError as error:
                raise WriteRefused(f"cannot open it: {error.strerror or error}") from None
            with handle:
                yield handle
            return
    folder_path, name = os.path.split(os.path.abspath(path))
    keep_mode = info is not None and not os.path.islink(path)
    with open_folder(folder_path, None, create=True) as folder:
        temp = _temp_name(name)
        try:
            fd = folder.open(temp, _EXCLUSIVE, 0o600 if keep_mode else 0o666)
        except OSError as error:
            raise WriteRefused(f"cannot create a file in {folder_path}: {error.strerror or error}") from None
        try:
            with open(fd, "w", encoding=encoding, errors="backslashreplace", newline="") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
                if keep_mode and hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), stat.S_IMODE(info.st_mode))
            folder.rename(temp, name)
        except BaseException:
            folder.unlink(temp)
            raise


def _same_file(info: os.stat_result, stream) -> bool:
    try:
        mine = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):  # captured or closed: not a real descriptor
        return False
    return (mine.st_dev, mine.st_ino) == (info.st_dev, info.st_ino)


def user_cache_folder() -> Path:
    """utmlint's folder in the user's cache (XDG_CACHE_HOME, else ~/.cache): never inside a repository."""
    from pathlib import Path

    return Path(user_cache_path())


def user_cache_path() -> str:
    """user_cache_folder() as a string, without importing pathlib."""
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "utmlint")
