"""Matching and writing customers, for both kinds of import: by the shop's customer id, then the e-mail
address, then the import key the parser gave (remembered in ``customer_import_keys``). A customer's details
come from their newest order, so an older file never undoes a newer one.

:class:`Writer` is the base of both writers (it upserts the customers a chunk names); :class:`CustomerWriter`
writes a customers file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.domain.settings_registry import ShopSettings
from app.domain.text import phone_forms, search_document
from app.imports.records import ImportedCustomer
from app.services.context import ServiceContext
from app.services.shop_import.batch import clip, insert_with_ids, key_column, search_doc, update_many
from app.services.shop_import.report import State
from app.services.shop_import.search_text import refresh_search_text
from app.store.models import Customer, CustomerExternalId, CustomerImportKey, Order

#: The customers of an import by import key, each with the date of the order that describes them.
_People = dict[str, tuple[ImportedCustomer, datetime | None]]


@dataclass
class _CustomerRow:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    language: str
    marketing_consent: bool


class Writer:
    def __init__(self, s: Session, ctx: ServiceContext, settings: ShopSettings, state: State) -> None:
        self.s = s
        self.ctx = ctx
        self.settings = settings
        self.state = state
        self.language = settings["shop.language"]

    def key_of(self, item: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def write(self, items: list[Any]) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # --- customers, shared by both kinds of import ---------------------------------------------------
    def upsert_customers(
        self, people: list[tuple[ImportedCustomer, datetime | None]]
    ) -> tuple[dict[str, int], dict[str, str]]:
        """Customer id per import key, and what happened to each key (created/updated/unchanged).

        ``people`` pairs each customer with the date of the order that describes them (``None`` in a
        customers file); an order older than the customer's newest known order does not change them.
        """
        s = self.s
        by_key: _People = {}
        for person, when in people:
            seen = by_key.get(person.key)
            if seen is None or (when is not None and seen[1] is not None and when > seen[1]):
                by_key[person.key] = (person, when)
        keys = {key_column(k): k for k in by_key}
        found: dict[str, int] = {}
        for stored, cid in s.execute(
            select(CustomerImportKey.key, CustomerImportKey.customer_id).where(
                CustomerImportKey.key.in_(list(keys))
            )
        ):
            found[keys[stored]] = cid
        remembered = set(found)
        ext = {
            (p.source, p.external_id): k for k, (p, _) in by_key.items() if p.external_id and k not in found
        }
        if ext:
            for source in {src for src, _ in ext}:
                ids = [eid for src, eid in ext if src == source]
                for eid, cid in s.execute(
                    select(CustomerExternalId.external_id, CustomerExternalId.customer_id).where(
                        CustomerExternalId.source == source, CustomerExternalId.external_id.in_(ids)
                    )
                ):
                    found.setdefault(ext[(source, eid)], cid)
        by_email = {p.email: k for k, (p, _) in by_key.items() if p.email and k not in found}
        if by_email:
            for email, cid in s.execute(
                select(Customer.email, func.min(Customer.id))
                .where(Customer.email.in_(list(by_email)))
                .group_by(Customer.email)
            ):
                if email is not None:  # the e-mails asked for
                    found.setdefault(by_email[email], cid)
        status: dict[str, str] = {}
        new_keys = [k for k in by_key if k not in found]
        if new_keys:
            self._create_customers(new_keys, by_key, found, status)
        self._update_customers({k: found[k] for k in by_key if k not in status}, by_key, status)
        missing_keys = [k for k in by_key if k not in remembered]
        if missing_keys:
            s.execute(
                insert(CustomerImportKey),
                [{"key": key_column(k), "customer_id": found[k]} for k in missing_keys],
            )
        self._remember_external_ids(by_key, found)
        return found, status

    def _create_customers(
        self, new_keys: list[str], by_key: _People, found: dict[str, int], status: dict[str, str]
    ) -> None:
        now = self.ctx.now()
        rows = []
        for k in new_keys:
            p, when = by_key[k]
            first, last = clip(p.first_name, 200) or "", clip(p.last_name, 200) or ""
            email, phone = clip(p.email, 320), clip(p.phone, 64)
            consent = bool(p.accepts_marketing)
            rows.append(
                {
                    "first_name": first,
                    "last_name": last,
                    "email": email,
                    "phone": phone,
                    "language": (p.language or self.language)[:8],
                    "marketing_consent": consent,
                    "marketing_consent_at": (p.marketing_date or when or now) if consent else None,
                    "note": p.note or "",
                    "created_at": when or now,
                    "updated_at": now,
                    "search_text": search_doc(first, last, email, phone, phone_forms(phone)),
                }
            )
        ids = insert_with_ids(self.s, Customer.__table__, rows)
        for k, cid in zip(new_keys, ids, strict=True):
            found[k] = cid
            status[k] = "created"

    def _update_customers(self, existing: dict[str, int], by_key: _People, status: dict[str, str]) -> None:
        if not existing:
            return
        s = self.s
        ids = set(existing.values())
        rows = {
            r.id: _CustomerRow(
                r.id, r.first_name, r.last_name, r.email, r.phone, r.language, r.marketing_consent
            )
            for r in s.execute(
                select(
                    Customer.id,
                    Customer.first_name,
                    Customer.last_name,
                    Customer.email,
                    Customer.phone,
                    Customer.language,
                    Customer.marketing_consent,
                ).where(Customer.id.in_(ids))
            )
        }
        dated = [k for k in existing if by_key[k][1] is not None]
        newest: dict[int, datetime] = {}
        if dated:
            newest = {
                cid: at
                for cid, at in s.execute(
                    select(Order.customer_id, func.max(Order.placed_at))
                    .where(Order.customer_id.in_({existing[k] for k in dated}))
                    .group_by(Order.customer_id)
                )
                if cid is not None  # the customers asked for
            }
        changes: list[dict[str, Any]] = []
        searched: set[int] = set()
        done: set[int] = set()
        now = self.ctx.now()
        for k, cid in existing.items():
            p, when = by_key[k]
            row = rows[cid]
            latest = newest.get(cid)
            if cid in done or (when is not None and latest is not None and when < latest):
                status[k] = "unchanged"
                continue
            done.add(cid)
            values = _customer_changes(row, p, when or now)
            if not values:
                status[k] = "unchanged"
                continue
            status[k] = "updated"
            merged = {**row.__dict__, **{f: v for f, v in values.items() if f in row.__dict__}}
            if {"first_name", "last_name", "email", "phone"} & values.keys():
                values["search_text"] = search_document(
                    merged["first_name"],
                    merged["last_name"],
                    merged["email"],
                    merged["phone"],
                    phone_forms(merged["phone"]),
                )
                searched.add(cid)
            values["updated_at"] = now
            changes.append({"_id": cid, **values})
        update_many(s, Customer.__table__, changes)
        if searched:
            refresh_search_text(s, searched)

    def _remember_external_ids(self, by_key: _People, found: dict[str, int]) -> None:
        wanted = {
            (p.source, clip(p.external_id, 120)): found[k] for k, (p, _) in by_key.items() if p.external_id
        }
        if not wanted:
            return
        have: set[tuple[str, str]] = set()
        for source in {src for src, _ in wanted}:
            have.update(
                (src, eid)
                for src, eid in self.s.execute(
                    select(CustomerExternalId.source, CustomerExternalId.external_id).where(
                        CustomerExternalId.source == source,
                        CustomerExternalId.external_id.in_([e for src, e in wanted if src == source]),
                    )
                ).all()
            )
        rows = [
            {"customer_id": cid, "source": src, "external_id": eid}
            for (src, eid), cid in wanted.items()
            if (src, eid) not in have
        ]
        if rows:
            self.s.execute(insert(CustomerExternalId), rows)


def _customer_changes(row: _CustomerRow, p: ImportedCustomer, when: datetime) -> dict[str, Any]:
    """What the file says differently about a known customer; an empty value in the file changes nothing."""
    values: dict[str, Any] = {}
    first, last = clip(p.first_name, 200) or "", clip(p.last_name, 200) or ""
    if (first or last) and (first, last) != (row.first_name, row.last_name):
        values["first_name"], values["last_name"] = first, last
    if p.email and clip(p.email, 320) != row.email:
        values["email"] = clip(p.email, 320)
    if p.phone and clip(p.phone, 64) != row.phone:
        values["phone"] = clip(p.phone, 64)
    if p.language and p.language[:8] != row.language:
        values["language"] = p.language[:8]
    if p.accepts_marketing is not None and p.accepts_marketing != row.marketing_consent:
        values["marketing_consent"] = p.accepts_marketing
        values["marketing_consent_at"] = (p.marketing_date or when) if p.accepts_marketing else None
    return values


class CustomerWriter(Writer):
    def key_of(self, item: ImportedCustomer) -> str:
        return item.key

    def write(self, items: list[ImportedCustomer]) -> None:
        _, status = self.upsert_customers([(p, None) for p in items])
        for p in items:
            outcome = status.get(p.key, "unchanged")
            setattr(self.state, outcome, getattr(self.state, outcome) + 1)
