"""`utmlint import`: the links a team already has (a spreadsheet, a Terminus or Bitly export, the inventory of
`utmlint scan --links`) turned into campaign files.

One idea per module, in the order a run uses them:
- `sheet`: the file as rows of cells (CSV dialect sniffing, Excel's BOM, `;` delimiters, quoted newlines; the
  JSON of `scan --links`), every unreadable input a located `SheetError`;
- `presets`: which column means what, per source of sheets, as data; `auto` picks one by the headers;
- `rows`: one row to one link (destination, utm values, kept query) or the reason it is skipped;
- `grouping`: links to campaigns, each value at the level all its links share;
- `writing`: a campaign as YAML text (checked by loading it back), its file name, and the atomic write;
- `report`: what happened to every row, and the lint findings of what was imported, as text or JSON.
"""
