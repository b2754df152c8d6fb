"""An admin edits the shop's wording: bad templates are refused when saved, good ones fill in cleanly."""

from __future__ import annotations

import json

import pytest

from app.documents.templates import (
    EMAIL_BODY,
    TEMPLATE_KINDS,
    labels,
    load_template,
    render,
    shipped_template,
    validate_template,
)
from app.domain.enums import CaseKind
from app.errors import ValidationError
from app.i18n import translate
from app.resources import resource_path


@pytest.mark.parametrize("lang", ["en", "it", "ro"])
@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_shipped_template_is_valid(kind, lang):
    text = shipped_template(kind, lang)
    validate_template(text, kind)
    if lang != "en":
        assert text != shipped_template(kind, "en"), "translated, not a copy of English"


def test_every_case_kind_has_a_note_template():
    assert {k.value for k in CaseKind} <= set(TEMPLATE_KINDS)


def test_romanian_uses_comma_below_not_cedilla():
    for path in resource_path("templates").rglob("*.ro.*"):
        text = path.read_text(encoding="utf-8")
        assert not set("şţŞŢ") & set(text), path


def test_unknown_language_falls_back_to_english():
    assert shipped_template("damaged", "de") == shipped_template("damaged", "en")


def test_unknown_placeholder_is_refused_when_saved():
    with pytest.raises(ValidationError) as err:
        validate_template("Ciao {first_name}, {remedy} {item} {nome}", "wrong_item")
    assert "{nome}" in err.value.message


def test_missing_placeholder_is_refused_when_saved():
    with pytest.raises(ValidationError) as err:
        validate_template("Hello {first_name}, we are sorry. {remedy}", "wrong_item")
    assert "{item}" in err.value.message


def test_lone_brace_is_refused_and_double_braces_are_literal():
    with pytest.raises(ValidationError):
        validate_template("Hello {first_name, {remedy} {item}", "wrong_item")
    validate_template("Hi {first_name} {{smile}} {remedy} {item}", "wrong_item")
    assert render("{{x}} {first_name}", {"first_name": "Ana"}) == "{x} Ana"


def test_note_placeholder_only_in_email_body():
    validate_template("{note}", EMAIL_BODY)
    with pytest.raises(ValidationError):
        validate_template("{note} {first_name} {remedy}", "complaint")


def test_override_is_checked_and_used():
    custom = "Ciao {first_name}!\n\n{remedy}."
    assert load_template("complaint", "it", custom) == custom
    assert load_template("complaint", "it", "   ") == shipped_template("complaint", "it")
    with pytest.raises(ValidationError):
        load_template("complaint", "it", "Ciao!")


def test_lines_without_a_value_are_left_out():
    text = "Dear {first_name},\n\nYour credit: {amount}.\nIt is valid until {expiry}.\nThanks."
    out = render(text, {"first_name": "Ștefan", "amount": "12,50 €", "expiry": None})
    assert out == "Dear Ștefan,\n\nYour credit: 12,50 €.\nThanks."


def test_a_value_ending_a_sentence_swallows_the_templates_full_stop():
    assert (
        render("Here is how: {remedy}.", {"remedy": "we ship it today."}) == "Here is how: we ship it today."
    )
    assert (
        render("Here is how: {remedy}.", {"remedy": "we ship it today"}) == "Here is how: we ship it today."
    )


def test_error_messages_are_translated():
    msgids = [
        "The template is empty.",
        "Unknown placeholder {placeholder} in the template. Allowed: {choices}.",
        "The template must contain the placeholder {placeholder}.",
        "The note needs the item the case is about.",
        "There are no vouchers to print.",
        "Cannot reach the mail server {server}: {reason}",
    ]
    for lang in ("it", "ro"):
        catalog = json.loads(resource_path("messages", lang, "documents.json").read_text(encoding="utf-8"))
        for msgid in msgids:
            assert msgid in catalog, (lang, msgid)
    assert translate("The template is empty.", lang="ro") != "The template is empty."


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_labels_are_complete_in_each_language(lang):
    english, local = (
        labels("en"),
        json.loads(resource_path("templates", f"labels.{lang}.json").read_text(encoding="utf-8")),
    )
    assert set(local) == set(english)
    for key, value in english.items():
        if isinstance(value, dict):
            assert set(local[key]) == set(value), key
