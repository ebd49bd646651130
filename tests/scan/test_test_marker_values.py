"""A link whose every utm value is the word `test` (`?utm_source=test&utm_medium=test&utm_campaign=test`) is a test
visit's address, the marker a developer sends to see an event arrive in GA4's DebugView, not a campaign: its values are
read and set aside, as a sample's one-letter values are (corpus 39 #24: 智投简历's GA4 debugging guide's step
'测试注册功能', told that GA4 files `test` under Unassigned). A campaign named with the word beside others
(`utm_campaign=test-launch`), or a `test` value beside real ones, is judged as ever."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url

# ericforai/zhitoujianli: docs/GA4_EVENT_DEBUG.md's step (cut)
GUIDE = ("# Google Analytics 4 事件调试指南\n\n"
         "## 🎯 快速测试步骤\n\n"
         "### 步骤1：测试注册功能\n\n"
         "1. 访问 https://zhitoujianli.com/register?utm_source=test&utm_medium=test&utm_campaign=test\n"
         "2. 访问 https://zhitoujianli.com/register?utm_source=test&utm_medium=test-launch&utm_campaign=spring\n")


def test_a_test_visits_address_is_set_aside_and_a_campaign_named_test_is_judged(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "ericforai/zhitoujianli", {"docs/GA4_EVENT_DEBUG.md": GUIDE})
    assert not [f for f in found if f["line"] == 7], found
    assert "medium-unassigned" in {f["name"] for f in found if f["line"] == 8}, found


def test_validate_url_says_why_in_a_file_and_judges_it_typed_alone():
    url = "https://zhitoujianli.com/register?utm_source=TEST&utm_medium=test&utm_campaign=Test"
    in_file = validate_url(url, repo="ericforai/zhitoujianli", path="docs/GA4_EVENT_DEBUG.md")
    assert in_file.findings == [] and "`test`" in in_file.not_judged
    assert {"medium-unassigned", "value-case"} <= {f.name for f in validate_url(url).findings}
