"""Settings as grouped forms (issue 15, point 9): meaning, unit and default beside each field, the CLI's checks as
it is typed, and what a change affects shown before it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import settings
from ui.admin.settings_forms import SettingsForms


def _forms(qtbot, ws) -> SettingsForms:
    forms = SettingsForms(ws)
    qtbot.addWidget(forms)
    with qtbot.waitActive(forms):
        forms.show()
        forms.activateWindow()
    return forms


def _group(qtbot, forms: SettingsForms, title: str):
    forms.group_view.setFocus()
    forms.group_view.setCurrentIndex(forms.group_names.index(0))
    while forms.group_view.currentIndex().data() != title:
        qtbot.keyClick(forms.group_view, Qt.Key.Key_Down)
    return forms.forms[forms.group_view.currentIndex().row()]


def test_a_change_is_checked_as_typed_says_what_it_affects_and_is_saved(qtbot, ui_shop, workspace_for):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    forms = _forms(qtbot, ws)
    assert "Business hours and holidays" in forms.group_names.stringList()
    form = _group(qtbot, forms, "Business hours and holidays")
    days = form.edits["hours.days"]
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "8-9")
    assert not form.problems["hours.days"].isHidden(), "the CLI's check, as typed"
    assert not forms.save_button.isEnabled()
    days.selectAll()
    qtbot.keyClicks(days, "1-6")
    assert form.problems["hours.days"].isHidden()
    label = form.labels["hours.days"]
    assert f"{label}: " in forms.preview.text() and "deadlines" in forms.preview.text()
    assert "hours.days" not in forms.preview.text(), "the setting's label, not its key"
    forms.save_button.setFocus()
    qtbot.keyClick(forms.save_button, Qt.Key.Key_Space)
    assert {r.key: r.value for r in settings.list_settings(ws.ctx)}["hours.days"] == "1-6"
    assert forms.message.text() == "Saved."


def test_a_relation_the_service_refuses_is_explained_and_nothing_is_saved(qtbot, ui_shop, workspace_for):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    forms = _forms(qtbot, ws)
    form = _group(qtbot, forms, "Business hours and holidays")
    before = {r.key: r.value for r in settings.list_settings(ws.ctx)}
    close = form.edits["hours.close"]
    close.setFocus()
    close.selectAll()
    qtbot.keyClicks(close, "06:00")  # before the opening time
    qtbot.keyClick(forms.save_button, Qt.Key.Key_Space)
    assert forms.message.text()
    assert {r.key: r.value for r in settings.list_settings(ws.ctx)}["hours.close"] == before["hours.close"]


def test_agents_see_the_settings_but_cannot_save(qtbot, ui_shop, workspace_for):
    forms = _forms(qtbot, workspace_for(ui_shop.agent, ui_shop.db))
    assert all(edit.isReadOnly() for form in forms.forms for edit in form.edits.values())


def test_a_holiday_is_picked_on_a_calendar(qtbot, ui_shop, workspace_for, modals):
    from PySide6.QtCore import QDate

    ws = workspace_for(ui_shop.admin, ui_shop.db)
    forms = _forms(qtbot, ws)
    form = _group(qtbot, forms, "Business hours and holidays")

    def pick(dialog):
        from PySide6.QtWidgets import QTableView

        form.calendar.setSelectedDate(QDate(2027, 4, 25))
        grid = form.calendar.findChild(QTableView)
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_Right)  # 26 April, from the keyboard
        return int(dialog.DialogCode.Accepted)

    modals.answer = pick
    button = form.findChild(type(forms.save_button), "pick_hours.holidays")
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert "2027-04-26" in form.edits["hours.holidays"].text()
    assert form.problems["hours.holidays"].isHidden()
    qtbot.keyClick(forms.save_button, Qt.Key.Key_Space)
    assert "2027-04-26" in {r.key: r.value for r in settings.list_settings(ws.ctx)}["hours.holidays"]


def test_the_letterhead_is_previewed_on_the_note_as_it_is_typed_before_saving(qtbot, ui_shop, workspace_for):
    from app.services import cases

    case_id = cases.open_case(
        ui_shop.as_(ui_shop.agent),
        order_number="1002",
        kind="damaged",
        channel="phone",
        summary="Vaso rotto",
        skus=["CER-VASE"],
    ).id
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    forms = _forms(qtbot, ws)
    form = _group(qtbot, forms, "Shop and letterhead")
    preview = forms.letterhead
    assert preview is not None and preview.isVisibleTo(forms)
    preview.case_id.setFocus()
    preview.case_id.selectAll()
    qtbot.keyClicks(preview.case_id, str(case_id))
    preview.refresh()  # what the typing timer does
    assert preview.pages.page_count() >= 1, preview.pages.status.text()
    before = preview.pages._pdf.getAllText(0).text()
    assert "Bottega Nuova" not in before
    name = form.edits["shop.name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Bottega Nuova")
    qtbot.waitUntil(lambda: preview.requested.get("shop.name") == "Bottega Nuova", timeout=3000)
    qtbot.waitUntil(lambda: "Bottega Nuova" in preview.pages._pdf.getAllText(0).text(), timeout=5000)
    assert {r.key: r.value for r in settings.list_settings(ws.ctx)}["shop.name"] != "Bottega Nuova", (
        "not saved yet"
    )


def test_a_preview_with_an_unsaved_value_is_checked_like_saving(ui_shop):
    import pytest

    from app.errors import ValidationError
    from app.services import cases, documents

    case_id = cases.open_case(
        ui_shop.as_(ui_shop.agent),
        order_number="1002",
        kind="damaged",
        channel="phone",
        summary="Vaso rotto",
        skus=["CER-VASE"],
    ).id
    with pytest.raises(ValidationError):
        documents.letterhead_preview(ui_shop.as_(ui_shop.admin), case_id, {"shop.currency": "XYZ"})


def test_units_beside_the_fields_speak_the_screen_language(qtbot, ui_shop, workspace_for, language):
    from app.domain import setting_units
    from app.domain import settings_registry as registry
    from app.i18n import translate

    units = {setting_units.unit(s, "EUR") for s in registry.all_specs()} - {"", "EUR"}
    if language != "en":
        assert [u for u in sorted(units) if translate(u, language) == u and u != "factor"] == []
    forms = _forms(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    qtbot.waitUntil(lambda: any("hours.open" in f.edits for f in forms.forms), timeout=5000)
    hours = next(f for f in forms.forms if "hours.open" in f.edits)
    days = next(f for f in forms.forms if "credit.expiry_days" in f.edits)
    expected = {"en": ("HH:MM", "days"), "it": ("hh:mm", "giorni"), "ro": ("hh:mm", "zile")}[language]
    assert hours.findChild(QLabel, "unit_hours.open").text() == expected[0]
    assert days.findChild(QLabel, "unit_credit.expiry_days").text() == expected[1]


def test_every_caption_is_a_label_in_the_screen_language_not_a_raw_key(
    qtbot, ui_shop, workspace_for, language
):
    from app.domain import settings_registry as registry

    forms = _forms(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    qtbot.waitUntil(lambda: any("shop.logo_path" in f.edits for f in forms.forms), timeout=5000)
    keys = {s.key for s in registry.all_specs()}
    tails = {k.split(".", 1)[1] for k in keys}
    captions = {}
    for form in forms.forms:
        for key, edit in form.edits.items():
            caption = next(lab for lab in form.findChildren(QLabel) if lab.buddy() is edit)
            captions[key] = caption.text().rstrip(":")
    assert set(captions) <= keys and len(captions) > 90
    raw = {k: c for k, c in captions.items() if c in keys or c in tails or "_" in c}
    assert not raw, raw
    expected = {"en": "Logo image", "it": "Immagine del logo", "ro": "Imaginea siglei"}[language]
    assert captions["shop.logo_path"] == expected


def test_every_setting_has_a_place_in_the_forms():
    """A setting outside every group could be changed only in the raw table: each one belongs to a form."""
    from app.domain import settings_registry as registry
    from ui.admin.settings_forms import group_of

    assert [spec.key for spec in registry.all_specs() if group_of(spec.key) is None] == []


def test_fields_come_in_the_order_of_meaning_and_the_preview_opens_on_a_sample_note(
    qtbot, ui_shop, workspace_for
):
    forms = _forms(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    form = _group(qtbot, forms, "Shop and letterhead")
    assert list(form.edits)[:4] == ["shop.name", "shop.address", "shop.website", "shop.email"]
    deadlines = _group(qtbot, forms, "Deadlines")
    keys = list(deadlines.edits)
    assert keys.index("sla.peak_from") < keys.index("sla.peak_to") < keys.index("sla.peak_factor")
    assert (
        keys.index("sla.first_answer.phone")
        < keys.index("sla.resolution.wrong_item")
        < keys.index("sla.peak_from")
    )
    preview = forms.letterhead
    assert preview is not None and preview.case_id.value() == 0  # no case needed: the sample note
    preview.refresh()
    assert preview.pages.page_count() >= 1, preview.pages.status.text()


def test_captions_go_above_every_field_when_they_do_not_all_fit_beside(qtbot, ui_shop, workspace_for):
    from PySide6.QtWidgets import QFormLayout

    forms = _forms(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    form = _group(qtbot, forms, "Shop and letterhead")
    form.resize(form.room_beside() - 1, form.height())
    assert form.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    form.resize(form.room_beside() + 40, form.height())
    assert form.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows


def test_opening_hours_moved_past_the_old_closing_time_are_saved_together(qtbot, ui_shop, workspace_for):
    """Both times change at once: the form sends them together, so neither is checked against the stored other."""
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    forms = _forms(qtbot, ws)
    form = _group(qtbot, forms, "Business hours and holidays")
    for key, text in (("hours.open", "19:00"), ("hours.close", "23:00")):
        edit = form.edits[key]
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(forms.save_button, Qt.Key.Key_Space)
    stored = {r.key: r.value for r in settings.list_settings(ws.ctx)}
    assert (stored["hours.open"], stored["hours.close"]) == ("19:00", "23:00"), forms.message.text()
    assert forms.message.text() == "Saved."


def test_the_table_of_all_settings_shows_what_the_forms_just_saved_and_back(qtbot, ui_shop, workspace_for):
    from ui.admin.settings_model import COL_KEY, COL_VALUE
    from ui.admin.views import AdminView

    view = AdminView(workspace_for(ui_shop.admin, ui_shop.db))
    qtbot.addWidget(view)
    view.show()
    table = view.settings_page
    table.group_view.setCurrentIndex(table.groups.index(table.groups.stringList().index("hours")))

    def in_table(key: str) -> str:
        rows = {table.proxy.index(r, COL_KEY).data(): r for r in range(table.proxy.rowCount())}
        return table.proxy.index(rows[key], COL_VALUE).data()

    assert in_table("hours.days") != "1-6"
    forms = view.forms_page
    form = _group(qtbot, forms, "Business hours and holidays")
    form.edits["hours.days"].setText("1-6")
    forms.save_button.click()
    assert forms.message.text() == "Saved."
    assert in_table("hours.days") == "1-6", "the table read the settings again when the forms saved"
    assert table.group_view.currentIndex().data() == "hours", "and still shows the group the admin chose"

    close = next(
        r for r in range(table.proxy.rowCount()) if table.proxy.index(r, COL_KEY).data() == "hours.close"
    )
    table.proxy.setData(table.proxy.index(close, COL_VALUE), "19:30")
    form = _group(qtbot, forms, "Business hours and holidays")
    assert form.edits["hours.close"].text() == "19:30", "and the forms what the table saved"
