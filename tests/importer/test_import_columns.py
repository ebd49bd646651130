"""A sheet with its team's own column names (newuser48b, an agency importing each client's Google Sheet): rows that
differ only in a column not imported are never dropped as "the same link" without saying so, `--column FIELD=HEADER`
reads such a column, a column whose name holds a field's word is pointed at, and the importer names no platform a
row's own source contradicts."""

from __future__ import annotations

from import_keys import link_key

# A Google Sheets export (CRLF): the client calls utm_source `Traffic Source` and utm_content `Ad Variant`.
CLIENT = (
    "Landing Page,Campaign Name,Traffic Source,Medium,Ad Variant,Keyword,Owner,Go-live\n"
    "https://harbordental.com/whitening,summer-smile,facebook,paid-social,carousel-a,,Dana,2026-06-01\n"
    "https://harbordental.com/whitening,summer-smile,facebook,paid-social,carousel-b,,Dana,2026-06-01\n"
    "\"https://harbordental.com/book?service=cleaning&loc=downtown\",summer-smile,google,cpc,rsa-1,dentist near me,"
    "Dana,2026-06-03\n"
)


def test_a_row_differing_in_a_column_not_imported_says_so(run, sheet, tmp_path):
    sheet(CLIENT, "client.csv")
    result = run("import", "client.csv", "--dry-run", cwd=tmp_path)
    assert result.code == 1, result.out
    # Before: "client.csv:3: skipped: the same link as line 2 (imported once)": another ad, dropped as a copy.
    assert ("client.csv:3: skipped: the same link as line 2 in the columns imported, but `Ad Variant` is "
            "`carousel-b` (on line 2: `carousel-a`), in a column not imported: if it holds a utm value, import again "
            "naming it, `--column 'utm_content=Ad Variant'` (or the parameter it holds)") in result.out
    # the column holding the source, by its word, with the flag that reads it
    assert ("note: client.csv: no column is read as utm_source, and `Traffic Source` is not imported: if it holds "
            "utm_source, import again with `--column 'utm_source=Traffic Source'`") in result.out
    assert "utm_medium, and" not in result.out  # `Medium` is read: no hint for it


def test_a_true_copy_is_still_the_same_link(run, sheet, tmp_path):
    sheet(CLIENT + "https://harbordental.com/whitening,summer-smile,facebook,paid-social,carousel-a,,Dana,2026-06-01\n",
          "client.csv")
    result = run("import", "client.csv", "--dry-run", cwd=tmp_path)
    assert "client.csv:5: skipped: the same link as line 2 (imported once)" in result.out


def test_column_reads_the_sheets_own_names(run, sheet, rendered, tmp_path):
    sheet(CLIENT, "client.csv")
    result = run("import", "client.csv", "--column", "source=Traffic Source", "--column", "utm_content=ad variant",
                 cwd=tmp_path)
    assert result.code == 0, result.out + result.err
    assert "columns not imported: `Go-live`" in result.out
    assert ": skipped:" not in result.out and "note:" not in result.out
    text = (tmp_path / "campaigns" / "summer-smile.yaml").read_text()
    assert "content: carousel-a" in text and "content: carousel-b" in text
    # F3: one row is Google's (`google`/`cpc`): no `platform: meta-ads` guessed over it, so no advice to make it Meta's
    assert "platform:" not in text
    assert "UTM111" not in result.out
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://harbordental.com/whitening?utm_source=facebook&utm_medium=paid-social&utm_campaign=summer-smile"
        "&utm_content=carousel-a",
        "https://harbordental.com/whitening?utm_source=facebook&utm_medium=paid-social&utm_campaign=summer-smile"
        "&utm_content=carousel-b",
        "https://harbordental.com/book?service=cleaning&loc=downtown&utm_source=google&utm_medium=cpc"
        "&utm_campaign=summer-smile&utm_content=rsa-1&utm_term=dentist%20near%20me",
    ]))


def test_column_names_the_url_of_a_sheet_no_preset_knows(run, sheet, tmp_path):
    # Excel, German locale: BOM, `;`, and headers no preset reads
    sheet("Kampagne;Quelle;Medium;Inhalt;Ziel-URL\nkc-holiday;klaviyo;email;hero;https://kettlecoffee.com/gifts\n",
          "kettle.csv", bom=True)
    refused = run("import", "kettle.csv", "--dry-run", cwd=tmp_path)
    assert refused.code == 2 and "no column holds the links" in refused.err
    result = run("import", "kettle.csv", "--dry-run", "--column", "url=Ziel-URL", "--column", "campaign=Kampagne",
                 "--column", "source=Quelle", "--column", "content=Inhalt", cwd=tmp_path)
    assert result.code == 0, result.out + result.err
    assert "(preset `generic`, picked by its headers" in result.out
    assert "campaign: kc-holiday\nplatform: klaviyo\nsource: klaviyo\nmedium: email\n" in result.out
    assert "content: hero" in result.out


def test_column_mistakes_are_usage_errors(run, sheet, tmp_path):
    sheet(CLIENT, "client.csv")
    missing = run("import", "client.csv", "--column", "source=Trafic Source", cwd=tmp_path)
    assert missing.code == 2
    assert "--column utm_source=Trafic Source: the sheet has no column `Trafic Source`; the headers are" in missing.err
    for bad in ("Traffic Source", "where=Traffic Source", "source="):
        result = run("import", "client.csv", "--column", bad, cwd=tmp_path)
        assert result.code == 2 and "write FIELD=HEADER" in result.err, (bad, result.err)
    two = run("import", "client.csv", "--column", "source=Traffic Source", "--column", "utm_source=Owner",
              cwd=tmp_path)
    assert two.code == 2 and "names two columns for utm_source" in two.err
    one = run("import", "client.csv", "--column", "source=Traffic Source", "--column", "medium=traffic source",
              cwd=tmp_path)
    assert one.code == 2 and "--column names `traffic source` for utm_source and for utm_medium" in one.err
    assert not (tmp_path / "campaigns").exists()


def test_no_hint_when_every_url_carries_the_value(run, sheet, tmp_path):
    sheet("Tracked URL,Lead Source\n"
          "https://acme.com/a?utm_source=linkedin&utm_medium=paid-social&utm_campaign=q3,Webinar\n", "crm.csv")
    result = run("import", "crm.csv", "--dry-run", cwd=tmp_path)
    assert "columns not imported: `Lead Source`" in result.out
    assert "note:" not in result.out, result.out
