"""`utmlint mcp`: utmlint's commands as a Model Context Protocol server, for AI agents.

`tools.py` is the work, with no MCP import: each tool builds the Project as the command line does and
returns the very text the command prints with `--format json` (the same reporters), plus the notes the
command prints on stderr. `server.py` puts those functions on the official SDK's `MCPServer` (stdio),
and is imported only by `utmlint mcp`, which needs `pip install 'utmlint[mcp]'`.
"""
