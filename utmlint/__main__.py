import sys

# `python -m` puts the working directory first on sys.path; a campaign repo must never be able to
# provide modules (or plugin metadata) to utmlint, so it goes, as `python -P` would do.
if sys.path and sys.path[0] in ("", "."):
    del sys.path[0]
else:
    import os

    if sys.path and os.path.abspath(sys.path[0]) == os.getcwd():
        del sys.path[0]

from utmlint.cli import main  # noqa: E402

raise SystemExit(main())
