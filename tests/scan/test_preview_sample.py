"""A UI preview's sample data is no link anyone follows: woocommerce-android's `@LightDarkThemePreviews` function fills
its Blaze form with `https://woocommerce.com?utm_source=woocommerce&utm_medium=android&utm_campaign=blaze` for the
IDE's preview (corpus 7 #138), and was told that `android` lands in Unassigned. The preview's block (Compose's
`@Preview` and the multipreview annotations named for it, SwiftUI's `#Preview` and `PreviewProvider`) is read as a code
comment is: only the URL as written is judged. The screen's own links, before or after it, keep their findings.
Real files, `utmlint scan`."""

from __future__ import annotations

import json

from utmlint.cli import main

KOTLIN = """package com.example.blaze

@Composable
fun ShareButton() {
    val link = "https://example.dev/app?utm_source=example_app&utm_medium=emial&utm_campaign=share"
    Text(link)
}

@LightDarkThemePreviews
@Composable
fun PreviewEmptyAdDestinationParametersScreen() {
    WooThemeWithBackground {
        AdDestinationParametersScreen(
            viewState = ViewState(
                targetUrl = "https://woocommerce.com?utm_source=woocommerce&utm_medium=android&utm_campaign=blaze",
                parameters = emptyMap(),
            ),
            onBackPressed = {},
        )
    }
}

@Composable
fun HelpLink() {
    Link("https://example.dev/help?utm_source=example_app&utm_medium=in-app&utm_campaign=Help")
}
"""

SWIFT = """import SwiftUI

struct ShareView: View {
    var body: some View {
        Link("Share", destination: URL(string: "https://example.dev/?utm_source=ios_app&utm_medium=emial&utm_campaign=share")!)
    }
}

#Preview {
    CampaignForm(url: "https://example.dev/?utm_source=ios_app&utm_medium=iphone&utm_campaign=Preview")
}
"""


def _scan(tmp_path, monkeypatch, capsys, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)]


def test_a_compose_previews_sample_link_gets_no_advice_and_the_screens_own_links_do(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "BlazeScreen.kt", KOTLIN)
    assert not any(line == 15 for line, _ in found)  # the preview's sample data
    assert (5, "medium-unassigned") in found  # the share button's `emial`, before the preview
    assert (25, "medium-unassigned") in found  # the help link after it (`in-app`, `Help`)
    assert code == 1


def test_a_swiftui_preview_macros_sample_link_gets_no_advice(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "ShareView.swift", SWIFT)
    assert not any(line == 10 for line, _ in found)
    assert (5, "medium-unassigned") in found and code == 1


# stranger14 R14: the preview's region is the annotated declaration's own body, nothing after it. An expression-bodied
# preview or a multipreview `annotation class` has no braces of its own: the next declaration (the shipped screen, the
# app's link constants) is the team's real code and keeps its findings.
EXPRESSION_BODY = """package com.pixel.blaze

@Preview(showBackground = true)
@Composable
fun BlazeScreenPreview() = BlazeScreen(sample = true)

@Composable
fun BlazeScreen(sample: Boolean = false) {
    val learnMore = "https://pixel.io/blaze?utm_source=android-app&utm_medium=andriod&utm_campaign=blaze"
    Text(learnMore)
}
"""

MULTIPREVIEW = """package com.pixel

@Preview(name = "Light")
@Preview(name = "Dark", uiMode = Configuration.UI_MODE_NIGHT_YES)
annotation class LightDarkPreviews

object Links { const val HELP = "https://pixel.io/help?utm_source=android-app&utm_medium=referal&utm_campaign=help" }
"""


def test_an_expression_bodied_preview_does_not_swallow_the_screen_after_it(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "BlazeScreen.kt", EXPRESSION_BODY)
    assert (9, "medium-unassigned") in found and code == 1  # `andriod`, the shipped screen's own link


def test_a_multipreview_annotation_class_does_not_swallow_the_object_after_it(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "Previews.kt", MULTIPREVIEW)
    assert (7, "medium-unassigned") in found and code == 1  # `referal`, the app's link constant


def test_an_expression_bodied_previews_own_sample_call_is_its_body(tmp_path, monkeypatch, capsys):
    text = EXPRESSION_BODY.replace(
        "BlazeScreen(sample = true)",
        'BlazeScreen(\n    url = "https://woocommerce.com?utm_source=woocommerce&utm_medium=android&utm_campaign=blaze",\n)')
    code, found = _scan(tmp_path, monkeypatch, capsys, "BlazeScreen.kt", text)
    assert not any(line == 6 for line, _ in found)  # the preview's sample data
    assert (11, "medium-unassigned") in found and code == 1  # the screen's own `andriod` after it


def test_a_swiftui_preview_provider_is_its_struct_only(tmp_path, monkeypatch, capsys):
    text = """import SwiftUI

struct ShareView_Previews: PreviewProvider {
    static var previews: some View {
        CampaignForm(url: "https://example.dev/?utm_source=ios_app&utm_medium=iphone&utm_campaign=Preview")
    }
}

struct ShareView: View {
    var body: some View {
        Link("Share", destination: URL(string: "https://example.dev/?utm_source=ios_app&utm_medium=emial&utm_campaign=share")!)
    }
}
"""
    code, found = _scan(tmp_path, monkeypatch, capsys, "ShareView.swift", text)
    assert not any(line == 5 for line, _ in found)
    assert (11, "medium-unassigned") in found and code == 1


def test_a_brace_in_a_previews_string_does_not_stretch_its_body(tmp_path, monkeypatch, capsys):
    text = """@Preview
@Composable
fun GreetingPreview() {
    Greeting(name = "{unclosed")
}

@Composable
fun Greeting(name: String) {
    Link("https://pixel.io/?utm_source=android-app&utm_medium=andriod&utm_campaign=greet")
}
"""
    code, found = _scan(tmp_path, monkeypatch, capsys, "Greeting.kt", text)
    assert (9, "medium-unassigned") in found and code == 1


def test_a_comment_naming_previewprovider_leaves_the_next_view_judged(tmp_path, monkeypatch, capsys):
    """stranger15 R1: a comment's `PreviewProvider` took the whole next view for a preview type's body."""
    text = ('import SwiftUI\n\n// TODO: add a PreviewProvider for this screen once the design is final\n'
            'struct ShareView: View {\n    var body: some View {\n'
            '        Link("Invite", destination: URL(string: "https://acme.com/invite?utm_source=ios-app'
            '&utm_medium=refferal&utm_campaign=invite")!)\n    }\n}\n')
    code, found = _scan(tmp_path, monkeypatch, capsys, "ShareView.swift", text)
    assert (6, "medium-unassigned") in found and code == 1


def test_a_kotlin_type_named_for_link_previews_is_no_swiftui_preview(tmp_path, monkeypatch, capsys):
    """stranger15 R1: PreviewProvider is SwiftUI's; a chat app's link-preview interface in Kotlin is its real code."""
    text = ('interface PreviewProvider { fun upgradeLink(): String }\n\n'
            'class OpenGraphPreviews : PreviewProvider {\n'
            '    override fun upgradeLink() = "https://acme.chat/pricing?utm_source=android&utm_medium=in_app'
            '&utm_campaign=upgrade"\n}\n')
    code, found = _scan(tmp_path, monkeypatch, capsys, "LinkPreviews.kt", text)
    assert (4, "medium-unassigned") in found and code == 1


def test_a_public_screen_annotated_with_preview_itself_is_judged(tmp_path, monkeypatch, capsys):
    """stranger15 R2: a parameterless screen the team annotated with @Preview directly is the screen a user taps; only
    a function that is a preview by its own shape (named for one, or private) holds sample data."""
    text = ('@Preview(showBackground = true)\n@Composable\nfun AboutScreen() {\n'
            '    val uriHandler = LocalUriHandler.current\n'
            '    Button(onClick = { uriHandler.openUri("https://acme.com/pricing?utm_source=android-app'
            '&utm_medium=reffral&utm_campaign=about") }) { Text("See pricing") }\n}\n')
    code, found = _scan(tmp_path, monkeypatch, capsys, "AboutScreen.kt", text)
    assert (5, "medium-unassigned") in found and code == 1
