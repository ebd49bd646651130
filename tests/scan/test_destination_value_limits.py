"""A destination that keeps only some utm values (rules/destination-value-limits.txt): Stripe's "Track a payment link"
says a payment link passes utm_source, utm_medium, utm_campaign, utm_term and utm_content to the page after payment
only when each is letters, digits, `-` and `_` (up to 150 characters), and drops any other without a word. A value
legal in any link (`customer.io`, `spring%20sale`) is then lost with no error: value-charset says so, with the value
to write; the same values on another host break nothing and are not told."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.validate_url import validate_url


@pytest.fixture
def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)

    def run(*names):
        code = main(["scan", "--no-cache", "--format", "json", *names])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        found = json.loads(out)
        items = found if isinstance(found, list) else found.get("diagnostics", found.get("findings", []))
        return code, [(d["line"], d["name"], d["message"]) for d in items]

    return run


def _found(url):
    return [(f.name, f.message) for f in validate_url(url).findings]


def test_a_value_a_payment_link_drops_is_told_with_the_value_to_write():
    found = _found("https://buy.stripe.com/abc?utm_source=customer.io&utm_medium=email&utm_campaign=spring_sale")
    assert [name for name, _ in found] == ["value-charset"]
    message = found[0][1]
    assert message.startswith("utm_source `customer.io` contains `.`: buy.stripe.com keeps a utm value only when it "
                              "is letters, digits, `-` and `_` (at most 150 characters) and drops any other without "
                              "a word")
    assert message.endswith("; write `customer_io`")  # joined as the link's other values are (`spring_sale`)
    found = _found("https://buy.stripe.com/abc?utm_source=newsletter&utm_medium=email&utm_campaign=spring%20sale")
    assert [name for name, _ in found] == ["value-charset"]
    assert "`spring sale` contains a space" in found[0][1] and found[0][1].endswith("; write `spring-sale`")
    found = _found("https://buy.stripe.com/abc?utm_source=x&utm_medium=email&utm_campaign=" + "a" * 151)
    assert [name for name, _ in found] == ["value-charset"]
    assert "is 151 characters long" in found[0][1] and found[0][1].endswith("shorten it to 150 characters or fewer")


def test_the_same_values_elsewhere_and_kept_values_there_are_not_told():
    assert _found("https://example.com/?utm_source=customer.io&utm_medium=email&utm_campaign=spring%20sale") == []
    # capitals (value-case's), `-`, `_` kept; `client_reference_id` is Stripe's own parameter, not a utm value
    found = _found("https://buy.stripe.com/abc?client_reference_id=a.b&utm_source=news_letter&utm_medium=email"
                   "&utm_campaign=spring-sale_2026&utm_content=Hero")
    assert [name for name, _ in found] == ["value-case"]


def test_one_finding_on_a_value_the_payment_link_drops(scan, tmp_path):
    """value-case's `spring sale` for `Spring Sale` would be dropped too: value-charset's finding is the one."""
    (tmp_path / "pricing.html").write_text(
        '<a href="https://buy.stripe.com/abc?utm_source=newsletter&utm_medium=email&utm_campaign=Spring Sale">Buy</a>\n'
        '<a href="https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=v1.2">Docs</a>\n',
        encoding="utf-8")
    code, found = scan("pricing.html")
    assert [(line, name) for line, name, _ in found] == [(1, "value-charset")]
    assert found[0][2].endswith("; write `spring-sale`")
